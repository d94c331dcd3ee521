import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { DemoSeedService } from '../src/demo/demo-seed.service.js';
import { Clock } from '../src/common/clock.js';
import { EventNotifier } from '../src/notifications/services/event-notifier.service.js';
import { MailOutbox } from '../src/notifications/services/mail-outbox.service.js';
import { NotificationWorker } from '../src/notifications/services/notification-worker.service.js';
import { type GraphQLResponse, startTestApp, type TestApp } from './test-app.js';

type Headers = Record<string, string>;

interface Received {
  readonly to: string[];
  readonly raw: string;
}

/** A real SMTP server on loopback (no TLS, no auth), keeping what it receives. */
class LoopbackSmtp {
  readonly received: Received[] = [];
  private server: SMTPServer | undefined;
  port = 0;

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      closeTimeout: 1000,
      onData: (stream, session, callback) => {
        let raw = '';
        stream.setEncoding('utf8');
        stream.on('data', (chunk: string) => (raw += chunk));
        stream.on('end', () => {
          this.received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.on('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }

  withMessageId(id: string): Received[] {
    return this.received.filter((mail) => mail.raw.includes(`Message-ID: <${id}@amendo.outbox>`));
  }
}

const uuidOf = (globalId: string): string =>
  Buffer.from(globalId, 'base64').toString().split(':')[1] ?? '';
const gid = (type: string, uuid: string): string =>
  Buffer.from(`${type}:${uuid}`).toString('base64');

const INBOX = `query($first: Int, $after: String, $unreadOnly: Boolean) { viewer {
  unreadNotificationCount
  notificationPreferences { kind byMail }
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id kind title body read readAt createdAt subject { id } } } } } }`;

interface InboxNode {
  id: string;
  kind: string;
  title: string;
  body: string;
  read: boolean;
  subject: { id: string } | null;
}
interface Inbox {
  unreadNotificationCount: number;
  notificationPreferences: { kind: string; byMail: boolean }[];
  notifications: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: { node: InboxNode }[];
  };
}

describe('notifications: inbox, email preferences, outbox delivered over SMTP', () => {
  let t: TestApp;
  let now: Date;
  const smtp = new LoopbackSmtp();
  const who: Record<string, Headers> = {};
  let articleId: string;
  let articleUuid: string;
  const as = (name: string): Headers => who[name] as Headers;

  async function ok<T>(response: Promise<GraphQLResponse<T>>): Promise<T> {
    const { data, errors } = await response;
    if (errors || !data) throw new Error(JSON.stringify(errors));
    return data;
  }

  async function inbox(name: string, variables: Record<string, unknown> = {}): Promise<Inbox> {
    return (await ok(t.graphql<{ viewer: Inbox }>(INBOX, { first: 20, ...variables }, as(name))))
      .viewer;
  }

  async function propose(author: string, text: string): Promise<string> {
    const [current] = await t.sql<{ n: number }>(
      'SELECT max(number)::int AS n FROM article_version WHERE article_id = $1',
      [articleUuid],
    );
    const data = await ok(
      t.graphql<{ proposeAmendment: { id: string } }>(
        `mutation($input: ProposeAmendmentInput!) { proposeAmendment(input: $input) { id } }`,
        {
          input: {
            articleId,
            versionNumber: current?.n ?? 1,
            lineStart: 1,
            lineEnd: 1,
            proposedText: text,
            rationale: 'Pour préciser.',
          },
        },
        as(author),
      ),
    );
    return data.proposeAmendment.id;
  }

  async function respond(targetId: string, decision = 'NOTED'): Promise<string> {
    const data = await ok(
      t.graphql<{ publishOfficialResponse: { id: string } }>(
        `mutation($input: PublishResponseInput!) { publishOfficialResponse(input: $input) { id } }`,
        { input: { targetId, decision, body: 'Nous en prenons acte et vous répondrons.' } },
        as('official'),
      ),
    );
    return data.publishOfficialResponse.id;
  }

  async function outboxOf(email: string) {
    return t.sql<{
      id: string;
      subject: string;
      status: string;
      attempts: number;
      next_attempt_at: Date;
      last_error: string | null;
      transport: string | null;
    }>(
      `SELECT o.* FROM mail_outbox o JOIN participant p ON p.id = o.participant_id
       WHERE p.email = $1 ORDER BY o.created_at, o.id`,
      [email],
    );
  }

  beforeAll(async () => {
    await smtp.start();
    const previous = process.env.SMTP_URL;
    process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
    try {
      t = await startTestApp({ demo: true });
    } finally {
      if (previous === undefined) delete process.env.SMTP_URL;
      else process.env.SMTP_URL = previous;
    }
    await t.app.get(DemoSeedService).seed();
    const worker = t.app.get(NotificationWorker);
    expect(worker.started).toBe(true);
    await worker.stop();
    expect(worker.started).toBe(false);
    now = new Date();
    jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => new Date(now));
    const [article] = await t.sql<{ id: string }>('SELECT id FROM article ORDER BY number LIMIT 1');
    articleUuid = article?.id ?? '';
    articleId = gid('Article', articleUuid);
    for (const [name, email] of Object.entries({
      admin: 'admin@amendo.test',
      official: 'elu@amendo.test',
      moderator: 'moderation@amendo.test',
      c1: 'citoyen1@amendo.test',
      c2: 'citoyen2@amendo.test',
      c3: 'citoyen3@amendo.test',
    })) {
      who[name] = await t.as(email);
    }
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
    await smtp.stop();
  });

  it('tells authors, once, when their amendment is incorporated or outdated and when moderation hides their contribution', async () => {
    const notifier = t.app.get(EventNotifier);
    expect(await notifier.processEvents()).toBe(0);
    const incorporated = await propose('c1', 'Une première ligne reformulée.');
    const outdated = await propose('c1', 'Une autre première ligne.');
    const argument = (
      await ok(
        t.graphql<{ postArgument: { id: string } }>(
          'mutation($input: PostArgumentInput!) { postArgument(input: $input) { id } }',
          { input: { targetId: articleId, stance: 'AGAINST', body: 'Hors sujet complet.' } },
          as('c2'),
        ),
      )
    ).postArgument.id;
    const [version] = await t.sql<{ text: string }>(
      `SELECT text FROM article_version WHERE article_id = $1 ORDER BY number DESC LIMIT 1`,
      [articleUuid],
    );
    const lines = (version?.text ?? '').split('\n');
    await ok(
      t.graphql(
        `mutation($input: PublishVersionInput!) { publishArticleVersion(input: $input) { number } }`,
        {
          input: {
            articleId,
            text: ['Une première ligne reformulée.', ...lines.slice(1)].join('\n'),
            changelog: 'Intègre un amendement.',
            incorporatedAmendmentIds: [incorporated],
          },
        },
        as('admin'),
      ),
    );
    await ok(
      t.graphql(
        'mutation($input: ModerateInput!) { moderate(input: $input) { id } }',
        {
          input: {
            contributionId: argument,
            action: 'HIDE',
            reasonCategory: 'OFF_TOPIC',
            reason: 'Sans rapport avec l’article.',
          },
        },
        as('moderator'),
      ),
    );
    // Nothing until the worker reads the events; then each event once.
    expect((await inbox('c1')).unreadNotificationCount).toBe(0);
    expect(await notifier.processEvents()).toBe(3);
    expect(await notifier.processEvents()).toBe(0);

    const c1 = await inbox('c1');
    expect(c1.unreadNotificationCount).toBe(2);
    expect(c1.notifications.edges.map((e) => [e.node.kind, e.node.subject?.id]).sort()).toEqual(
      [
        ['AMENDMENT_INCORPORATED', incorporated],
        ['AMENDMENT_OUTDATED', outdated],
      ].sort(),
    );
    const c2 = await inbox('c2');
    expect(c2.notifications.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        kind: 'CONTRIBUTION_HIDDEN',
        title: 'Votre argument a été masqué par la modération',
        subject: { id: argument },
      }),
    ]);
    expect(c2.notifications.edges[0]?.node.body).toContain('motif : Sans rapport avec l’article.');
    expect(await outboxOf('citoyen1@amendo.test')).toHaveLength(2);
    expect(await outboxOf('citoyen2@amendo.test')).toHaveLength(1);
  });

  it('keeps an event committed late behind a hole in the sequence, and passes a hole left by a rollback', async () => {
    const notifier = t.app.get(EventNotifier);
    const amendment = await propose('c3', 'Une troisième rédaction.');
    const outdated = async (run: (sql: string, values: unknown[]) => Promise<unknown>) =>
      run(
        `INSERT INTO event (type, subject_type, subject_id, article_id, payload)
         VALUES ('amendment.outdated', 'Amendment', $1, $2, $3)`,
        [
          uuidOf(amendment),
          articleUuid,
          JSON.stringify({ authorId: await idOf('citoyen3@amendo.test') }),
        ],
      );
    const later = () =>
      t.sql(
        `INSERT INTO event (type, subject_type, subject_id) VALUES ('test.later', 'Amendment', $1)`,
        [uuidOf(amendment)],
      );

    // A transaction takes a seq and stays open while a later event commits.
    const held = t.app.get(DataSource).createQueryRunner();
    await held.connect();
    try {
      await held.startTransaction();
      await outdated((sql, values) => held.query(sql, values));
      await later();
      expect(await notifier.processEvents()).toBe(0);
      await held.commitTransaction();
      expect(await notifier.processEvents()).toBe(1);

      await held.startTransaction();
      await outdated((sql, values) => held.query(sql, values));
      await held.rollbackTransaction();
    } finally {
      await held.release();
    }
    await outdated((sql, values) => t.sql(sql, values));
    expect(await notifier.processEvents()).toBe(1);
    expect((await inbox('c3')).notifications.totalCount).toBe(2);
  });

  async function idOf(email: string): Promise<string> {
    const [row] = await t.sql<{ id: string }>('SELECT id FROM participant WHERE email = $1', [
      email,
    ]);
    return row?.id ?? '';
  }

  it('pages the inbox, marks notifications read, and shows a notification to its recipient only', async () => {
    const first = await inbox('c1', { first: 1 });
    expect(first.notifications).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const second = await inbox('c1', { first: 1, after: first.notifications.pageInfo.endCursor });
    expect(second.notifications.pageInfo.hasNextPage).toBe(false);
    const [a, b] = [first.notifications.edges[0]?.node, second.notifications.edges[0]?.node];
    expect(a?.id).not.toBe(b?.id);

    const NODE = `query($id: ID!) { node(id: $id) { ... on Notification { kind } } }`;
    expect((await ok(t.graphql<{ node: unknown }>(NODE, { id: a?.id }, as('c2')))).node).toBeNull();
    expect((await ok(t.graphql<{ node: unknown }>(NODE, { id: a?.id }))).node).toBeNull();
    expect(
      (await ok(t.graphql<{ node: { kind: string } }>(NODE, { id: a?.id }, as('c1')))).node.kind,
    ).toBe(a?.kind);

    // Someone else's ids change nothing.
    const c2Id = (await inbox('c2')).notifications.edges[0]?.node.id;
    const marked = await ok(
      t.graphql<{ markNotificationsRead: number }>(
        'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
        { ids: [a?.id, c2Id] },
        as('c1'),
      ),
    );
    expect(marked.markNotificationsRead).toBe(1);
    expect((await inbox('c2')).unreadNotificationCount).toBe(1);
    const unread = await inbox('c1', { unreadOnly: true });
    expect(unread.notifications.edges.map((e) => e.node.id)).toEqual([b?.id]);
    expect(
      (
        await ok(
          t.graphql<{ markAllNotificationsRead: number }>(
            'mutation { markAllNotificationsRead }',
            {},
            as('c1'),
          ),
        )
      ).markAllNotificationsRead,
    ).toBe(0);
    expect((await inbox('c1')).notifications.edges.every((e) => e.node.read)).toBe(true);
    const bad = await t.graphql(
      'mutation { markNotificationsRead(ids: ["pas-un-id"]) }',
      {},
      as('c1'),
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('emails only the kinds a participant wants', async () => {
    const before = await inbox('c3');
    expect(before.notificationPreferences).toContainEqual({
      kind: 'OFFICIAL_RESPONSE',
      byMail: true,
    });
    const set = await ok(
      t.graphql<{ setNotificationPreferences: { kind: string; byMail: boolean }[] }>(
        `mutation($input: SetNotificationPreferencesInput!) { setNotificationPreferences(input: $input) { kind byMail } }`,
        { input: { preferences: [{ kind: 'OFFICIAL_RESPONSE', byMail: false }] } },
        as('c3'),
      ),
    );
    expect(set.setNotificationPreferences).toContainEqual({
      kind: 'OFFICIAL_RESPONSE',
      byMail: false,
    });
    expect(set.setNotificationPreferences).toContainEqual({
      kind: 'AMENDMENT_OUTDATED',
      byMail: true,
    });
    const mailsBefore = (await outboxOf('citoyen3@amendo.test')).length;
    const amendment = await propose('c3', 'Une quatrième rédaction.');
    await respond(amendment);
    const after = await inbox('c3');
    expect(after.notifications.edges.map((e) => e.node)).toContainEqual(
      expect.objectContaining({ kind: 'OFFICIAL_RESPONSE', subject: { id: amendment } }),
    );
    expect(await outboxOf('citoyen3@amendo.test')).toHaveLength(mailsBefore);
    const [event] = await t.sql(
      `SELECT payload FROM event WHERE type = 'notification.preferences.changed'`,
    );
    expect(event?.payload).toEqual({ byMail: { OFFICIAL_RESPONSE: false } });
  });

  it('delivers over SMTP; while the server is down, retries with back-off and loses nothing; the mail then arrives exactly once', async () => {
    const outbox = t.app.get(MailOutbox);
    const pending =
      (
        await t.sql<{ n: number }>(
          `SELECT count(*)::int AS n FROM mail_outbox WHERE status = 'PENDING'`,
        )
      )[0]?.n ?? 0;
    expect(pending).toBeGreaterThan(0);
    expect(await outbox.deliverDue()).toEqual({
      sent: pending,
      retried: 0,
      failed: 0,
      cancelled: 0,
    });
    const [first] = await outboxOf('citoyen1@amendo.test');
    expect(first).toMatchObject({ status: 'SENT', transport: 'smtp', attempts: 1 });
    const delivered = smtp.withMessageId(first?.id ?? '');
    expect(delivered).toHaveLength(1);
    expect(delivered[0]?.to).toEqual(['citoyen1@amendo.test']);
    expect(delivered[0]?.raw).toMatch(/Subject: =\?UTF-8\?|Subject: \[Amendo\]/);

    // The server goes down: the attempt fails, the mail waits 30 s, then 1 min, then 2 min…
    await smtp.stop();
    const amendment = await propose('c1', 'Une cinquième rédaction.');
    await respond(amendment);
    const [mail] = (await outboxOf('citoyen1@amendo.test')).filter((m) => m.status === 'PENDING');
    expect(await outbox.deliverDue()).toEqual({ sent: 0, retried: 1, failed: 0, cancelled: 0 });
    let row = (await outboxOf('citoyen1@amendo.test')).find((m) => m.id === mail?.id);
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(row?.last_error).toBeTruthy();
    expect(row?.next_attempt_at.getTime()).toBe(now.getTime() + 30_000);
    expect(await outbox.deliverDue()).toEqual({ sent: 0, retried: 0, failed: 0, cancelled: 0 });
    now = new Date(now.getTime() + 30_000);
    expect(await outbox.deliverDue()).toEqual({ sent: 0, retried: 1, failed: 0, cancelled: 0 });
    row = (await outboxOf('citoyen1@amendo.test')).find((m) => m.id === mail?.id);
    expect(row).toMatchObject({ status: 'PENDING', attempts: 2 });
    expect(row?.next_attempt_at.getTime()).toBe(now.getTime() + 60_000);

    // Back up: nothing before the retry is due, then the mail arrives, once.
    await smtp.start();
    now = new Date(now.getTime() + 59_000);
    expect(await outbox.deliverDue()).toEqual({ sent: 0, retried: 0, failed: 0, cancelled: 0 });
    now = new Date(now.getTime() + 1_000);
    expect(await outbox.deliverDue()).toEqual({ sent: 1, retried: 0, failed: 0, cancelled: 0 });
    expect(await outbox.deliverDue()).toEqual({ sent: 0, retried: 0, failed: 0, cancelled: 0 });
    row = (await outboxOf('citoyen1@amendo.test')).find((m) => m.id === mail?.id);
    expect(row).toMatchObject({ status: 'SENT', transport: 'smtp', attempts: 3, last_error: null });
    expect(smtp.withMessageId(mail?.id ?? '')).toHaveLength(1);
    expect(
      smtp.received.map((m) => m.raw).filter((raw) => raw.includes(mail?.id ?? '')),
    ).toHaveLength(1);
  });

  it('runs as a worker that starts and stops', async () => {
    const worker = t.app.get(NotificationWorker);
    worker.start(50);
    expect(worker.started).toBe(true);
    await worker.runOnce();
    await worker.stop();
    expect(worker.started).toBe(false);
  });
});
