import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { findRootDir } from '../src/config/config.js';
import { type RunningPostgres, startEmbeddedPostgres } from '../src/database/embedded-postgres.js';

const root = findRootDir();
const dataDir = mkdtempSync(join(tmpdir(), 'amendo-embedded-'));
const logs: string[] = [];
const start = (): Promise<RunningPostgres> =>
  startEmbeddedPostgres({
    dataDir,
    dataDirFromEnv: true,
    rootDir: root,
    database: 'amendo',
    log: (m) => logs.push(m),
  });

async function query(url: string, text: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

/** Starts the embedded server in another Node process, then kills that process with SIGKILL. */
async function startThenKill(): Promise<void> {
  const module = join(root, 'apps/api/dist/database/embedded-postgres.js');
  const script = `import(${JSON.stringify(module)}).then((m) => m.startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)},
    dataDirFromEnv: true, rootDir: ${JSON.stringify(root)}, database: 'amendo', log: () => {} }))
    .then((s) => { console.log('ready ' + s.port); setInterval(() => {}, 1000); })`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    child.on('exit', () => reject(new Error('the child stopped before the server was ready')));
  });
  child.kill('SIGKILL');
  await new Promise((resolve) => child.once('close', resolve));
}

describe('the embedded PostgreSQL', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps its data across a stop and a start', async () => {
    const first = await start();
    await query(
      first.url,
      'CREATE TABLE kept (value text); INSERT INTO kept VALUES ($$still here$$)',
    );
    await first.stop();
    const second = await start();
    expect((await query(second.url, 'SELECT value FROM kept')).rows).toEqual([
      { value: 'still here' },
    ]);
    await second.stop();
  });

  it('recovers from a killed run: stops the orphan server, then starts', async () => {
    await startThenKill();
    logs.length = 0;
    const server = await start();
    expect(logs.join('\n')).toMatch(/Stopping an orphan PostgreSQL \(PID \d+\)/);
    expect((await query(server.url, 'SELECT count(*)::int AS n FROM kept')).rows).toEqual([
      { n: 1 },
    ]);
    await server.stop();
  });

  it('removes a stale postmaster.pid whose process is gone', async () => {
    writeFileSync(join(dataDir, 'pg15', 'postmaster.pid'), `999999\n${dataDir}/pg15\n0\n5432\n`);
    logs.length = 0;
    const server = await start();
    expect(logs.join('\n')).toMatch(/Removing a stale postmaster.pid \(PID 999999/);
    expect((await query(server.url, 'SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    await server.stop();
  });
});
