// Integration tests run against a real PostgreSQL: the server of DATABASE_URL when set (each
// test file creates and drops its own database there), otherwise a throwaway embedded server.
// (Jest loads global setup outside its ESM module system, so this uses the built API.)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, ROOT } from '../../../tools/build.mjs';

export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    process.env.AMENDO_TEST_ADMIN_URL = process.env.DATABASE_URL;
    return;
  }
  build(['text', 'migrations', 'api'], { log: () => undefined });
  const { startEmbeddedPostgres } = await import(
    pathToFileURL(join(ROOT, 'apps/api/dist/database/embedded-postgres.js')).href
  );
  const dataDir = mkdtempSync(join(tmpdir(), 'amendo-test-'));
  const server = await startEmbeddedPostgres({
    dataDir,
    dataDirFromEnv: true,
    rootDir: ROOT,
    database: 'postgres',
    log: () => undefined,
  });
  process.env.AMENDO_TEST_ADMIN_URL = server.url;
  globalThis.amendoTestServer = server;
}
