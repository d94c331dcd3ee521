import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DemoSeedService } from '../src/demo/demo-seed.service.js';
import { startTestApp, type TestApp } from './test-app.js';

interface Entry {
  type: string;
  count: number;
  actor: { displayName: string } | null;
  subject: { __typename: string } | null;
}

describe('Article.timeline', () => {
  let t: TestApp;
  let articleId: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    await t.app.get(DemoSeedService).seed();
    const [article] = await t.sql<{ id: string }>('SELECT id FROM article ORDER BY number LIMIT 1');
    articleId = Buffer.from(`Article:${article?.id}`).toString('base64');
    const author = await t.as('citoyen1@amendo.test');
    const proposed = await t.graphql<{ proposeAmendment: { id: string } }>(
      `mutation($input: ProposeAmendmentInput!) { proposeAmendment(input: $input) { id } }`,
      {
        input: {
          articleId,
          versionNumber: 1,
          lineStart: 1,
          lineEnd: 1,
          proposedText: 'Autre première ligne.',
          rationale: 'Plus clair.',
        },
      },
      author,
    );
    for (const email of ['citoyen2@amendo.test', 'citoyen3@amendo.test', 'citoyen4@amendo.test']) {
      await t.graphql(
        'mutation($input: CastVoteInput!) { castVote(input: $input) { total } }',
        { input: { targetId: proposed.data?.proposeAmendment.id, value: 'AGREE' } },
        await t.as(email),
      );
    }
  });
  afterAll(() => t.close());

  const timeline = async (variables: Record<string, unknown>) =>
    (
      await t.graphql<{
        node: {
          timeline: {
            totalCount: number;
            edges: { node: Entry }[];
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        };
      }>(
        `query($id: ID!, $first: Int, $after: String, $types: [String!]) { node(id: $id) { ... on Article {
          timeline(first: $first, after: $after, types: $types) { totalCount
            edges { node { type count occurredAt actor { displayName } subject { __typename } } }
            pageInfo { hasNextPage endCursor } } } } }`,
        { id: articleId, ...variables },
      )
    ).data?.node.timeline;

  it('lists what happened, newest first, with the votes of a day aggregated and anonymous', async () => {
    const page = await timeline({ first: 10 });
    const entries = page?.edges.map((edge) => edge.node) ?? [];
    expect(entries.map((e) => e.type)).toEqual([
      'vote.cast',
      'amendment.proposed',
      'article.version.published',
      'article.created',
    ]);
    expect(entries[0]).toMatchObject({ count: 3, actor: null, subject: { __typename: 'Article' } });
    expect(entries[1]).toMatchObject({
      count: 1,
      actor: { displayName: 'Camille' },
      subject: { __typename: 'Amendment' },
    });
  });

  it('filters by type and paginates with a cursor', async () => {
    expect((await timeline({ types: ['amendment.proposed'] }))?.totalCount).toBe(1);
    const first = await timeline({ first: 2 });
    expect(first?.pageInfo.hasNextPage).toBe(true);
    const second = await timeline({ first: 2, after: first?.pageInfo.endCursor });
    expect(second?.edges.map((e) => e.node.type)).toEqual([
      'article.version.published',
      'article.created',
    ]);
  });
});
