import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { createApp } from '../bootstrap.js';
import { loadConfig } from '../config/config.js';

const HEADER =
  '# Amendo public GraphQL schema — generated from the code by `npm run schema:print`; do not edit.\n\n';

/** The SDL of the code's schema, built without a database. */
export async function currentSchema(): Promise<string> {
  const config = {
    ...loadConfig({ ...process.env, DATABASE_URL: '', LOG_LEVEL: 'error' }),
    demo: false,
  };
  const app = await createApp({
    config,
    databaseUrl: 'postgres://offline@127.0.0.1:1/offline',
    offline: true,
  });
  await app.init();
  try {
    return HEADER + printSchema(app.get(GraphQLSchemaHost).schema) + '\n';
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  const file = join(loadConfig().rootDir, 'apps', 'api', 'schema.graphql');
  const schema = await currentSchema();
  if (process.argv.includes('--write')) {
    writeFileSync(file, schema);
    process.stdout.write(`amendo: wrote ${file}\n`);
    return;
  }
  if (readFileSync(file, 'utf8') !== schema) {
    process.stderr.write(
      'amendo: apps/api/schema.graphql differs from the schema of the code. Review the change to the\n' +
        'public contract, then run `npm run schema:print` and commit the file.\n',
    );
    process.exit(1);
  }
  process.stdout.write('amendo: apps/api/schema.graphql matches the code.\n');
}

if (process.argv[1]?.endsWith('print-schema.js')) {
  main().catch((error: unknown) => {
    process.stderr.write(`amendo: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
}
