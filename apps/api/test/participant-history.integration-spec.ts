import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DemoSeedService } from '../src/demo/demo-seed.service.js';
import { type GraphQLResponse, startTestApp, type TestApp } from './test-app.js';

type Headers = Record<string, string>;

const HISTORY = `query($id: ID!, $first: Int, $after: String, $kinds: [ContributionKind!]) {
  participant(id: $id) { id displayName
    contributions(first: $first, after: $after, kinds: $kinds) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id kind createdAt hidden contribution { __typename id
        ... on Amendment { proposedText rationale moderation { hidden reason } }
        ... on Proposal { title body }
        ... on Argument { body stance }
        ... on Source { url title } } } } }
    responsesReceived(first: 10) { totalCount edges { node { id publishedAt contributionKind
      contribution { id __typename }
      response { id decision body revisions { number decision body } } } } }
    activity { date contributions votes } } }`;

interface Contribution {
  id: string;
  kind: string;
  hidden: boolean;
  contribution: Record<string, unknown> & { __typename: string; id: string };
}
interface History {
  participant: {
    displayName: string;
    contributions: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: Contribution }[];
    };
    responsesReceived: {
      totalCount: number;
      edges: {
        node: {
          id: string;
          contributionKind: string;
          contribution: { id: string };
          response: { decision: string; revisions: { number: number; decision: string }[] };
        };
      }[];
    };
    activity: { date: string; contributions: number; votes: number }[];
  } | null;
}

const parisDay = (date: Date): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(date);

describe('Participant history (contributions, responses received, activity)', () => {
  let t: TestApp;
  let author: Headers;
  let authorId: string;
  const ids: Record<string, string> = {};

  async function ok<T>(response: Promise<GraphQLResponse<T>>): Promise<T> {
    const { data, errors } = await response;
    if (errors || !data) throw new Error(JSON.stringify(errors));
    return data;
  }

  const history = (variables: Record<string, unknown>, headers?: Headers) =>
    t.graphql<History>(HISTORY, { id: authorId, ...variables }, headers);

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    await t.app.get(DemoSeedService).seed();
    author = await t.as('citoyen1@amendo.test');
    authorId = (await ok(t.graphql<{ viewer: { id: string } }>('{ viewer { id } }', {}, author)))
      .viewer.id;
    const [article] = await t.sql<{ id: string; section_id: string }>(
      'SELECT id, section_id FROM article ORDER BY number LIMIT 1',
    );
    const articleId = Buffer.from(`Article:${article?.id}`).toString('base64');
    const sectionId = Buffer.from(`Section:${article?.section_id}`).toString('base64');

    ids.amendment = (
      await ok(
        t.graphql<{ proposeAmendment: { id: string } }>(
          'mutation($input: ProposeAmendmentInput!) { proposeAmendment(input: $input) { id } }',
          {
            input: {
              articleId,
              versionNumber: 1,
              lineStart: 1,
              lineEnd: 1,
              proposedText: 'Une première ligne plus claire.',
              rationale: 'Lisibilité.',
            },
          },
          author,
        ),
      )
    ).proposeAmendment.id;
    ids.proposal = (
      await ok(
        t.graphql<{ proposeArticle: { id: string } }>(
          'mutation($input: ProposeArticleInput!) { proposeArticle(input: $input) { id } }',
          {
            input: {
              sectionId,
              title: 'Un guichet numérique unique',
              body: 'La région ouvre un guichet numérique unique pour toutes les démarches.',
              rationale: 'Simplifier les démarches des habitants.',
            },
          },
          author,
        ),
      )
    ).proposeArticle.id;
    ids.argument = (
      await ok(
        t.graphql<{ postArgument: { id: string } }>(
          'mutation($input: PostArgumentInput!) { postArgument(input: $input) { id } }',
          {
            input: {
              targetId: articleId,
              stance: 'AGAINST',
              body: 'Texte injurieux qui sera masqué par la modération.',
            },
          },
          author,
        ),
      )
    ).postArgument.id;
    ids.source = (
      await ok(
        t.graphql<{ addSource: { id: string } }>(
          'mutation($input: AddSourceInput!) { addSource(input: $input) { id } }',
          {
            input: { targetId: articleId, url: 'https://cnnumerique.fr/rapport', title: 'Rapport' },
          },
          author,
        ),
      )
    ).addSource.id;

    // Votes: two today (one of them changed), counted but never listed.
    for (const [targetId, value] of [
      [articleId, 'AGREE'],
      [articleId, 'DISAGREE'],
    ] as const) {
      await ok(
        t.graphql(
          'mutation($input: CastVoteInput!) { castVote(input: $input) { total } }',
          { input: { targetId, value } },
          author,
        ),
      );
    }
    // Someone else's contribution and vote stay out of this history.
    await ok(
      t.graphql(
        'mutation($input: CastVoteInput!) { castVote(input: $input) { total } }',
        { input: { targetId: ids.amendment, value: 'AGREE' } },
        await t.as('citoyen2@amendo.test'),
      ),
    );

    // The argument is hidden by moderation: a tombstone for the public.
    await ok(
      t.graphql(
        'mutation($input: ModerateInput!) { moderate(input: $input) { id } }',
        {
          input: {
            contributionId: ids.argument,
            action: 'HIDE',
            reasonCategory: 'OFFENSIVE',
            reason: 'Propos injurieux envers une personne nommée.',
          },
        },
        await t.as('moderation@amendo.test'),
      ),
    );

    // An official answers the amendment, then revises the answer.
    const official = await t.as('elu@amendo.test');
    const published = await ok(
      t.graphql<{ publishOfficialResponse: { id: string } }>(
        'mutation($input: PublishResponseInput!) { publishOfficialResponse(input: $input) { id } }',
        {
          input: {
            targetId: ids.amendment,
            decision: 'UNDER_STUDY',
            body: 'Nous étudions cette proposition avec les services.',
          },
        },
        official,
      ),
    );
    ids.response = published.publishOfficialResponse.id;
    await ok(
      t.graphql(
        'mutation($input: ReviseResponseInput!) { reviseOfficialResponse(input: $input) { id } }',
        {
          input: {
            responseId: ids.response,
            decision: 'ACCEPTED',
            body: 'Nous retenons cet amendement pour la prochaine version.',
          },
        },
        official,
      ),
    );
  });
  afterAll(() => t.close());

  it('lists every kind of public contribution, newest first, the hidden one as a tombstone', async () => {
    const { data, errors } = await history({ first: 10 });
    expect(errors).toBeUndefined();
    const page = data?.participant?.contributions;
    expect(page?.totalCount).toBe(4);
    const nodes = page?.edges.map((edge) => edge.node) ?? [];
    expect(nodes.map((node) => [node.kind, node.contribution.__typename])).toEqual([
      ['SOURCE', 'Source'],
      ['ARGUMENT', 'Argument'],
      ['PROPOSAL', 'Proposal'],
      ['AMENDMENT', 'Amendment'],
    ]);
    expect(nodes.map((node) => node.id)).toEqual([
      ids.source,
      ids.argument,
      ids.proposal,
      ids.amendment,
    ]);
    const argument = nodes[1];
    expect(argument).toMatchObject({
      hidden: true,
      contribution: { body: null, stance: 'AGAINST' },
    });
    expect(nodes[2]?.contribution).toMatchObject({ title: 'Un guichet numérique unique' });
    expect(nodes[3]).toMatchObject({
      hidden: false,
      contribution: { proposedText: 'Une première ligne plus claire.' },
    });
    // No email, anywhere.
    expect(JSON.stringify(data)).not.toMatch(/@amendo\.test/);
  });

  it('shows the hidden text to its author and to moderators only', async () => {
    const own = await history({ kinds: ['ARGUMENT'] }, author);
    expect(own.data?.participant?.contributions.edges[0]?.node.contribution.body).toBe(
      'Texte injurieux qui sera masqué par la modération.',
    );
    const other = await history({ kinds: ['ARGUMENT'] }, await t.as('citoyen3@amendo.test'));
    expect(other.data?.participant?.contributions.edges[0]?.node.contribution.body).toBeNull();
  });

  it('paginates with a keyset cursor and filters by kind', async () => {
    const first = (await history({ first: 3 })).data?.participant?.contributions;
    expect(first?.edges).toHaveLength(3);
    expect(first?.pageInfo.hasNextPage).toBe(true);
    const second = (await history({ first: 3, after: first?.pageInfo.endCursor }))?.data
      ?.participant?.contributions;
    expect(second?.edges.map((edge) => edge.node.id)).toEqual([ids.amendment]);
    expect(second?.pageInfo.hasNextPage).toBe(false);

    const amendments = (await history({ kinds: ['AMENDMENT', 'PROPOSAL'] })).data?.participant
      ?.contributions;
    expect(amendments?.totalCount).toBe(2);

    const bad = await history({ after: 'pas-un-curseur' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const forged = await history({ after: Buffer.from('["1 OR 1=1"]').toString('base64url') });
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const big = await history({ first: 1000 });
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists the responses their contributions received, with the revisions', async () => {
    const received = (await history({})).data?.participant?.responsesReceived;
    expect(received?.totalCount).toBe(1);
    expect(received?.edges[0]?.node).toMatchObject({
      id: ids.response,
      contributionKind: 'AMENDMENT',
      contribution: { id: ids.amendment },
      response: {
        decision: 'ACCEPTED',
        revisions: [
          { number: 1, decision: 'UNDER_STUDY' },
          { number: 2, decision: 'ACCEPTED' },
        ],
      },
    });
    // Another participant received none.
    const other = await t.graphql<History>(HISTORY, {
      id: (
        await t.sql<{ id: string }>(`SELECT id FROM participant WHERE display_name = 'Louise'`)
      ).map((row) => Buffer.from(`Participant:${row.id}`).toString('base64'))[0],
    });
    expect(other.data?.participant?.responsesReceived.totalCount).toBe(0);
    expect(other.data?.participant?.contributions.totalCount).toBe(0);
  });

  it('counts contributions and votes per day, without listing votes', async () => {
    const activity = (await history({})).data?.participant?.activity;
    expect(activity).toEqual([{ date: parisDay(new Date()), contributions: 4, votes: 2 }]);
  });

  it('answers the web page’s own query (depth and cost limits included)', async () => {
    const document = readFileSync(
      new URL('../../web/src/features/participants/participants.graphql', import.meta.url),
      'utf8',
    );
    const { data, errors } = await t.graphql<{
      participant: { contributions: { totalCount: number } };
    }>(document, { id: authorId, first: 20 });
    expect(errors).toBeUndefined();
    expect(data?.participant.contributions.totalCount).toBe(4);
  });
});
