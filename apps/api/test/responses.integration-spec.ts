import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { DemoSeedService } from '../src/demo/demo-seed.service.js';
import { Clock } from '../src/common/clock.js';
import { MailOutbox } from '../src/notifications/services/mail-outbox.service.js';
import { NotificationWorker } from '../src/notifications/services/notification-worker.service.js';
import { type GraphQLResponse, startTestApp, type TestApp } from './test-app.js';

type Headers = Record<string, string>;

const DAY_MS = 24 * 60 * 60 * 1000;
const REASONS =
  'Cet amendement reprend une disposition déjà prévue par la loi pour une République numérique. ' +
  'Son adoption créerait une obligation redondante pour les collectivités, sans bénéfice réel pour les usagers du service public.';

const SET_POLICY = `mutation($input: ResponsePolicyInput!) { setResponsePolicy(input: $input) {
  id responsePolicy { minVotes topPerArticle deadlineDays frozenAt } } }`;
const PUBLISH = `mutation($input: PublishResponseInput!) { publishOfficialResponse(input: $input) {
  id decision body draft publishedAt officialName officialTitle official { displayName officialTitle }
  target { id } revisions { number decision body officialTitle createdAt } } }`;
const REVISE = `mutation($input: ReviseResponseInput!) { reviseOfficialResponse(input: $input) {
  id decision body draft publishedAt revisions { number decision body createdAt } } }`;
const PUBLISH_DRAFT = `mutation($id: ID!) { publishOfficialResponseDraft(id: $id) {
  id draft publishedAt revisions { number decision } } }`;
const OBLIGATIONS = `query($slug: String!, $state: ObligationState) { consultation(slug: $slug) {
  responsePolicy { minVotes deadlineDays frozenAt }
  obligationSummary { answeredOnTime answeredLate pending overdue total }
  obligations(first: 50, state: $state) { totalCount edges { node {
    id state dueAt answeredAt votes reasons target { id } } } } } }`;

interface ObligationView {
  id: string;
  state: string;
  dueAt: string | null;
  answeredAt: string | null;
  votes: number;
  reasons: string[];
  target: { id: string };
}
interface Tracker {
  responsePolicy: { minVotes: number | null; deadlineDays: number | null; frozenAt: string | null };
  obligationSummary: Record<string, number>;
  obligations: { totalCount: number; edges: { node: ObligationView }[] };
}

const uuidOf = (globalId: string): string =>
  Buffer.from(globalId, 'base64').toString().split(':')[1] ?? '';
const gid = (type: string, uuid: string): string =>
  Buffer.from(`${type}:${uuid}`).toString('base64');

describe('official responses and obligations to answer', () => {
  let t: TestApp;
  let now: Date;
  let slug: string;
  let consultationId: string;
  let closesAt: Date;
  let articles: string[];
  const who: Record<string, Headers> = {};

  const as = (name: string): Headers => who[name] as Headers;

  async function ok<T>(response: Promise<GraphQLResponse<T>>): Promise<T> {
    const { data, errors } = await response;
    if (errors || !data) throw new Error(JSON.stringify(errors));
    return data;
  }

  async function propose(author: string, article: string, text: string): Promise<string> {
    const data = await ok(
      t.graphql<{ proposeAmendment: { id: string } }>(
        `mutation($input: ProposeAmendmentInput!) { proposeAmendment(input: $input) { id } }`,
        {
          input: {
            articleId: article,
            versionNumber: 1,
            lineStart: 1,
            lineEnd: 1,
            proposedText: text,
            rationale: 'Pour rendre l’engagement vérifiable.',
          },
        },
        as(author),
      ),
    );
    return data.proposeAmendment.id;
  }

  async function vote(targetId: string, voters: string[], value = 'AGREE'): Promise<void> {
    for (const voter of voters) {
      await ok(
        t.graphql(
          'mutation($input: CastVoteInput!) { castVote(input: $input) { total } }',
          { input: { targetId, value } },
          as(voter),
        ),
      );
    }
  }

  async function tracker(state?: string): Promise<Tracker> {
    const data = await ok(t.graphql<{ consultation: Tracker }>(OBLIGATIONS, { slug, state }));
    return data.consultation;
  }

  async function respond(
    targetId: string,
    decision: string,
    body: string,
    headers = as('official'),
    publish = true,
  ) {
    return t.graphql<{ publishOfficialResponse: Record<string, unknown> & { id: string } }>(
      PUBLISH,
      { input: { targetId, decision, body, publish } },
      headers,
    );
  }

  /** What a refused write must leave untouched. */
  async function counts(): Promise<Record<string, number>> {
    const [row] = await t.sql<Record<string, string>>(`
      SELECT (SELECT count(*) FROM official_response) AS responses,
             (SELECT count(*) FROM official_response_revision) AS revisions,
             (SELECT count(*) FROM response_policy) AS policies,
             (SELECT count(*) FROM notification) AS notifications,
             (SELECT count(*) FROM mail_outbox) AS mails,
             (SELECT count(*) FROM event) AS events`);
    return Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, Number(v)]));
  }

  async function refused(
    write: Promise<GraphQLResponse<unknown>>,
    code: string,
    detail?: Record<string, unknown>,
  ): Promise<void> {
    const before = await counts();
    const { errors } = await write;
    expect(errors?.[0]?.extensions).toMatchObject({ code, ...detail });
    expect(errors?.[0]?.message).toMatch(/\S{3,}/);
    expect(await counts()).toEqual(before);
  }

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    await t.app.get(DemoSeedService).seed();
    await t.app.get(NotificationWorker).stop();
    now = new Date();
    jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => new Date(now));
    const [consultation] = await t.sql<{ id: string; slug: string; closes_at: Date }>(
      'SELECT id, slug, closes_at FROM consultation LIMIT 1',
    );
    slug = consultation?.slug ?? '';
    consultationId = gid('Consultation', consultation?.id ?? '');
    closesAt = consultation?.closes_at as Date;
    articles = (await t.sql<{ id: string }>('SELECT id FROM article ORDER BY number')).map((a) =>
      gid('Article', a.id),
    );
    for (const [name, email] of Object.entries({
      admin: 'admin@amendo.test',
      official: 'elu@amendo.test',
      moderator: 'moderation@amendo.test',
      c1: 'citoyen1@amendo.test',
      c2: 'citoyen2@amendo.test',
      c3: 'citoyen3@amendo.test',
      c4: 'citoyen4@amendo.test',
      c5: 'citoyen5@amendo.test',
    })) {
      who[name] = await t.as(email);
    }
    // A second official, to show that one cannot revise another's response.
    const token = randomBytes(32).toString('base64url');
    await t.sql(
      `WITH p AS (INSERT INTO participant (display_name, roles, official_title)
                  VALUES ('Marc Lefèvre', '{CITIZEN,OFFICIAL}', 'Conseiller régional délégué') RETURNING id)
       INSERT INTO session (token_hash, participant_id, expires_at)
       SELECT decode($1, 'hex'), p.id, now() + interval '1 day' FROM p`,
      [createHash('sha256').update(token).digest('hex')],
    );
    who.otherOfficial = { authorization: `Bearer ${token}` };
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  let answeredAmendment: string;
  let lateAmendment: string;
  let responseId: string;

  it('with a policy "≥ 3 votes", a contribution reaching 3 votes is PENDING, then ANSWERED once an official answers; its author is told and emailed', async () => {
    const set = await ok(
      t.graphql<{ setResponsePolicy: { id: string; responsePolicy: unknown } }>(
        SET_POLICY,
        { input: { consultationId, minVotes: 3, deadlineDays: 30 } },
        as('admin'),
      ),
    );
    expect(set.setResponsePolicy).toEqual({
      id: consultationId,
      responsePolicy: { minVotes: 3, topPerArticle: null, deadlineDays: 30, frozenAt: null },
    });
    const [policyEvent] = await t.sql(
      `SELECT payload FROM event WHERE type = 'response.policy.set'`,
    );
    expect(policyEvent?.payload).toEqual({ minVotes: 3, topPerArticle: null, deadlineDays: 30 });

    answeredAmendment = await propose('c1', articles[0] as string, 'Une rédaction plus précise.');
    await vote(answeredAmendment, ['c2', 'c3']);
    expect((await tracker()).obligations.totalCount).toBe(0);
    await vote(answeredAmendment, ['c4'], 'DISAGREE');

    let view = await tracker();
    const dueAt = new Date(closesAt.getTime() + 30 * DAY_MS).toISOString();
    expect(view.obligations.edges.map((e) => e.node)).toEqual([
      {
        id: gid('Obligation', uuidOf(answeredAmendment)),
        state: 'PENDING',
        dueAt,
        answeredAt: null,
        votes: 3,
        reasons: ['MIN_VOTES'],
        target: { id: answeredAmendment },
      },
    ]);
    expect(view.obligationSummary).toEqual({
      answeredOnTime: 0,
      answeredLate: 0,
      pending: 1,
      overdue: 0,
      total: 1,
    });

    const published = await ok(
      respond(answeredAmendment, 'PARTIALLY_ACCEPTED', 'Nous retenons la première phrase.'),
    );
    const response = published.publishOfficialResponse;
    responseId = response.id;
    expect(response).toMatchObject({
      decision: 'PARTIALLY_ACCEPTED',
      draft: false,
      officialName: 'Claire Vasseur',
      officialTitle: 'Vice-présidente déléguée au numérique',
      official: { displayName: 'Claire Vasseur' },
      target: { id: answeredAmendment },
      revisions: [{ number: 1, decision: 'PARTIALLY_ACCEPTED' }],
    });

    view = await tracker();
    expect(view.obligations.edges[0]?.node).toMatchObject({ state: 'ANSWERED' });
    expect(view.obligationSummary).toMatchObject({ answeredOnTime: 1, pending: 0, total: 1 });
    const node = await ok(
      t.graphql<{ node: { officialResponses: { id: string }[] } }>(
        `query($id: ID!) { node(id: $id) { ... on Amendment { officialResponses { id } } } }`,
        { id: answeredAmendment },
      ),
    );
    expect(node.node.officialResponses).toEqual([{ id: responseId }]);

    const inbox = await ok(
      t.graphql<{
        viewer: {
          unreadNotificationCount: number;
          notifications: { edges: { node: Record<string, unknown> }[] };
        };
      }>(
        `{ viewer { unreadNotificationCount notifications(first: 5) { edges { node {
            kind title body read subject { id } } } } } }`,
        {},
        as('c1'),
      ),
    );
    expect(inbox.viewer.unreadNotificationCount).toBe(1);
    expect(inbox.viewer.notifications.edges[0]?.node).toMatchObject({
      kind: 'OFFICIAL_RESPONSE',
      title: 'Réponse officielle : votre amendement',
      read: false,
      subject: { id: answeredAmendment },
    });
    expect(inbox.viewer.notifications.edges[0]?.node.body).toMatch(
      /^Claire Vasseur, Vice-présidente déléguée au numérique, a répondu à votre amendement \(article 1\) — décision : acceptée en partie\./,
    );
    const mails = await t.sql(
      `SELECT o.subject, o.status, o.body FROM mail_outbox o JOIN participant p ON p.id = o.participant_id
       WHERE p.email = 'citoyen1@amendo.test'`,
    );
    expect(mails).toEqual([
      expect.objectContaining({
        subject: '[Amendo] Réponse officielle : votre amendement',
        status: 'PENDING',
      }),
    ]);
    const events = await t.sql(
      `SELECT type, payload FROM event WHERE subject_id = $1 ORDER BY seq`,
      [uuidOf(responseId)],
    );
    expect(events).toEqual([
      {
        type: 'response.published',
        payload: expect.objectContaining({
          target: answeredAmendment,
          decision: 'PARTIALLY_ACCEPTED',
          revision: 1,
        }),
      },
    ]);

    // Without SMTP_URL in development, the worker writes the mail to the log.
    expect(await t.app.get(MailOutbox).deliverDue()).toMatchObject({ sent: 1 });
    const [delivered] = await t.sql(`SELECT status, transport, attempts FROM mail_outbox`);
    expect(delivered).toEqual({ status: 'SENT', transport: 'log', attempts: 1 });
  });

  it('keeps every revision public with its date; drafts are seen by their author only; nothing published is ever deleted', async () => {
    const draft = await ok(
      respond(articles[1] as string, 'UNDER_STUDY', 'Premier jet.', as('official'), false),
    );
    const draftId = draft.publishOfficialResponse.id;
    expect(draft.publishOfficialResponse).toMatchObject({
      draft: true,
      publishedAt: null,
      revisions: [],
    });
    const ARTICLE_RESPONSES = `query($id: ID!) { node(id: $id) { ... on Article { officialResponses { id draft } } } }`;
    expect(
      (
        await ok(
          t.graphql<{ node: { officialResponses: unknown[] } }>(ARTICLE_RESPONSES, {
            id: articles[1],
          }),
        )
      ).node.officialResponses,
    ).toEqual([]);
    expect(
      (
        await ok(
          t.graphql<{ node: { officialResponses: unknown[] } }>(
            ARTICLE_RESPONSES,
            { id: articles[1] },
            as('official'),
          ),
        )
      ).node.officialResponses,
    ).toEqual([{ id: draftId, draft: true }]);
    const asNode = `query($id: ID!) { node(id: $id) { id } }`;
    expect((await t.graphql(asNode, { id: draftId })).data).toEqual({ node: null });
    expect((await t.graphql(asNode, { id: draftId }, as('otherOfficial'))).data).toEqual({
      node: null,
    });
    await refused(t.graphql(PUBLISH_DRAFT, { id: draftId }, as('otherOfficial')), 'NOT_FOUND');
    const [draftEvent] = await t.sql(
      `SELECT type, article_id, payload FROM event WHERE subject_id = $1`,
      [uuidOf(draftId)],
    );
    expect(draftEvent).toEqual({
      type: 'response.draft.saved',
      article_id: null,
      payload: { target: articles[1] },
    });

    const edited = await ok(
      t.graphql<{ reviseOfficialResponse: Record<string, unknown> }>(
        REVISE,
        {
          input: { responseId: draftId, decision: 'ACCEPTED', body: 'Nous retenons cet article.' },
        },
        as('official'),
      ),
    );
    expect(edited.reviseOfficialResponse).toMatchObject({
      decision: 'ACCEPTED',
      draft: true,
      revisions: [],
    });
    const published = await ok(
      t.graphql<{ publishOfficialResponseDraft: Record<string, unknown> }>(
        PUBLISH_DRAFT,
        { id: draftId },
        as('official'),
      ),
    );
    expect(published.publishOfficialResponseDraft).toMatchObject({
      draft: false,
      revisions: [{ number: 1, decision: 'ACCEPTED' }],
    });
    await refused(t.graphql(PUBLISH_DRAFT, { id: draftId }, as('official')), 'CONFLICT');

    now = new Date(now.getTime() + 60_000);
    const revised = await ok(
      t.graphql<{ reviseOfficialResponse: { revisions: { number: number; createdAt: string }[] } }>(
        REVISE,
        { input: { responseId: draftId, decision: 'NOTED', body: 'Nous en prenons acte.' } },
        as('official'),
      ),
    );
    const publicView = await ok(
      t.graphql<{
        node: {
          decision: string;
          revisions: { number: number; decision: string; body: string; createdAt: string }[];
        };
      }>(
        `query($id: ID!) { node(id: $id) { ... on OfficialResponse { decision revisions { number decision body createdAt } } } }`,
        { id: draftId },
      ),
    );
    expect(publicView.node.decision).toBe('NOTED');
    expect(publicView.node.revisions).toEqual([
      {
        number: 1,
        decision: 'ACCEPTED',
        body: 'Nous retenons cet article.',
        createdAt: expect.any(String),
      },
      { number: 2, decision: 'NOTED', body: 'Nous en prenons acte.', createdAt: now.toISOString() },
    ]);
    expect(revised.reviseOfficialResponse.revisions).toHaveLength(2);
    await refused(
      t.graphql(
        REVISE,
        { input: { responseId: draftId, decision: 'NOTED', body: 'Nous en prenons acte.' } },
        as('official'),
      ),
      'BAD_USER_INPUT',
    );

    // The database itself keeps published responses and their revisions.
    await expect(
      t.sql('DELETE FROM official_response WHERE id = $1', [uuidOf(draftId)]),
    ).rejects.toThrow(/never deleted/);
    await expect(
      t.sql(`UPDATE official_response SET status = 'DRAFT' WHERE id = $1`, [uuidOf(draftId)]),
    ).rejects.toThrow(/never deleted or unpublished/);
    await expect(
      t.sql(`UPDATE official_response_revision SET body = 'x' WHERE response_id = $1`, [
        uuidOf(draftId),
      ]),
    ).rejects.toThrow(/immutable/);
  });

  it('refuses with a coded error and writes nothing: a citizen publishing, a hidden contribution, a REJECTED without reasons, revising another’s response, a negative policy', async () => {
    const target = await propose('c2', articles[2] as string, 'Une autre rédaction.');
    await refused(respond(target, 'NOTED', 'Pris en compte.', as('c1')), 'FORBIDDEN', {
      reason: 'MISSING_ROLE',
    });
    await refused(respond(target, 'REJECTED', 'Non.'), 'BAD_USER_INPUT', { field: 'body' });
    await refused(
      respond(
        target,
        'REJECTED',
        'Nous rejetons cet amendement car il est trop vague et imprécis.',
      ),
      'BAD_USER_INPUT',
    );
    await refused(
      t.graphql(
        REVISE,
        { input: { responseId, decision: 'REJECTED', body: REASONS } },
        as('otherOfficial'),
      ),
      'FORBIDDEN',
      { reason: 'NOT_AUTHOR' },
    );
    await refused(
      t.graphql(SET_POLICY, { input: { consultationId, minVotes: -1 } }, as('admin')),
      'BAD_USER_INPUT',
    );
    await refused(
      t.graphql(SET_POLICY, { input: { consultationId, deadlineDays: 10_000 } }, as('admin')),
      'BAD_USER_INPUT',
    );
    await refused(
      t.graphql(SET_POLICY, { input: { consultationId, minVotes: 2 } }, as('official')),
      'FORBIDDEN',
      { reason: 'MISSING_ROLE' },
    );
    await refused(
      t.graphql(SET_POLICY, { input: { consultationId: articles[0], minVotes: 2 } }, as('admin')),
      'BAD_USER_INPUT',
    );

    // A contribution hidden by moderation cannot be answered (and owes no answer).
    await vote(target, ['c1', 'c3', 'c4']);
    expect((await tracker()).obligations.edges.map((e) => e.node.target.id)).toContain(target);
    await ok(
      t.graphql(
        'mutation($input: ModerateInput!) { moderate(input: $input) { id } }',
        {
          input: {
            contributionId: target,
            action: 'HIDE',
            reasonCategory: 'OFF_TOPIC',
            reason: 'Sans rapport avec l’article.',
          },
        },
        as('moderator'),
      ),
    );
    await refused(respond(target, 'NOTED', 'Pris en compte.'), 'CONFLICT', {
      reason: 'TARGET_HIDDEN',
    });
    expect((await tracker()).obligations.edges.map((e) => e.node.target.id)).not.toContain(target);

    // A REJECTED with its reasons is published.
    const accepted = await ok(respond(articles[2] as string, 'REJECTED', REASONS));
    expect(accepted.publishOfficialResponse).toMatchObject({ decision: 'REJECTED' });
    await refused(respond(articles[2] as string, 'NOTED', 'Encore.'), 'CONFLICT', {
      reason: 'ALREADY_RESPONDED',
    });
  });

  it('puts the N most supported amendments of each article under obligation (most AGREE votes, ties by age)', async () => {
    const article = articles[3] as string;
    const first = await propose('c1', article, 'Première proposition.');
    const second = await propose('c2', article, 'Deuxième proposition.');
    const third = await propose('c3', article, 'Troisième proposition.');
    await vote(first, ['c4']);
    await vote(second, ['c4']);
    await vote(third, ['c4', 'c5']);
    await ok(
      t.graphql(
        SET_POLICY,
        { input: { consultationId, minVotes: 3, topPerArticle: 2, deadlineDays: 30 } },
        as('admin'),
      ),
    );
    const owed = (await tracker()).obligations.edges.map((e) => e.node);
    const onArticle = owed.filter((o) => [first, second, third].includes(o.target.id));
    expect(onArticle.map((o) => [o.target.id, o.reasons])).toEqual([
      [first, ['TOP_PER_ARTICLE']],
      [third, ['TOP_PER_ARTICLE']],
    ]);
    await ok(
      t.graphql(
        SET_POLICY,
        { input: { consultationId, minVotes: 3, topPerArticle: null, deadlineDays: 30 } },
        as('admin'),
      ),
    );
  });

  it('follows the votes until the close, then freezes; states around the deadline come from the clock', async () => {
    lateAmendment = await propose('c4', articles[4] as string, 'Une rédaction à trancher.');
    await vote(lateAmendment, ['c1', 'c2', 'c3']);
    const pending = await tracker('PENDING');
    expect(pending.obligations.edges.map((e) => e.node.target.id)).toEqual([lateAmendment]);

    // The close: the first read after it stores the obliged set, with its event.
    now = new Date(closesAt.getTime() + 1000);
    let view = await tracker();
    expect(view.responsePolicy.frozenAt).toBe(now.toISOString());
    const frozenSet = view.obligations.edges.map((e) => e.node.target.id);
    expect(frozenSet).toEqual([answeredAmendment, lateAmendment]);
    const [frozen] = await t.sql(
      `SELECT payload FROM event WHERE type = 'response.obligations.frozen'`,
    );
    expect(frozen?.payload).toMatchObject({ obligations: 2 });

    // Votes after the close change nothing (the clock says closed; the phase rules do not see it).
    const afterClose = await propose('c5', articles[4] as string, 'Proposée trop tard.');
    await vote(afterClose, ['c1', 'c2', 'c3']);
    await t.graphql(
      'mutation($id: ID!) { retractVote(targetId: $id) { total } }',
      { id: lateAmendment },
      as('c1'),
    );
    view = await tracker();
    expect(view.obligations.edges.map((e) => e.node.target.id)).toEqual(frozenSet);
    expect(view.obligations.edges[1]?.node.votes).toBe(3);
    await refused(
      t.graphql(SET_POLICY, { input: { consultationId, minVotes: 1 } }, as('admin')),
      'CONFLICT',
      { reason: 'OBLIGATIONS_FROZEN' },
    );

    const dueAt = new Date(closesAt.getTime() + 30 * DAY_MS);
    now = new Date(dueAt.getTime() - 1000);
    expect((await tracker()).obligations.edges[1]?.node.state).toBe('PENDING');
    now = new Date(dueAt.getTime() + 1000);
    view = await tracker();
    expect(view.obligations.edges[1]?.node).toMatchObject({
      state: 'OVERDUE',
      dueAt: dueAt.toISOString(),
    });
    expect(view.obligationSummary).toEqual({
      answeredOnTime: 1,
      answeredLate: 0,
      pending: 0,
      overdue: 1,
      total: 2,
    });
    const overdue = await tracker('OVERDUE');
    expect(overdue.obligations.edges.map((e) => e.node.target.id)).toEqual([lateAmendment]);

    // Answered late: ANSWERED, counted late.
    await ok(respond(lateAmendment, 'REJECTED', REASONS));
    view = await tracker();
    expect(view.obligations.edges[1]?.node).toMatchObject({
      state: 'ANSWERED',
      answeredAt: now.toISOString(),
    });
    expect(view.obligationSummary).toEqual({
      answeredOnTime: 1,
      answeredLate: 1,
      pending: 0,
      overdue: 0,
      total: 2,
    });
    const obligation = await ok(
      t.graphql<{ node: { state: string } }>(
        `query($id: ID!) { node(id: $id) { ... on Obligation { state } } }`,
        { id: gid('Obligation', uuidOf(lateAmendment)) },
      ),
    );
    expect(obligation.node.state).toBe('ANSWERED');

    // A rejected amendment: its author is told as such.
    const [told] = await t.sql(
      `SELECT n.kind, n.title FROM notification n JOIN participant p ON p.id = n.participant_id
       WHERE p.email = 'citoyen4@amendo.test' AND n.subject_id = $1`,
      [uuidOf(lateAmendment)],
    );
    expect(told).toEqual({ kind: 'AMENDMENT_REJECTED', title: 'Votre amendement a été rejeté' });
  });
});
