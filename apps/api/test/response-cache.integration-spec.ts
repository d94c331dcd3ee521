import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap.js';
import { Clock } from '../src/common/clock.js';
import { CACHE_HEADER } from '../src/common/response-cache.js';
import { loadConfig } from '../src/config/config.js';
import { DemoSeedService } from '../src/demo/demo-seed.service.js';
import { startTestApp, type TestApp } from './test-app.js';

const TALLY = `query Tally($id: ID!) { article(id: $id) { id votes { agree mixed disagree total } } }`;
const VOTE = `mutation($input: CastVoteInput!) { castVote(input: $input) { total } }`;

interface Answer {
  readonly cache: string | null;
  readonly body: { data?: { article: { votes: { total: number } } | null }; errors?: unknown[] };
}

async function post(
  base: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { cache: response.headers.get(CACHE_HEADER), body: (await response.json()) as never };
}

/** Counts the SQL statements the app runs while `run` does. */
async function statements(app: INestApplication, run: () => Promise<unknown>): Promise<number> {
  const runner = app.get(DataSource).createQueryRunner();
  const prototype = Object.getPrototypeOf(runner) as { query: (...args: unknown[]) => unknown };
  await runner.release();
  const original = prototype.query;
  let count = 0;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    count += 1;
    return original.apply(this, args);
  };
  try {
    await run();
    return count;
  } finally {
    prototype.query = original;
  }
}

describe('anonymous answers kept until the next write', () => {
  let t: TestApp;
  let articleId: string;
  const voters: Record<string, string>[] = [];

  beforeAll(async () => {
    t = await startTestApp({ demo: false });
    await t.app.get(DemoSeedService).seed();
    const [article] = await t.sql<{ id: string }>('SELECT id FROM article ORDER BY number LIMIT 1');
    articleId = Buffer.from(`Article:${article?.id}`).toString('base64');
    for (const n of [1, 2, 3]) voters.push(await t.as(`citoyen${n}@amendo.test`));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers the same anonymous query from memory, without SQL, until a write', async () => {
    const first = await post(t.url, TALLY, { id: articleId });
    expect(first.cache).toBe('miss');
    let again: Answer | undefined;
    expect(
      await statements(t.app, async () => (again = await post(t.url, TALLY, { id: articleId }))),
    ).toBe(0);
    expect(again?.cache).toBe('hit');
    expect(again?.body).toEqual(first.body);

    // A GET of the same query too, with the ETag of the same bytes (api-limits checks the 304).
    const address = `${t.url}/graphql?query=${encodeURIComponent(TALLY)}&variables=${encodeURIComponent(JSON.stringify({ id: articleId }))}`;
    const got = await fetch(address);
    const gotAgain = await fetch(address);
    expect(gotAgain.headers.get(CACHE_HEADER)).toBe('hit');
    expect(await gotAgain.json()).toEqual(await got.json());
    expect(gotAgain.headers.get('etag')).toBe(got.headers.get('etag'));

    // Other variables, another answer.
    const other = await post(t.url, TALLY, { id: 'QXJ0aWNsZTpub3BlCg==' });
    expect(other.cache).not.toBe('hit');
  });

  it('shows a vote to the very next read, and every vote of a burst', async () => {
    const before = (await post(t.url, TALLY, { id: articleId })).body.data?.article?.votes.total;
    await post(t.url, TALLY, { id: articleId }); // now cached
    const vote = await post(
      t.url,
      VOTE,
      { input: { targetId: articleId, value: 'AGREE' } },
      voters[0],
    );
    expect(vote.body.errors).toBeUndefined();
    const after = await post(t.url, TALLY, { id: articleId });
    expect(after.cache).toBe('miss');
    expect(after.body.data?.article?.votes.total).toBe((before ?? 0) + 1);

    // Reads racing with votes never keep an answer older than the last vote.
    const reads: Promise<Answer>[] = [];
    const votes = voters
      .slice(1)
      .map((headers) =>
        post(t.url, VOTE, { input: { targetId: articleId, value: 'MIXED' } }, headers),
      );
    for (let i = 0; i < 20; i += 1) reads.push(post(t.url, TALLY, { id: articleId }));
    await Promise.all([...votes, ...reads]);
    const settled = await post(t.url, TALLY, { id: articleId });
    expect(settled.body.data?.article?.votes.total).toBe((before ?? 0) + 3);
  });

  it('keeps an answer one second of the application’s clock at most (time alone changes states)', async () => {
    const clock = t.app.get(Clock);
    const now = Date.now();
    const spy = jest.spyOn(clock, 'now').mockImplementation(() => new Date(now));
    try {
      await post(t.url, TALLY, { id: articleId });
      expect((await post(t.url, TALLY, { id: articleId })).cache).toBe('hit');
      spy.mockImplementation(() => new Date(now + 900));
      expect((await post(t.url, TALLY, { id: articleId })).cache).toBe('hit');
      spy.mockImplementation(() => new Date(now + 1500));
      expect((await post(t.url, TALLY, { id: articleId })).cache).toBe('miss');
      spy.mockImplementation(() => new Date(now - 5000)); // back in time: nothing is trusted
      expect((await post(t.url, TALLY, { id: articleId })).cache).toBe('miss');
    } finally {
      spy.mockRestore();
    }
  });

  it('never keeps personal answers, nor answers with errors', async () => {
    const viewer = `query { viewer { id displayName } }`;
    const mine = await post(t.url, viewer, {}, voters[0]);
    expect(mine.cache).toBeNull();
    expect((await post(t.url, viewer, {}, voters[0])).cache).toBeNull();
    const cookie = { cookie: 'amendo_session=whatever' };
    await post(t.url, TALLY, { id: articleId }, cookie);
    expect((await post(t.url, TALLY, { id: articleId }, cookie)).cache).toBeNull();

    const tooLarge = `query($id: ID!) { article(id: $id) { amendments(first: 101) { totalCount } } }`;
    const wrong = await post(t.url, tooLarge, { id: articleId });
    expect(wrong.body.errors).toBeDefined();
    expect((await post(t.url, tooLarge, { id: articleId })).cache).not.toBe('hit');
  });

  it('learns of another replica’s writes through PostgreSQL NOTIFY', async () => {
    const config = {
      ...loadConfig({ ...process.env, DATABASE_URL: t.databaseUrl, LOG_LEVEL: 'warn' }),
      demo: false,
      rateLimits: false,
    };
    const replica = await createApp({ config, databaseUrl: t.databaseUrl });
    await replica.listen(0, '127.0.0.1');
    try {
      const other = (await replica.getUrl()).replace('[::1]', '127.0.0.1');
      // This replica's cache holds the tally (it listens from its first cached read on).
      await post(t.url, TALLY, { id: articleId });
      expect((await post(t.url, TALLY, { id: articleId })).cache).toBe('hit');
      const before = (await post(t.url, TALLY, { id: articleId })).body.data?.article?.votes.total;
      const voter = await t.as('citoyen4@amendo.test');
      const vote = await post(
        other,
        VOTE,
        { input: { targetId: articleId, value: 'AGREE' } },
        voter,
      );
      expect(vote.body.errors).toBeUndefined();
      // The other replica told us before answering; the notification may take a moment to land.
      let total = before;
      for (let i = 0; i < 50 && total === before; i += 1) {
        total = (await post(t.url, TALLY, { id: articleId })).body.data?.article?.votes.total;
        if (total === before) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(total).toBe((before ?? 0) + 1);
    } finally {
      await replica.close();
    }
  });
});
