import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import { createApp } from '../src/bootstrap.js';
import { loadConfig } from '../src/config/config.js';
import { migrate } from '../src/database/data-source.js';
import { DEMO_PASSWORD } from '../src/demo/demo-accounts.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: {
    message: string;
    extensions?: { code?: string } & Record<string, unknown>;
    path?: string[];
  }[];
}

export interface TestApp {
  readonly app: INestApplication;
  /** Base URL of the listening server, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  readonly databaseUrl: string;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** Logs in (demo password by default) and returns bearer headers for `graphql`. */
  as(email: string, password?: string): Promise<Record<string, string>>;
  /** A direct connection to the test database, for assertions on rows. */
  sql<R extends pg.QueryResultRow = pg.QueryResultRow>(
    text: string,
    values?: unknown[],
  ): Promise<R[]>;
  close(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.AMENDO_TEST_ADMIN_URL;
  if (!url)
    throw new Error(
      'AMENDO_TEST_ADMIN_URL is not set: run integration tests through jest (global setup).',
    );
  return url;
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database on the test server; `drop` removes it. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `amendo_test_${randomBytes(5).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  await migrate(url.toString());
  return {
    url: url.toString(),
    drop: () =>
      admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

/** A fresh database (created here, dropped by close), migrated, and the app listening on a free port. */
export async function startTestApp(
  options: { demo?: boolean; rateLimits?: boolean } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const databaseUrl = database.url;
  const config = {
    ...loadConfig({ ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' }),
    demo: options.demo ?? false,
    rateLimits: options.rateLimits ?? false,
  };
  const app = await createApp({ config, databaseUrl });
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });

  const testApp: TestApp = {
    app,
    url: base,
    databaseUrl,
    async graphql(query, variables, headers) {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as never;
    },
    async as(email, password = DEMO_PASSWORD) {
      const { data, errors } = await testApp.graphql<{ login: { token: string } }>(
        'mutation Login($input: LoginInput!) { login(input: $input) { token } }',
        { input: { email, password } },
      );
      if (!data?.login) throw new Error(`login as ${email} failed: ${JSON.stringify(errors)}`);
      return { authorization: `Bearer ${data.login.token}` };
    },
    async sql(text, values) {
      return (await pool.query(text, values)).rows;
    },
    async close() {
      await pool.end();
      await app.close();
      await database.drop();
    },
  };
  return testApp;
}
