import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { findRootDir } from '../src/config/config.js';
import { createTestDatabase, type TestDatabase } from './test-app.js';

const MAIN = join(findRootDir(), 'apps/api/dist/main.js');

/** Runs the built server with an environment and returns its exit code and output. */
function run(
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN], {
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', AMENDO_DEMO: '0', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('starting the server with bad configuration', () => {
  it('refuses a bad PORT with one clear line', async () => {
    const result = await run({ PORT: 'abc', DATABASE_URL: 'postgres://x@127.0.0.1:1/x' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      'amendo: PORT must be a whole number between 0 and 65535, got "abc".',
    );
  });

  it('says the database cannot be reached, without a stack trace', async () => {
    const result = await run({ DATABASE_URL: 'postgres://amendo:secret@127.0.0.1:1/amendo' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      'amendo: cannot reach the database at 127.0.0.1:1/amendo: connection refused (is PostgreSQL running there?).',
    );
    expect(result.stderr).not.toMatch(/secret|\n\s+at /);
  });

  describe('when the port is taken', () => {
    let blocker: Server;
    let port: number;
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase();
      blocker = createServer();
      await new Promise<void>((resolve) => blocker.listen(0, resolve));
      port = (blocker.address() as { port: number }).port;
    });
    afterAll(async () => {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
      await database.drop();
    });

    it('says so and exits', async () => {
      const result = await run({ PORT: String(port), DATABASE_URL: database.url });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        `amendo: port ${port} is already in use; stop what uses it or set PORT to another port.`,
      );
    });
  });
});
