import { get } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DemoSeedService } from '../src/demo/demo-seed.service.js';
import { startTestApp, type TestApp } from './test-app.js';

/** A plain HTTP GET (fetch adds cache semantics of its own to conditional requests). */
function httpGet(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      response.resume();
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers }),
      );
    }).on('error', reject);
  });
}

interface Answer {
  errors?: { message: string; extensions?: { code?: string } }[];
  data?: unknown;
}

describe('the public API’s limits', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    await t.app.get(DemoSeedService).seed();
  });
  afterAll(() => t.close());

  const expectRefused = (answer: Answer, code: string, message: RegExp): void => {
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors?.[0]?.extensions?.code).toBe(code);
    expect(answer.errors?.[0]?.message).toMatch(message);
    expect(JSON.stringify(answer)).not.toMatch(/\n\s+at |INTERNAL_SERVER_ERROR/);
  };

  it('refuses a query 50 levels deep', async () => {
    const deep =
      '{ node(id: "x") { ... on Article { ' +
      'section { consultation { sections { '.repeat(16) +
      'id' +
      ' } } }'.repeat(16) +
      ' } } }';
    expectRefused(await t.graphql(deep), 'GRAPHQL_VALIDATION_FAILED', /trop profonde/);
  });

  it('refuses 1,000 aliases', async () => {
    const aliases = Array.from(
      { length: 1000 },
      (_, i) => `a${i}: consultations { totalCount }`,
    ).join(' ');
    expectRefused(
      await t.graphql(`{ ${aliases} }`),
      'GRAPHQL_VALIDATION_FAILED',
      /alias|trop longue/,
    );
  });

  it('refuses first: 100000 and an over-costly nesting of pages', async () => {
    expectRefused(
      await t.graphql('{ consultations(first: 100000) { totalCount } }'),
      'BAD_USER_INPUT',
      /100/,
    );
    const costly = `query($n: Int) { consultations(first: $n) { edges { node { sections { articles {
      amendments(first: $n) { edges { node { id arguments(first: $n) { edges { node { id body } } } } } } } } } } } }`;
    expectRefused(await t.graphql(costly, { n: 100 }), 'BAD_USER_INPUT', /trop coûteuse/);
    const modest = await t.graphql(costly, { n: 2 });
    expect(modest.errors).toBeUndefined();
  });

  it('answers a 10 MB body with 413 and a coded error', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ consultations { totalCount } }`,
        variables: { x: 'x'.repeat(10 * 1024 * 1024) },
      }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as Answer).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('serves anonymous GET queries cacheably, with an ETag and 304 on revalidation', async () => {
    const url = `${t.url}/graphql?query=${encodeURIComponent('{ consultations { totalCount } }')}`;
    const first = await httpGet(url);
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toMatch(/^public, max-age=30/);
    const etag = String(first.headers.etag ?? '');
    expect(etag).toMatch(/^W\/"/);
    const again = await httpGet(url, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    const personal = await fetch(url, { headers: await t.as('citoyen1@amendo.test') });
    expect(personal.headers.get('cache-control')).toBe('private, no-store');
    const post = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ consultations { totalCount } }' }),
    });
    expect(post.headers.get('cache-control')).toBe('no-store');
  });

  it('never runs a mutation over GET', async () => {
    const response = await fetch(
      `${t.url}/graphql?query=${encodeURIComponent('mutation { logout }')}`,
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });
});
