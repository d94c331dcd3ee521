import 'reflect-metadata';
import { createApp } from './bootstrap.js';
import { ConfigError, loadConfig } from './config/config.js';
import { connectDatabase, DatabaseError } from './database/connect.js';
import { DemoSeedService } from './demo/demo-seed.service.js';

/** One clear line on stderr and a non-zero exit, never a stack trace, for what an operator can fix. */
function fail(message: string): never {
  process.stderr.write(`amendo: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = loadConfig();
  const database = await connectDatabase(config, (message) =>
    process.stdout.write(`amendo: ${message}\n`),
  );
  const app = await createApp({ config, databaseUrl: database.url });
  if (config.demo) await app.get(DemoSeedService).seed();
  const stopDatabase = async (): Promise<void> => database.stop();
  process.once('exit', () => void stopDatabase());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void app
        .close()
        .then(stopDatabase)
        .finally(() => process.exit(0));
    });
  }
  try {
    await app.listen(config.port);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      await app.close();
      await stopDatabase();
      fail(`port ${config.port} is already in use; stop what uses it or set PORT to another port.`);
    }
    throw error;
  }
  const url = await app.getUrl();
  process.stdout.write(
    `amendo: ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s — ` +
      `http://localhost:${new URL(url).port}/ (GraphQL at /graphql)\n`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatabaseError) fail(error.message);
  process.stderr.write(`amendo: could not start: ${(error as Error).message ?? String(error)}\n`);
  process.exit(1);
});
