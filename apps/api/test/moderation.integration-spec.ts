import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DemoSeedService } from '../src/demo/demo-seed.service.js';
import { startTestApp, type TestApp } from './test-app.js';

type Headers = Record<string, string>;

const REPORT =
  'mutation($input: ReportInput!) { reportContribution(input: $input) { id reason status } }';
const MODERATE =
  'mutation($input: ModerateInput!) { moderate(input: $input) { id kind reason automatic } }';
const ARGUMENT = `query($id: ID!) { node(id: $id) { ... on Argument { body moderation { hidden reason reasonCategory hiddenAt } } } }`;

describe('moderation in the open', () => {
  let t: TestApp;
  let articleId: string;
  const who: Record<string, Headers> = {};

  async function postArgument(author: Headers, body: string): Promise<string> {
    const { data, errors } = await t.graphql<{ postArgument: { id: string } }>(
      'mutation($input: PostArgumentInput!) { postArgument(input: $input) { id } }',
      { input: { targetId: articleId, stance: 'AGAINST', body } },
      author,
    );
    if (!data) throw new Error(JSON.stringify(errors));
    return data.postArgument.id;
  }

  async function bodyAs(
    id: string,
    headers: Headers = {},
  ): Promise<{ body: string | null; moderation: { hidden: boolean; reason: string | null } }> {
    const { data } = await t.graphql<{
      node: { body: string | null; moderation: { hidden: boolean; reason: string | null } };
    }>(ARGUMENT, { id }, headers);
    return data?.node as never;
  }

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    await t.app.get(DemoSeedService).seed();
    const [article] = await t.sql<{ id: string }>('SELECT id FROM article ORDER BY number LIMIT 1');
    articleId = Buffer.from(`Article:${article?.id}`).toString('base64');
    for (const [name, email] of Object.entries({
      author: 'citoyen1@amendo.test',
      c2: 'citoyen2@amendo.test',
      c3: 'citoyen3@amendo.test',
      c4: 'citoyen4@amendo.test',
      c5: 'citoyen5@amendo.test',
      mod1: 'moderation@amendo.test',
      mod2: 'moderation2@amendo.test',
      admin: 'admin@amendo.test',
    })) {
      who[name] = await t.as(email);
    }
  });
  afterAll(() => t.close());

  it('hides a contribution after three reports from distinct participants, counting one person once', async () => {
    const id = await postArgument(who.author as Headers, 'Achetez mes montres sur mon site !');
    const report = (headers: Headers, reason = 'SPAM') =>
      t.graphql(REPORT, { input: { contributionId: id, reason } }, headers);
    expect((await report(who.author as Headers)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await report(who.c2 as Headers)).errors).toBeUndefined();
    expect((await report(who.c2 as Headers)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await report(who.c3 as Headers, 'OFF_TOPIC')).errors).toBeUndefined();
    expect((await bodyAs(id)).moderation.hidden).toBe(false);
    expect((await report(who.c4 as Headers)).errors).toBeUndefined();

    const publicView = await bodyAs(id);
    expect(publicView.body).toBeNull();
    expect(publicView.moderation).toMatchObject({ hidden: true, reasonCategory: 'SPAM' });
    expect(publicView.moderation.reason).toMatch(/automatiquement après 3 signalements/);
    expect((await bodyAs(id, who.c5)).body).toBeNull();
    expect((await bodyAs(id, who.author)).body).toBe('Achetez mes montres sur mon site !');
    expect((await bodyAs(id, who.mod1)).body).toBe('Achetez mes montres sur mon site !');

    // The tombstone stays in lists: the count does not shrink, the body reads null.
    const list = await t.graphql<{
      node: {
        arguments: { totalCount: number; edges: { node: { id: string; body: string | null } }[] };
      };
    }>(
      `query($id: ID!) { node(id: $id) { ... on Article { arguments(first: 100) { totalCount edges { node { id body } } } } } }`,
      { id: articleId },
    );
    const tombstone = list.data?.node.arguments.edges.find((edge) => edge.node.id === id);
    expect(tombstone?.node.body).toBeNull();
    const [row] = await t.sql<{ body: string }>('SELECT body FROM argument WHERE id = $1', [
      Buffer.from(id, 'base64').toString().split(':')[1],
    ]);
    expect(row?.body).toBe('Achetez mes montres sur mon site !');
  });

  it('stops counting the votes of a hidden contribution, and counts them again once restored', async () => {
    const proposed = await t.graphql<{ proposeAmendment: { id: string } }>(
      `mutation($input: ProposeAmendmentInput!) { proposeAmendment(input: $input) { id } }`,
      {
        input: {
          articleId,
          versionNumber: 1,
          lineStart: 2,
          lineEnd: 2,
          proposedText: 'Une rédaction contestée.',
          rationale: 'Pour voir.',
        },
      },
      who.author,
    );
    const id = proposed.data?.proposeAmendment.id ?? '';
    for (const voter of [who.c2, who.c3, who.c4]) {
      await t.graphql(
        'mutation($input: CastVoteInput!) { castVote(input: $input) { total } }',
        { input: { targetId: id, value: 'AGREE' } },
        voter,
      );
    }
    // Read alone, and in the article's list, whose joined vote counters prime the tallies:
    // both paths must apply the rule that a hidden contribution counts no votes.
    const tally = async () => {
      const alone = (
        await t.graphql<{ amendment: { votes: { total: number }; proposedText: string | null } }>(
          'query($id: ID!) { amendment(id: $id) { votes { total } proposedText } }',
          { id },
        )
      ).data?.amendment;
      for (const orderBy of ['MOST_VOTED', 'NEWEST']) {
        const listed = await t.graphql<{
          article: { amendments: { edges: { node: { id: string; votes: { total: number } } }[] } };
        }>(
          `query($articleId: ID!, $orderBy: ContributionOrder) { article(id: $articleId) {
             amendments(first: 100, orderBy: $orderBy) { edges { node { id votes { total } } } } } }`,
          { articleId, orderBy },
        );
        const node = listed.data?.article.amendments.edges.find((edge) => edge.node.id === id);
        expect(node?.node.votes).toEqual(alone?.votes);
      }
      return alone;
    };
    expect(await tally()).toEqual({
      votes: { total: 3 },
      proposedText: 'Une rédaction contestée.',
    });

    const hide = await t.graphql<{ moderate: { kind: string } }>(
      MODERATE,
      {
        input: {
          contributionId: id,
          action: 'HIDE',
          reasonCategory: 'OFFENSIVE',
          reason: 'Propos injurieux envers une personne nommée.',
        },
      },
      who.mod1,
    );
    expect(hide.data?.moderate.kind).toBe('HIDE');
    expect(await tally()).toEqual({ votes: { total: 0 }, proposedText: null });
    const vote = await t.graphql(
      'mutation($input: CastVoteInput!) { castVote(input: $input) { total } }',
      { input: { targetId: id, value: 'AGREE' } },
      who.c5,
    );
    expect(vote.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await t.graphql(
      MODERATE,
      {
        input: {
          contributionId: id,
          action: 'RESTORE',
          reasonCategory: 'OFFENSIVE',
          reason: 'Relecture : le propos vise une institution, pas une personne.',
        },
      },
      who.mod2,
    );
    expect(await tally()).toEqual({
      votes: { total: 3 },
      proposedText: 'Une rédaction contestée.',
    });
  });

  it('lets an admin set the auto-hide threshold and a minimum account age for reporters', async () => {
    const [consultation] = await t.sql<{ id: string }>('SELECT id FROM consultation LIMIT 1');
    const consultationId = Buffer.from(`Consultation:${consultation?.id}`).toString('base64');
    const set = (input: Record<string, number>) =>
      t.graphql<{ setModerationSettings: { autoHideThreshold: number } }>(
        'mutation($input: ModerationSettingsInput!) { setModerationSettings(input: $input) { autoHideThreshold reporterMinAccountDays } }',
        { input: { consultationId, ...input } },
        who.admin,
      );
    expect(
      (await set({ autoHideThreshold: -1, reporterMinAccountDays: 0 })).errors?.[0]?.extensions
        ?.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (await set({ autoHideThreshold: 2, reporterMinAccountDays: 30 })).errors,
    ).toBeUndefined();
    const read = await t.graphql<{
      moderationSettings: { autoHideThreshold: number; reporterMinAccountDays: number };
    }>(
      'query($id: ID!) { moderationSettings(consultationId: $id) { autoHideThreshold reporterMinAccountDays } }',
      { id: consultationId },
    );
    expect(read.data?.moderationSettings).toEqual({
      autoHideThreshold: 2,
      reporterMinAccountDays: 30,
    });

    // Demo accounts are minutes old: their reports are kept but do not hide anything.
    const id = await postArgument(
      who.author as Headers,
      'Un argument signalé par des comptes récents.',
    );
    for (const reporter of [who.c2, who.c3]) {
      await t.graphql(REPORT, { input: { contributionId: id, reason: 'SPAM' } }, reporter);
    }
    expect((await bodyAs(id)).moderation.hidden).toBe(false);
    await t.sql(`UPDATE participant SET created_at = now() - interval '60 days'`);
    await t.graphql(REPORT, { input: { contributionId: id, reason: 'SPAM' } }, who.c4);
    expect((await bodyAs(id)).moderation.hidden).toBe(true);
    await set({ autoHideThreshold: 3, reporterMinAccountDays: 0 });
  });

  it('lets the author appeal once, decided by another moderator only', async () => {
    const id = await postArgument(who.author as Headers, 'Un argument vif mais légitime.');
    const hidden = await t.graphql<{ moderate: { id: string } }>(
      MODERATE,
      {
        input: {
          contributionId: id,
          action: 'HIDE',
          reasonCategory: 'OFFENSIVE',
          reason: 'Ton jugé agressif envers les autres participants.',
        },
      },
      who.mod1,
    );
    const actionId = hidden.data?.moderate.id;
    const appeal = (headers: Headers) =>
      t.graphql<{ appealModeration: { id: string; status: string } }>(
        'mutation($input: AppealInput!) { appealModeration(input: $input) { id status } }',
        {
          input: {
            moderationActionId: actionId,
            text: 'Mon argument critique une idée, pas une personne.',
          },
        },
        headers,
      );
    expect((await appeal(who.c2 as Headers)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const made = await appeal(who.author as Headers);
    expect(made.data?.appealModeration.status).toBe('PENDING');
    expect((await appeal(who.author as Headers)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const tombstone = await t.graphql<{ node: { moderation: { actionId: string } } }>(
      'query($id: ID!) { node(id: $id) { ... on Argument { moderation { actionId } } } }',
      { id },
    );
    expect(tombstone.data?.node.moderation.actionId).toBe(actionId);
    const pending = await t.graphql<{
      moderationAppeals: { text: string; action: { kind: string; reason: string } }[];
    }>('{ moderationAppeals { text status action { kind reason } } }', {}, who.mod2);
    expect(pending.data?.moderationAppeals).toEqual([
      {
        text: 'Mon argument critique une idée, pas une personne.',
        status: 'PENDING',
        action: { kind: 'HIDE', reason: 'Ton jugé agressif envers les autres participants.' },
      },
    ]);

    const decide = (headers: Headers) =>
      t.graphql<{ decideAppeal: { status: string } }>(
        'mutation($input: DecideAppealInput!) { decideAppeal(input: $input) { status } }',
        {
          input: {
            appealId: made.data?.appealModeration.id,
            grant: true,
            reason: 'La critique porte sur le texte : elle est recevable.',
          },
        },
        headers,
      );
    expect((await decide(who.mod1 as Headers)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await decide(who.mod2 as Headers)).data?.decideAppeal.status).toBe('GRANTED');
    expect((await bodyAs(id)).body).toBe('Un argument vif mais légitime.');
  });

  it('suspends a participant: they can read and appeal, not vote, propose or argue', async () => {
    const [c3] = await t.sql<{ id: string }>(
      `SELECT id FROM participant WHERE email = 'citoyen3@amendo.test'`,
    );
    const suspended = await t.graphql<{ moderate: { id: string } }>(
      MODERATE,
      {
        input: {
          participantId: Buffer.from(`Participant:${c3?.id}`).toString('base64'),
          action: 'SUSPEND',
          reasonCategory: 'HARASSMENT',
          reason: 'Messages répétés visant une participante.',
          suspendDays: 7,
        },
      },
      who.mod1,
    );
    expect(suspended.errors).toBeUndefined();
    const attempts = await Promise.all([
      t.graphql(
        'mutation($input: CastVoteInput!) { castVote(input: $input) { total } }',
        { input: { targetId: articleId, value: 'AGREE' } },
        who.c3,
      ),
      t.graphql(
        'mutation($input: PostArgumentInput!) { postArgument(input: $input) { id } }',
        { input: { targetId: articleId, stance: 'FOR', body: 'x' } },
        who.c3,
      ),
      t.graphql(
        'mutation($input: ProposeAmendmentInput!) { proposeAmendment(input: $input) { id } }',
        {
          input: {
            articleId,
            versionNumber: 1,
            lineStart: 1,
            lineEnd: 1,
            proposedText: 'y',
            rationale: 'z',
          },
        },
        who.c3,
      ),
    ]);
    for (const attempt of attempts)
      expect(attempt.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'SUSPENDED',
      });
    const appeal = await t.graphql(
      'mutation($input: AppealInput!) { appealModeration(input: $input) { status } }',
      {
        input: {
          moderationActionId: suspended.data?.moderate.id,
          text: 'Je n’ai écrit qu’un seul message à cette personne.',
        },
      },
      who.c3,
    );
    expect(appeal.errors).toBeUndefined();
  });

  it('refuses bad reports and bad actions with coded errors, writing nothing', async () => {
    const id = await postArgument(who.author as Headers, 'Encore un argument.');
    const [before] = await t.sql<{ n: string }>(
      'SELECT (SELECT count(*) FROM report) + (SELECT count(*) FROM moderation_action) AS n',
    );
    const other = await t.graphql(
      REPORT,
      { input: { contributionId: id, reason: 'OTHER' } },
      who.c2,
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const noReason = await t.graphql(
      MODERATE,
      { input: { contributionId: id, action: 'HIDE', reasonCategory: 'SPAM', reason: 'court' } },
      who.mod1,
    );
    expect(noReason.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const restoreVisible = await t.graphql(
      MODERATE,
      {
        input: {
          contributionId: id,
          action: 'RESTORE',
          reasonCategory: 'SPAM',
          reason: 'Rien à rétablir ici.',
        },
      },
      who.mod1,
    );
    expect(restoreVisible.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const byCitizen = await t.graphql(
      MODERATE,
      {
        input: {
          contributionId: id,
          action: 'HIDE',
          reasonCategory: 'SPAM',
          reason: 'Je n’aime pas cet argument.',
        },
      },
      who.c2,
    );
    expect(byCitizen.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'MISSING_ROLE',
    });
    const [after] = await t.sql<{ n: string }>(
      'SELECT (SELECT count(*) FROM report) + (SELECT count(*) FROM moderation_action) AS n',
    );
    expect(after?.n).toBe(before?.n);
  });

  it('publishes every action in the log with its reason, without reporters or emails; queues reports for moderators', async () => {
    const log = await t.graphql<{
      moderationLog: {
        totalCount: number;
        edges: {
          node: {
            kind: string;
            reason: string;
            reasonCategory: string;
            target: { __typename: string } | null;
          };
        }[];
      };
    }>(
      `{ moderationLog(consultationSlug: "schema-regional-du-numerique", first: 50) {
          totalCount edges { node { kind reason reasonCategory automatic createdAt target { __typename } } } } }`,
    );
    const kinds = log.data?.moderationLog.edges.map((e) => e.node.kind) ?? [];
    expect(kinds).toEqual(expect.arrayContaining(['HIDE', 'RESTORE', 'SUSPEND']));
    for (const edge of log.data?.moderationLog.edges ?? [])
      expect(edge.node.reason.length).toBeGreaterThan(5);
    expect(JSON.stringify(log)).not.toMatch(/@amendo\.test|citoyen/);

    const id = await postArgument(who.author as Headers, 'Un argument signalé une fois.');
    await t.graphql(
      REPORT,
      {
        input: {
          contributionId: id,
          reason: 'PERSONAL_DATA',
          details: 'Contient un numéro de téléphone.',
        },
      },
      who.c5,
    );
    const queue = await t.graphql<{
      moderationQueue: {
        reportCount: number;
        reasons: string[];
        details: string[];
        target: { id: string };
      }[];
    }>('{ moderationQueue { reportCount reasons details target { id } } }', {}, who.mod2);
    const items = queue.data?.moderationQueue ?? [];
    // The auto-hidden contribution waits for review first; then the most severe reasons.
    expect(items[0]?.reasons).toEqual(expect.arrayContaining(['SPAM']));
    expect(items.find((item) => item.target.id === id)).toMatchObject({
      reportCount: 1,
      reasons: ['PERSONAL_DATA'],
      details: ['Contient un numéro de téléphone.'],
    });
    const forbidden = await t.graphql('{ moderationQueue { reportCount } }', {}, who.c2);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
