import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DemoSeedService } from '../src/demo/demo-seed.service.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * The authorization matrix: every mutation × every kind of participant, with the expected
 * outcome, generated from the one table below. A mutation in the schema without its row fails
 * the test, so a new mutation cannot ship without saying who may call it.
 */

const WHO = [
  'anonymous',
  'citizen',
  'suspended',
  'official',
  'moderator',
  'facilitator',
  'admin',
] as const;
type Who = (typeof WHO)[number];
/** `allowed`: the access rules let the call through (it may still fail on its input). */
type Outcome = 'allowed' | 'NOT_LOGGED_IN' | 'SUSPENDED' | 'MISSING_ROLE';

const ACCOUNTS: Record<Exclude<Who, 'anonymous'>, string> = {
  citizen: 'citoyen1@amendo.test',
  suspended: 'citoyen2@amendo.test',
  official: 'elu@amendo.test',
  moderator: 'moderation@amendo.test',
  facilitator: 'mediation@amendo.test',
  admin: 'admin@amendo.test',
};

const rule = (outcomes: Partial<Record<Who, Outcome>>, otherwise: Outcome): Record<Who, Outcome> =>
  Object.fromEntries(WHO.map((who) => [who, outcomes[who] ?? otherwise])) as Record<Who, Outcome>;

/** Anyone. */
const PUBLIC = rule({}, 'allowed');
/** Logged in, suspended included (their account, logout, appeals). */
const ACCOUNT_HOLDER = rule({ anonymous: 'NOT_LOGGED_IN' }, 'allowed');
/** Logged in and not suspended (contributions, votes). */
const CONTRIBUTOR = rule({ anonymous: 'NOT_LOGGED_IN', suspended: 'SUSPENDED' }, 'allowed');
const only = (who: Who): Record<Who, Outcome> =>
  rule({ anonymous: 'NOT_LOGGED_IN', suspended: 'SUSPENDED', [who]: 'allowed' }, 'MISSING_ROLE');
const ADMIN = only('admin');

interface Context {
  /** A fresh unique string, for emails and names. */
  unique(): string;
  participantId: string;
  sectionId: string;
  articleId: string;
  consultationId: string;
}

interface Row {
  readonly access: Record<Who, Outcome>;
  /** The call; inputs are chosen so that an allowed call changes nothing that matters to other cells. */
  readonly call: (context: Context) => { query: string; variables?: Record<string, unknown> };
}

const NIL = '00000000-0000-4000-8000-000000000000';
const gid = (type: string, id = NIL): string => Buffer.from(`${type}:${id}`).toString('base64');

const MATRIX: Record<string, Row> = {
  register: {
    access: PUBLIC,
    call: (c) => ({
      query: 'mutation($input: RegisterInput!) { register(input: $input) { token } }',
      variables: {
        input: {
          email: `${c.unique()}@example.org`,
          password: 'phrase-de-passe-longue',
          displayName: 'Matrice',
        },
      },
    }),
  },
  login: {
    access: PUBLIC,
    call: () => ({
      query:
        'mutation { login(input: { email: "personne@example.org", password: "mauvais-mot-de-passe" }) { token } }',
    }),
  },
  logout: { access: ACCOUNT_HOLDER, call: () => ({ query: 'mutation { logout }' }) },
  logoutEverywhere: {
    access: ACCOUNT_HOLDER,
    call: () => ({ query: 'mutation { logoutEverywhere }' }),
  },
  updateAccount: {
    access: ACCOUNT_HOLDER,
    call: () => ({
      query:
        'mutation { updateAccount(input: { currentPassword: "faux", newPassword: "nouvelle-phrase-longue" }) { id } }',
    }),
  },
  deleteAccount: {
    access: ACCOUNT_HOLDER,
    call: () => ({ query: 'mutation { deleteAccount(password: "pas-le-bon") }' }),
  },
  grantRole: {
    access: ADMIN,
    call: () => ({
      query: `mutation { grantRole(input: { participantId: "${gid('Participant')}", role: MODERATOR }) { id } }`,
    }),
  },
  revokeRole: {
    access: ADMIN,
    call: () => ({
      query: `mutation { revokeRole(input: { participantId: "${gid('Participant')}", role: MODERATOR }) { id } }`,
    }),
  },
  // The consultation's plan (issue 3): ids that name nothing, so an allowed call writes nothing.
  createConsultation: {
    access: ADMIN,
    call: () => ({
      query: 'mutation { createConsultation(input: { slug: "Pas Un Slug", title: "x" }) { id } }',
    }),
  },
  updateConsultation: {
    access: ADMIN,
    call: () => ({
      query: `mutation { updateConsultation(input: { consultationId: "${gid('Consultation')}", title: "x" }) { id } }`,
    }),
  },
  openConsultation: {
    access: ADMIN,
    call: () => ({
      query: `mutation { openConsultation(input: { consultationId: "${gid('Consultation')}" }) { id } }`,
    }),
  },
  closeConsultation: {
    access: ADMIN,
    call: () => ({
      query: `mutation { closeConsultation(input: { consultationId: "${gid('Consultation')}" }) { id } }`,
    }),
  },
  createSection: {
    access: ADMIN,
    call: () => ({
      query: `mutation { createSection(input: { consultationId: "${gid('Consultation')}", title: "x" }) { id } }`,
    }),
  },
  updateSection: {
    access: ADMIN,
    call: () => ({
      query: `mutation { updateSection(input: { sectionId: "${gid('Section')}", title: "x" }) { id } }`,
    }),
  },
  createArticle: {
    access: ADMIN,
    call: () => ({
      query: `mutation { createArticle(input: { sectionId: "${gid('Section')}", title: "x", text: "x" }) { id } }`,
    }),
  },
  updateArticle: {
    access: ADMIN,
    call: () => ({
      query: `mutation { updateArticle(input: { articleId: "${gid('Article')}", title: "x" }) { id } }`,
    }),
  },
  publishArticleVersion: {
    access: ADMIN,
    call: () => ({
      query: `mutation { publishArticleVersion(input: { articleId: "${gid('Article')}", text: "x", changelog: "x" }) { id } }`,
    }),
  },
  // Amendments and proposed articles (issue 5): ids that name nothing, so an allowed call writes
  // nothing. Author-only actions are CONTRIBUTOR here; the service refuses non-authors (FORBIDDEN).
  proposeAmendment: {
    access: CONTRIBUTOR,
    call: () => ({
      query: `mutation { proposeAmendment(input: { articleId: "${gid('Article')}", versionNumber: 1, lineStart: 1, lineEnd: 1, proposedText: "x", rationale: "x" }) { id } }`,
    }),
  },
  editAmendment: {
    access: CONTRIBUTOR,
    call: () => ({
      query: `mutation { editAmendment(input: { amendmentId: "${gid('Amendment')}", rationale: "x" }) { id } }`,
    }),
  },
  withdrawAmendment: {
    access: CONTRIBUTOR,
    call: () => ({ query: `mutation { withdrawAmendment(id: "${gid('Amendment')}") { id } }` }),
  },
  reproposeAmendment: {
    access: CONTRIBUTOR,
    call: () => ({
      query: `mutation { reproposeAmendment(input: { amendmentId: "${gid('Amendment')}", versionNumber: 1, lineStart: 1, lineEnd: 1 }) { id } }`,
    }),
  },
  proposeArticle: {
    access: CONTRIBUTOR,
    call: () => ({
      query: `mutation { proposeArticle(input: { sectionId: "${gid('Section')}", title: "x", body: "x", rationale: "x" }) { id } }`,
    }),
  },
  editProposal: {
    access: CONTRIBUTOR,
    call: () => ({
      query: `mutation { editProposal(input: { proposalId: "${gid('Proposal')}", title: "x" }) { id } }`,
    }),
  },
  withdrawProposal: {
    access: CONTRIBUTOR,
    call: () => ({ query: `mutation { withdrawProposal(id: "${gid('Proposal')}") { id } }` }),
  },
  adoptProposal: {
    access: ADMIN,
    call: () => ({
      query: `mutation { adoptProposal(input: { proposalId: "${gid('Proposal')}" }) { id } }`,
    }),
  },
  castVote: {
    access: CONTRIBUTOR,
    call: (c) => ({
      query: `mutation { castVote(input: { targetId: "${c.articleId}", value: MIXED }) { total } }`,
    }),
  },
  retractVote: {
    access: CONTRIBUTOR,
    call: (c) => ({ query: `mutation { retractVote(targetId: "${c.articleId}") { total } }` }),
  },
  postArgument: {
    access: CONTRIBUTOR,
    call: (c) => ({
      query: `mutation { postArgument(input: { targetId: "${c.articleId}", stance: FOR, body: "Un argument de la matrice." }) { id } }`,
    }),
  },
  editArgument: {
    access: CONTRIBUTOR,
    call: () => ({
      query: `mutation { editArgument(input: { argumentId: "${gid('Argument')}", body: "Modifié." }) { id } }`,
    }),
  },
  markConvincing: {
    access: CONTRIBUTOR,
    call: () => ({ query: `mutation { markConvincing(argumentId: "${gid('Argument')}") { id } }` }),
  },
  unmarkConvincing: {
    access: CONTRIBUTOR,
    call: () => ({
      query: `mutation { unmarkConvincing(argumentId: "${gid('Argument')}") { id } }`,
    }),
  },
  reportContribution: {
    access: CONTRIBUTOR,
    call: () => ({
      query: `mutation { reportContribution(input: { contributionId: "${gid('Argument')}", reason: SPAM }) { id } }`,
    }),
  },
  moderate: {
    access: only('moderator'),
    call: () => ({
      query: `mutation { moderate(input: { contributionId: "${gid('Argument')}", action: HIDE, reasonCategory: SPAM, reason: "Publicité sans rapport avec le texte." }) { id } }`,
    }),
  },
  appealModeration: {
    access: ACCOUNT_HOLDER,
    call: () => ({
      query: `mutation { appealModeration(input: { moderationActionId: "${gid('ModerationAction')}", text: "Je conteste ce masquage." }) { id } }`,
    }),
  },
  decideAppeal: {
    access: only('moderator'),
    call: () => ({
      query: `mutation { decideAppeal(input: { appealId: "${gid('Appeal')}", grant: false, reason: "Le masquage était justifié." }) { id } }`,
    }),
  },
  setModerationSettings: {
    access: ADMIN,
    call: (c) => ({
      query: `mutation { setModerationSettings(input: { consultationId: "${c.consultationId}", autoHideThreshold: 3, reporterMinAccountDays: 0 }) { autoHideThreshold } }`,
    }),
  },
  addSource: {
    access: CONTRIBUTOR,
    call: (c) => ({
      query: `mutation($input: AddSourceInput!) { addSource(input: $input) { id } }`,
      variables: {
        input: {
          targetId: c.articleId,
          url: `https://www.exemple.fr/${c.unique()}`,
          title: 'Source de la matrice',
        },
      },
    }),
  },
  // Official responses and notifications (issue 7): ids that name nothing, so an allowed call
  // writes nothing. Revising someone else's response is refused by the service (FORBIDDEN).
  publishOfficialResponse: {
    access: only('official'),
    call: () => ({
      query: `mutation { publishOfficialResponse(input: { targetId: "${gid('Amendment')}", decision: NOTED, body: "Pris en compte." }) { id } }`,
    }),
  },
  publishOfficialResponseDraft: {
    access: only('official'),
    call: () => ({
      query: `mutation { publishOfficialResponseDraft(id: "${gid('OfficialResponse')}") { id } }`,
    }),
  },
  reviseOfficialResponse: {
    access: only('official'),
    call: () => ({
      query: `mutation { reviseOfficialResponse(input: { responseId: "${gid('OfficialResponse')}", decision: NOTED, body: "Révisée." }) { id } }`,
    }),
  },
  setResponsePolicy: {
    access: ADMIN,
    call: () => ({
      query: `mutation { setResponsePolicy(input: { consultationId: "${gid('Consultation')}", minVotes: 3 }) { id } }`,
    }),
  },
  // Workshops (issue 12): a consultation id that names nothing, so an allowed call writes nothing.
  recordWorkshop: {
    access: only('facilitator'),
    call: () => ({
      query: `mutation { recordWorkshop(input: { consultationId: "${gid('Consultation')}", title: "Atelier", place: "Châteauroux", heldOn: "2026-03-17", participantCount: 12 }) { id } }`,
    }),
  },
  markNotificationsRead: {
    access: ACCOUNT_HOLDER,
    call: () => ({ query: `mutation { markNotificationsRead(ids: ["${gid('Notification')}"]) }` }),
  },
  markAllNotificationsRead: {
    access: ACCOUNT_HOLDER,
    call: () => ({ query: 'mutation { markAllNotificationsRead }' }),
  },
  setNotificationPreferences: {
    access: ACCOUNT_HOLDER,
    call: () => ({
      query: 'mutation { setNotificationPreferences(input: { preferences: [] }) { kind byMail } }',
    }),
  },
};

function outcomeOf(errors: { extensions?: Record<string, unknown> }[] | undefined): Outcome {
  const reason = errors
    ?.map((error) => error.extensions?.reason)
    .find((r) => typeof r === 'string');
  if (reason === 'NOT_LOGGED_IN' || reason === 'SUSPENDED' || reason === 'MISSING_ROLE')
    return reason;
  return 'allowed';
}

describe('authorization matrix', () => {
  let t: TestApp;
  let context: Context;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    await t.app.get(DemoSeedService).seed();
    await t.sql(
      `UPDATE participant SET suspended_until = now() + interval '30 days' WHERE email = $1`,
      [ACCOUNTS.suspended],
    );
    const [ids] = await t.sql<Record<string, string>>(`
      SELECT (SELECT id FROM participant WHERE email = 'citoyen5@amendo.test') AS participant,
             (SELECT id FROM consultation LIMIT 1) AS consultation,
             (SELECT id FROM section ORDER BY position LIMIT 1) AS section,
             (SELECT id FROM article ORDER BY number LIMIT 1) AS article`);
    let counter = 0;
    context = {
      unique: () => `matrice-${Date.now().toString(36)}-${(counter += 1)}`,
      participantId: gid('Participant', ids?.participant),
      consultationId: gid('Consultation', ids?.consultation),
      sectionId: gid('Section', ids?.section),
      articleId: gid('Article', ids?.article),
    };
  });
  afterAll(() => t.close());

  it('has a row for every mutation of the schema, and none for a mutation that does not exist', async () => {
    const { data } = await t.graphql<{ __type: { fields: { name: string }[] } }>(
      '{ __type(name: "Mutation") { fields { name } } }',
    );
    const mutations = (data?.__type.fields ?? []).map((field) => field.name).sort();
    expect(Object.keys(MATRIX).sort()).toEqual(mutations);
  });

  for (const [mutation, row] of Object.entries(MATRIX)) {
    it(`${mutation}: ${WHO.map((who) => `${who} ${row.access[who]}`).join(', ')}`, async () => {
      const seen: Record<string, Outcome> = {};
      for (const who of WHO) {
        const headers = who === 'anonymous' ? {} : await t.as(ACCOUNTS[who]);
        const { query, variables } = row.call(context);
        const { errors } = await t.graphql(query, variables, headers);
        expect(JSON.stringify(errors ?? [])).not.toMatch(/INTERNAL_SERVER_ERROR|\n\s+at /);
        seen[who] = outcomeOf(errors);
      }
      expect(seen).toEqual(row.access);
    });
  }
});
