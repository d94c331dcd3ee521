import pg from 'pg';
import type { AmendoConfig } from '../config/config.js';
import { migrate } from './data-source.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

/** The database could not be reached or prepared; its message is one line an operator can act on. */
export class DatabaseError extends Error {
  override readonly name = 'DatabaseError';
}

export interface Database {
  readonly url: string;
  /** Stops the embedded server if this process started it; does nothing otherwise. */
  stop(): Promise<void>;
}

function describe(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}

/** Checks that the server answers, with a message that says what to do when it does not. */
export async function checkConnection(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const reason =
      code === 'ECONNREFUSED'
        ? 'connection refused (is PostgreSQL running there?)'
        : code === 'ENOTFOUND'
          ? 'unknown host'
          : code === '3D000'
            ? 'the database does not exist (create it first)'
            : code === '28P01' || code === '28000'
              ? 'authentication failed (check the user and password)'
              : message;
    throw new DatabaseError(`cannot reach the database at ${describe(url)}: ${reason}.`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The database of this run: DATABASE_URL's server, or the embedded one (started here), checked
 * and migrated. The same rule serves `npm start` and the command-line tools.
 */
export async function connectDatabase(
  config: AmendoConfig,
  log: (message: string) => void,
): Promise<Database> {
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({
        dataDir: config.dataDir,
        dataDirFromEnv: config.dataDirFromEnv,
        rootDir: config.rootDir,
        database: 'amendo',
        log,
      });
  const url = config.databaseUrl ?? (embedded?.url as string);
  try {
    await checkConnection(url);
    const applied = await migrate(url);
    if (applied.length > 0) log(`applied ${applied.length} migration(s): ${applied.join(', ')}.`);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return { url, stop: async () => embedded?.stop() };
}
