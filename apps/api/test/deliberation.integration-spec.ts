import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DemoSeedService } from '../src/demo/demo-seed.service.js';
import { startTestApp, type TestApp } from './test-app.js';

type Headers = Record<string, string>;
interface Tally {
  agree: number;
  mixed: number;
  disagree: number;
  total: number;
}

const CAST =
  'mutation($input: CastVoteInput!) { castVote(input: $input) { agree mixed disagree total } }';
const RETRACT = 'mutation($id: ID!) { retractVote(targetId: $id) { agree mixed disagree total } }';
const POST_ARGUMENT =
  'mutation($input: PostArgumentInput!) { postArgument(input: $input) { id stance body convincingCount } }';

/** Participants with open sessions, written directly (hashing 200 passwords would only slow the test). */
async function participants(t: TestApp, count: number): Promise<Headers[]> {
  const tokens = Array.from({ length: count }, () => randomBytes(32).toString('base64url'));
  await t.sql(
    `WITH p AS (
       INSERT INTO participant (display_name, roles)
       SELECT 'Votant·e ' || n, '{CITIZEN}' FROM generate_series(1, $1) AS n RETURNING id)
     INSERT INTO session (token_hash, participant_id, expires_at)
     SELECT decode(h.hash, 'hex'), p.id, now() + interval '1 day'
     FROM (SELECT id, row_number() OVER () AS n FROM p) p
     JOIN unnest($2::text[]) WITH ORDINALITY AS h(hash, n) ON h.n = p.n`,
    [count, tokens.map((token) => createHash('sha256').update(token).digest('hex'))],
  );
  return tokens.map((token) => ({ authorization: `Bearer ${token}` }));
}

async function recount(t: TestApp, targetUuid: string): Promise<Tally> {
  const [row] = await t.sql<Record<string, string>>(
    `SELECT count(*) FILTER (WHERE value = 'AGREE') AS agree, count(*) FILTER (WHERE value = 'MIXED') AS mixed,
            count(*) FILTER (WHERE value = 'DISAGREE') AS disagree, count(*) AS total
     FROM vote WHERE target_id = $1`,
    [targetUuid],
  );
  return {
    agree: Number(row?.agree),
    mixed: Number(row?.mixed),
    disagree: Number(row?.disagree),
    total: Number(row?.total),
  };
}

async function counts(t: TestApp): Promise<Record<string, number>> {
  const [row] = await t.sql<Record<string, string>>(
    `SELECT (SELECT count(*) FROM vote) AS votes, (SELECT count(*) FROM argument) AS arguments,
            (SELECT count(*) FROM source) AS sources, (SELECT count(*) FROM event) AS events`,
  );
  return Object.fromEntries(Object.entries(row ?? {}).map(([key, value]) => [key, Number(value)]));
}

const uuidOf = (globalId: string): string =>
  Buffer.from(globalId, 'base64').toString().split(':')[1] ?? '';

describe('deliberation', () => {
  let t: TestApp;
  let articleId: string;
  let otherArticleId: string;
  let citizen: Headers;
  let other: Headers;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    await t.app.get(DemoSeedService).seed();
    const [a, b] = await t.sql<{ id: string }>('SELECT id FROM article ORDER BY number LIMIT 2');
    articleId = Buffer.from(`Article:${a?.id}`).toString('base64');
    otherArticleId = Buffer.from(`Article:${b?.id}`).toString('base64');
    citizen = await t.as('citoyen1@amendo.test');
    other = await t.as('citoyen2@amendo.test');
  });
  afterAll(() => t.close());

  it('casts, changes and retracts a vote, with the tally, the viewer’s vote and events', async () => {
    const cast = await t.graphql<{ castVote: Tally }>(
      CAST,
      { input: { targetId: articleId, value: 'AGREE' } },
      citizen,
    );
    expect(cast.data?.castVote).toEqual({ agree: 1, mixed: 0, disagree: 0, total: 1 });
    const changed = await t.graphql<{ castVote: Tally }>(
      CAST,
      { input: { targetId: articleId, value: 'DISAGREE' } },
      citizen,
    );
    expect(changed.data?.castVote).toEqual({ agree: 0, mixed: 0, disagree: 1, total: 1 });
    const read = await t.graphql<{ node: { votes: Tally; viewerVote: string } }>(
      `query($id: ID!) { node(id: $id) { ... on Article { votes { agree disagree total } viewerVote } } }`,
      { id: articleId },
      citizen,
    );
    expect(read.data?.node).toEqual({
      votes: { agree: 0, disagree: 1, total: 1 },
      viewerVote: 'DISAGREE',
    });
    const anonymous = await t.graphql<{ node: { viewerVote: string | null } }>(
      `query($id: ID!) { node(id: $id) { ... on Article { viewerVote } } }`,
      { id: articleId },
    );
    expect(anonymous.data?.node.viewerVote).toBeNull();
    const retracted = await t.graphql<{ retractVote: Tally }>(RETRACT, { id: articleId }, citizen);
    expect(retracted.data?.retractVote.total).toBe(0);
    const again = await t.graphql<{ retractVote: Tally }>(RETRACT, { id: articleId }, citizen);
    expect(again.data?.retractVote.total).toBe(0);
    const events = await t.sql<{ type: string }>(
      `SELECT type FROM event WHERE subject_id = $1 AND type LIKE 'vote.%' ORDER BY seq`,
      [uuidOf(articleId)],
    );
    expect(events.map((e) => e.type)).toEqual(['vote.cast', 'vote.changed', 'vote.retracted']);
  });

  it('keeps the tally exact in a race: 200 vote on one amendment at once, then 100 change and 50 retract', async () => {
    const proposed = await t.graphql<{ proposeAmendment: { id: string } }>(
      `mutation($input: ProposeAmendmentInput!) { proposeAmendment(input: $input) { id } }`,
      {
        input: {
          articleId: otherArticleId,
          versionNumber: 1,
          lineStart: 1,
          lineEnd: 1,
          proposedText: 'Une nouvelle rédaction de la première ligne.',
          rationale: 'Pour préciser l’engagement.',
        },
      },
      citizen,
    );
    const amendmentId = proposed.data?.proposeAmendment.id ?? '';
    expect(amendmentId).not.toBe('');
    const voters = await participants(t, 200);
    const values = ['AGREE', 'MIXED', 'DISAGREE'] as const;
    const first = await Promise.all(
      voters.map((headers, i) =>
        t.graphql(CAST, { input: { targetId: amendmentId, value: values[i % 3] } }, headers),
      ),
    );
    expect(first.filter((r) => r.errors)).toEqual([]);
    expect(await recount(t, uuidOf(amendmentId))).toEqual({
      agree: 67,
      mixed: 67,
      disagree: 66,
      total: 200,
    });

    const second = await Promise.all([
      ...voters
        .slice(0, 100)
        .map((headers, i) =>
          t.graphql(
            CAST,
            { input: { targetId: amendmentId, value: values[(i + 1) % 3] } },
            headers,
          ),
        ),
      ...voters.slice(100, 150).map((headers) => t.graphql(RETRACT, { id: amendmentId }, headers)),
      // The same participants twice at the same time: duplicates must not count twice.
      ...voters
        .slice(150, 200)
        .map((headers) =>
          t.graphql(CAST, { input: { targetId: amendmentId, value: 'AGREE' } }, headers),
        ),
      ...voters
        .slice(150, 200)
        .map((headers) =>
          t.graphql(CAST, { input: { targetId: amendmentId, value: 'AGREE' } }, headers),
        ),
    ]);
    expect(second.filter((r) => r.errors)).toEqual([]);
    const read = await t.graphql<{ amendment: { votes: Tally } }>(
      `query($id: ID!) { amendment(id: $id) { votes { agree mixed disagree total } } }`,
      { id: amendmentId },
    );
    const expected = await recount(t, uuidOf(amendmentId));
    expect(read.data?.amendment.votes).toEqual(expected);
    expect(expected.total).toBe(150);

    // Once voted on, its author can no longer edit it; withdrawn, it takes no more votes.
    const edit = await t.graphql(
      `mutation($input: EditAmendmentInput!) { editAmendment(input: $input) { id } }`,
      { input: { amendmentId, proposedText: 'Autre rédaction.', rationale: 'Autre motif.' } },
      citizen,
    );
    expect(edit.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await t.graphql(
      'mutation($id: ID!) { withdrawAmendment(id: $id) { status } }',
      { id: amendmentId },
      citizen,
    );
    const late = await t.graphql(CAST, { input: { targetId: amendmentId, value: 'AGREE' } }, other);
    expect(late.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses bad votes with coded errors and writes nothing', async () => {
    const before = await counts(t);
    const [section] = await t.sql<{ id: string }>('SELECT id FROM section LIMIT 1');
    const cases: [Record<string, unknown>, string][] = [
      [
        {
          targetId: Buffer.from('Article:00000000-0000-4000-8000-000000000000').toString('base64'),
          value: 'AGREE',
        },
        'NOT_FOUND',
      ],
      [
        { targetId: Buffer.from(`Section:${section?.id}`).toString('base64'), value: 'AGREE' },
        'BAD_USER_INPUT',
      ],
      [{ targetId: 'pas-un-identifiant', value: 'AGREE' }, 'BAD_USER_INPUT'],
      [{ targetId: articleId, value: 'PEUT_ETRE' }, 'BAD_USER_INPUT'],
    ];
    for (const [input, code] of cases) {
      const { errors } = await t.graphql(CAST, { input }, citizen);
      expect(errors?.[0]?.extensions?.code).toBe(code);
    }
    expect(await counts(t)).toEqual(before);
  });

  it('posts arguments of both stances, lists them by stance, and counts “convincing” once per participant', async () => {
    const posted = await Promise.all(
      (['FOR', 'AGAINST', 'FOR'] as const).map((stance, i) =>
        t.graphql<{ postArgument: { id: string; stance: string } }>(
          POST_ARGUMENT,
          {
            input: {
              targetId: articleId,
              stance,
              body: `  Argument ${i + 1} : parce que\tle texte\ndoit changer.  `,
            },
          },
          citizen,
        ),
      ),
    );
    const [firstFor] = posted.map((p) => p.data?.postArgument);
    const listed = await t.graphql<{
      node: {
        arguments: { totalCount: number; edges: { node: { stance: string; body: string } }[] };
      };
    }>(
      `query($id: ID!) { node(id: $id) { ... on Article { arguments(stance: FOR, orderBy: OLDEST) { totalCount edges { node { stance body } } } } } }`,
      { id: articleId },
    );
    expect(listed.data?.node.arguments.totalCount).toBe(2);
    expect(listed.data?.node.arguments.edges[0]?.node.body).toMatch(
      /^Argument \d : parce que\tle texte\ndoit changer\.$/,
    );

    const mark = (headers: Headers, name = 'markConvincing') =>
      t.graphql<Record<string, { convincingCount: number }>>(
        `mutation($id: ID!) { ${name}(argumentId: $id) { convincingCount } }`,
        { id: firstFor?.id },
        headers,
      );
    expect((await mark(citizen)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await mark(other)).data?.markConvincing.convincingCount).toBe(1);
    expect((await mark(other)).data?.markConvincing.convincingCount).toBe(1);
    const seen = async (headers: Headers): Promise<boolean | undefined> =>
      (
        await t.graphql<{ node: { viewerFindsConvincing: boolean } }>(
          'query($id: ID!) { node(id: $id) { ... on Argument { viewerFindsConvincing } } }',
          { id: firstFor?.id },
          headers,
        )
      ).data?.node?.viewerFindsConvincing;
    expect(await seen(other)).toBe(true);
    expect(await seen(citizen)).toBe(false);
    expect(await seen({})).toBe(false);
    expect((await mark(other, 'unmarkConvincing')).data?.unmarkConvincing.convincingCount).toBe(0);
    expect((await mark(other)).data?.markConvincing.convincingCount).toBe(1);

    const edit = (headers: Headers) =>
      t.graphql(
        `mutation($input: EditArgumentInput!) { editArgument(input: $input) { body } }`,
        { input: { argumentId: firstFor?.id, body: 'Corrigé.' } },
        headers,
      );
    expect((await edit(other)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await edit(citizen)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('lets the author edit an unmarked argument within 15 minutes only', async () => {
    const { data } = await t.graphql<{ postArgument: { id: string } }>(
      POST_ARGUMENT,
      { input: { targetId: articleId, stance: 'AGAINST', body: 'Premier jet.' } },
      citizen,
    );
    const id = data?.postArgument.id ?? '';
    const edit = () =>
      t.graphql<{ editArgument: { body: string } }>(
        `mutation($input: EditArgumentInput!) { editArgument(input: $input) { body } }`,
        { input: { argumentId: id, body: 'Version relue.' } },
        citizen,
      );
    expect((await edit()).data?.editArgument.body).toBe('Version relue.');
    // Every version stays public, oldest first.
    const revisions = await t.graphql<{
      node: { revisions: { number: number; kind: string; body: string }[] };
    }>('query($id: ID!) { node(id: $id) { ... on Argument { revisions { number kind body } } } }', {
      id,
    });
    expect(revisions.data?.node.revisions).toEqual([
      { number: 1, kind: 'CREATED', body: 'Premier jet.' },
      { number: 2, kind: 'EDITED', body: 'Version relue.' },
    ]);
    await t.sql(`UPDATE argument SET created_at = now() - interval '16 minutes' WHERE id = $1`, [
      uuidOf(id),
    ]);
    expect((await edit()).errors?.[0]?.message).toMatch(/15 minutes/);
  });

  it('refuses a 100 KB argument and control characters, writing nothing', async () => {
    const before = await counts(t);
    for (const body of ['x'.repeat(100 * 1024), 'bip\u0007bip']) {
      const { errors } = await t.graphql(
        POST_ARGUMENT,
        { input: { targetId: articleId, stance: 'FOR', body } },
        citizen,
      );
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await counts(t)).toEqual(before);
  });

  it('adds sources with a normalised http(s) address, refusing javascript: and duplicates', async () => {
    const add = (url: string) =>
      t.graphql<{ addSource: { url: string; title: string } }>(
        `mutation($input: AddSourceInput!) { addSource(input: $input) { url title } }`,
        { input: { targetId: articleId, url, title: 'Rapport du CNNum' } },
        citizen,
      );
    expect((await add('HTTPS://CNNUMERIQUE.fr/rapport#resume')).data?.addSource).toEqual({
      url: 'https://cnnumerique.fr/rapport',
      title: 'Rapport du CNNum',
    });
    const before = await counts(t);
    expect((await add('javascript:alert(document.cookie)')).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await add('https://cnnumerique.fr/rapport')).errors?.[0]?.extensions?.code).toBe(
      'CONFLICT',
    );
    expect(await counts(t)).toEqual(before);
  });

  it('paginates arguments with stable cursors in every order, and RANDOM depends on the seed', async () => {
    const voters = await participants(t, 4);
    const ids: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      const { data } = await t.graphql<{ postArgument: { id: string } }>(
        POST_ARGUMENT,
        {
          input: {
            targetId: otherArticleId,
            stance: i % 2 ? 'FOR' : 'AGAINST',
            body: `Argument ordonné ${i}`,
          },
        },
        citizen,
      );
      ids.push(data?.postArgument.id ?? '');
    }
    for (const [index, id] of ids.entries()) {
      for (const voter of voters.slice(0, index % 5)) {
        await t.graphql(
          'mutation($id: ID!) { markConvincing(argumentId: $id) { id } }',
          { id },
          voter,
        );
      }
    }
    const page = `query($id: ID!, $order: ContributionOrder!, $seed: Int, $after: String) { node(id: $id) { ... on Article {
      arguments(first: 3, orderBy: $order, seed: $seed, after: $after) {
        totalCount edges { cursor node { id convincingCount createdAt } } pageInfo { hasNextPage endCursor } } } } }`;
    const all = async (
      order: string,
      seed = 0,
    ): Promise<{ id: string; convincingCount: number }[]> => {
      const seen: { id: string; convincingCount: number }[] = [];
      let after: string | undefined;
      for (;;) {
        const { data, errors } = await t.graphql<{
          node: {
            arguments: {
              edges: { node: { id: string; convincingCount: number } }[];
              pageInfo: { hasNextPage: boolean; endCursor: string };
            };
          };
        }>(page, { id: otherArticleId, order, seed, after });
        expect(errors).toBeUndefined();
        seen.push(...(data?.node.arguments.edges.map((e) => e.node) ?? []));
        if (!data?.node.arguments.pageInfo.hasNextPage) return seen;
        after = data.node.arguments.pageInfo.endCursor;
      }
    };
    for (const order of [
      'RANDOM',
      'NEWEST',
      'OLDEST',
      'MOST_AGREED',
      'MOST_VOTED',
      'MOST_CONTROVERSIAL',
    ]) {
      const listed = await all(order, 42);
      expect(listed.map((a) => a.id).sort()).toEqual([...ids].sort());
    }
    expect((await all('OLDEST')).map((a) => a.id)).toEqual(ids);
    expect((await all('NEWEST')).map((a) => a.id)).toEqual([...ids].reverse());
    const agreed = (await all('MOST_AGREED')).map((a) => a.convincingCount);
    expect(agreed).toEqual([...agreed].sort((a, b) => b - a));
    expect(await all('RANDOM', 7)).toEqual(await all('RANDOM', 7));
    const seeds = await Promise.all([1, 2, 3, 4].map((seed) => all('RANDOM', seed)));
    expect(new Set(seeds.map((s) => s.map((a) => a.id).join())).size).toBeGreaterThan(1);
  });

  it('refuses votes, arguments and sources once the consultation is closed', async () => {
    await t.sql(
      `UPDATE consultation SET closes_at = now() - interval '1 second', opens_at = now() - interval '1 day'`,
    );
    const vote = await t.graphql(CAST, { input: { targetId: articleId, value: 'AGREE' } }, citizen);
    expect(vote.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PHASE' });
    const argument = await t.graphql(
      POST_ARGUMENT,
      { input: { targetId: articleId, stance: 'FOR', body: 'Trop tard ?' } },
      citizen,
    );
    expect(argument.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the public explanation of orders', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('explains every order of ContributionOrder in French', async () => {
    const { data } = await t.graphql<{
      contributionOrders: { order: string; label: string; explanation: string }[];
    }>('{ contributionOrders { order label explanation } }');
    const orders = data?.contributionOrders ?? [];
    expect(orders.map((o) => o.order).sort()).toEqual(
      ['MOST_AGREED', 'MOST_CONTROVERSIAL', 'MOST_VOTED', 'NEWEST', 'OLDEST', 'RANDOM'].sort(),
    );
    for (const order of orders) expect(order.explanation.length).toBeGreaterThan(20);
  });
});
