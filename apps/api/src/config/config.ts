import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Amendo's configuration, read once from the environment and validated at start. */
export interface AmendoConfig {
  readonly port: number;
  /** `postgres://…` of an external server, or undefined for the embedded server. */
  readonly databaseUrl: string | undefined;
  /** Folder of the embedded server's data (used only without `databaseUrl`). */
  readonly dataDir: string;
  /** True when `AMENDO_DATA_DIR` was given (an operator's choice, never moved elsewhere). */
  readonly dataDirFromEnv: boolean;
  readonly production: boolean;
  readonly demo: boolean;
  readonly rateLimits: boolean;
  /** Anonymous queries answered from memory until the next write (see common/response-cache). */
  readonly responseCache: boolean;
  readonly logLevel: string;
  /** Number of reverse proxies in front of the API whose X-Forwarded-For is trusted (0: none). */
  readonly trustProxy: number;
  /** The checkout's root folder. */
  readonly rootDir: string;
  /** Built web app served at `/`, when present. */
  readonly webDistDir: string;
  /** `SMTP_URL` (smtp:// or smtps://); without it mails go to the log, except in production. */
  readonly smtpUrl: string | undefined;
  /** `AMENDO_MAIL_FROM`: the sender of notification emails. */
  readonly mailFrom: string;
}

/** A configuration mistake an operator can fix: printed as one line, exit code 1. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** The checkout's root: the nearest folder above this file with a package-lock.json. */
export function findRootDir(start = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  while (!existsSync(join(dir, 'package-lock.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 3000;
  const port = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number between 0 and 65535, got "${raw}".`);
  }
  return port;
}

function parseDatabaseUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      'DATABASE_URL is not a valid URL; expected postgres://user:password@host:5432/database.',
    );
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(
      `DATABASE_URL must start with postgres:// or postgresql://, got "${url.protocol}//".`,
    );
  }
  if (url.pathname.length <= 1) {
    throw new ConfigError('DATABASE_URL names no database; expected postgres://…/database.');
  }
  return raw;
}

function parseSwitch(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = raw.trim().toLowerCase();
  if (['1', 'on', 'true', 'yes'].includes(value)) return true;
  if (['0', 'off', 'false', 'no'].includes(value)) return false;
  throw new ConfigError(`${name} must be on or off (1 or 0), got "${raw}".`);
}

function parseTrustProxy(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 0;
  if (!/^\d{1,2}$/.test(raw.trim())) {
    throw new ConfigError(
      `AMENDO_TRUST_PROXY must be the number of proxies in front of Amendo (0, 1, …), got "${raw}".`,
    );
  }
  return Number(raw);
}

function parseSmtpUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const protocol = URL.canParse(raw) ? new URL(raw).protocol : '';
  if (protocol !== 'smtp:' && protocol !== 'smtps:') {
    // Not echoed: it may hold a password.
    throw new ConfigError('SMTP_URL must look like smtp://user:password@host:587 (or smtps://…).');
  }
  return raw;
}

/** Reads and validates the configuration; throws a {@link ConfigError} with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AmendoConfig {
  const rootDir = env.AMENDO_ROOT_DIR ?? findRootDir();
  const production = env.NODE_ENV === 'production';
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}".`);
  }
  const dataDirFromEnv = Boolean(env.AMENDO_DATA_DIR?.trim());
  return {
    port: parsePort(env.PORT),
    databaseUrl: parseDatabaseUrl(env.DATABASE_URL),
    dataDir: dataDirFromEnv ? resolve(env.AMENDO_DATA_DIR as string) : join(rootDir, '.amendo'),
    dataDirFromEnv,
    production,
    demo: parseSwitch('AMENDO_DEMO', env.AMENDO_DEMO, !production),
    rateLimits: parseSwitch('AMENDO_RATE_LIMITS', env.AMENDO_RATE_LIMITS, true),
    responseCache: parseSwitch('AMENDO_RESPONSE_CACHE', env.AMENDO_RESPONSE_CACHE, true),
    logLevel,
    trustProxy: parseTrustProxy(env.AMENDO_TRUST_PROXY),
    rootDir,
    webDistDir: join(rootDir, 'apps', 'web', 'dist'),
    smtpUrl: parseSmtpUrl(env.SMTP_URL),
    mailFrom: env.AMENDO_MAIL_FROM?.trim() || 'Amendo <ne-pas-repondre@amendo.localhost>',
  };
}
