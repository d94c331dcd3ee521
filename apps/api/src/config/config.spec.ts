import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './config.js';

const env = (values: Record<string, string>): NodeJS.ProcessEnv => ({
  AMENDO_ROOT_DIR: '/srv/amendo',
  ...values,
});

describe('loadConfig', () => {
  it('has the defaults of the running contract', () => {
    const config = loadConfig(env({}));
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toBe('/srv/amendo/.amendo');
    expect(config.demo).toBe(true);
    expect(config.rateLimits).toBe(true);
    expect(config.responseCache).toBe(true);
    expect(config.production).toBe(false);
  });

  it('turns the demo off in production unless asked', () => {
    expect(loadConfig(env({ NODE_ENV: 'production' })).demo).toBe(false);
    expect(loadConfig(env({ NODE_ENV: 'production', AMENDO_DEMO: '1' })).demo).toBe(true);
    expect(loadConfig(env({ AMENDO_RATE_LIMITS: 'off' })).rateLimits).toBe(false);
    expect(loadConfig(env({ AMENDO_RESPONSE_CACHE: 'off' })).responseCache).toBe(false);
  });

  it('explains a bad PORT, DATABASE_URL or switch in one sentence', () => {
    expect(() => loadConfig(env({ PORT: 'abc' }))).toThrow(
      new ConfigError('PORT must be a whole number between 0 and 65535, got "abc".'),
    );
    expect(() => loadConfig(env({ PORT: '70000' }))).toThrow(/between 0 and 65535/);
    expect(() => loadConfig(env({ DATABASE_URL: 'localhost:5432' }))).toThrow(
      /must start with postgres:\/\//,
    );
    expect(() => loadConfig(env({ DATABASE_URL: 'not a url' }))).toThrow(/not a valid URL/);
    expect(() => loadConfig(env({ DATABASE_URL: 'postgres://localhost:5432' }))).toThrow(
      /names no database/,
    );
    expect(() => loadConfig(env({ AMENDO_DEMO: 'maybe' }))).toThrow(
      /AMENDO_DEMO must be on or off/,
    );
  });

  it('keeps an operator-chosen data folder', () => {
    const config = loadConfig(
      env({ AMENDO_DATA_DIR: '/tmp/amendo-data', DATABASE_URL: 'postgres://u:p@db:5432/amendo' }),
    );
    expect(config.dataDir).toBe('/tmp/amendo-data');
    expect(config.dataDirFromEnv).toBe(true);
    expect(config.databaseUrl).toBe('postgres://u:p@db:5432/amendo');
  });
});
