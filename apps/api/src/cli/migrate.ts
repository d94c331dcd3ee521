import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config/config.js';
import { connectDatabase, DatabaseError } from '../database/connect.js';

/** `npm run migrate`: the same database rule as `npm start` (embedded server started if needed). */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await connectDatabase(config, (message) =>
    process.stdout.write(`amendo: ${message}\n`),
  );
  await database.stop();
  process.stdout.write('amendo: the database schema is up to date.\n');
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError || error instanceof DatabaseError ? error.message : String(error);
  process.stderr.write(`amendo: ${message}\n`);
  process.exit(1);
});
