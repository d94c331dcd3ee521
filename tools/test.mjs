#!/usr/bin/env node
// `npm test`: the whole suite — unit and integration tests (jest, against a real PostgreSQL:
// DATABASE_URL's server, or a throwaway embedded one) and browser tests (Playwright driving
// Debian's Chromium, with axe). Ends with one line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { build, ROOT } from './build.mjs';

const CHROMIUM = '/usr/bin/chromium';
const args = process.argv.slice(2);
const only = (name) => args.length === 0 || args.includes(name);

function step(title) {
  console.log(`\n── ${title} ${'─'.repeat(Math.max(0, 70 - title.length))}`);
}

/** Chromium is Debian's: installed here when we may (as root, like playwright --with-deps), or named. */
function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (userInfo().uid === 0 && existsSync('/usr/bin/apt-get')) {
    console.log("amendo: Chromium is missing; installing Debian's chromium with apt-get…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-dejavu-core'], {
      stdio: 'inherit',
      env,
    });
    if (existsSync(CHROMIUM)) return;
  }
  console.error(
    "amendo: the browser tests need Debian's Chromium. Install it with:\n  sudo apt-get install -y chromium",
  );
  process.exit(1);
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function onAdmin(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

const env = { ...process.env, AMENDO_RATE_LIMITS: 'off' };
const results = [];
const scratch = mkdtempSync(join(tmpdir(), 'amendo-tests-'));
chmodSync(scratch, 0o755); // the embedded server runs as `postgres` when we are root

if (only('e2e')) ensureChromium();
step('build');
build(undefined, { log: (message) => console.log(message) });

if (only('unit') || only('integration')) {
  const projects = ['unit', 'integration'].filter(only);
  step(`jest: ${projects.join(' + ')}`);
  const report = join(scratch, 'jest.json');
  const jest = spawnSync(
    process.execPath,
    [
      '--experimental-vm-modules',
      '--no-warnings=ExperimentalWarning',
      join(ROOT, 'node_modules/jest/bin/jest.js'),
      '--ci',
      '--selectProjects',
      ...projects,
      '--json',
      `--outputFile=${report}`,
    ],
    { cwd: ROOT, stdio: 'inherit', env },
  );
  const summary = readJson(report);
  results.push({
    name: 'jest',
    passed: summary?.numPassedTests ?? 0,
    failed:
      (summary?.numFailedTests ?? 0) + (jest.status !== 0 && !summary?.numFailedTests ? 1 : 0),
  });
}

if (only('e2e')) {
  step('browser tests (Playwright, Chromium, axe)');
  const port = await freePort();
  const e2eEnv = {
    ...env,
    AMENDO_E2E_PORT: String(port),
    PLAYWRIGHT_JSON_OUTPUT_NAME: join(scratch, 'e2e.json'),
  };
  let cleanup = async () => undefined;
  if (process.env.DATABASE_URL) {
    // A database of its own on DATABASE_URL's server, created and dropped here.
    const name = `amendo_e2e_${randomBytes(4).toString('hex')}`;
    await onAdmin(process.env.DATABASE_URL, `CREATE DATABASE ${name}`);
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    e2eEnv.DATABASE_URL = url.toString();
    cleanup = () =>
      onAdmin(process.env.DATABASE_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } else {
    e2eEnv.AMENDO_DATA_DIR = join(scratch, 'e2e-data');
  }
  const playwright = spawnSync(
    join(ROOT, 'node_modules/.bin/playwright'),
    ['test', '-c', 'apps/web/playwright.config.ts', '--reporter=list,json'],
    { cwd: ROOT, stdio: 'inherit', env: e2eEnv },
  );
  await cleanup();
  const stats = readJson(e2eEnv.PLAYWRIGHT_JSON_OUTPUT_NAME)?.stats;
  results.push({
    name: 'e2e',
    passed: stats?.expected ?? 0,
    failed: (stats?.unexpected ?? 0) + (playwright.status !== 0 && !stats?.unexpected ? 1 : 0),
  });
}

rmSync(scratch, { recursive: true, force: true });
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
step('summary');
for (const r of results) console.log(`${r.name}: ${r.passed} passed, ${r.failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
