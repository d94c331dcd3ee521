import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DemoSeedService } from '../src/demo/demo-seed.service.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './test-app.js';

/**
 * Workshops (issue 12): a facilitator records a physical workshop and enters the amendments,
 * proposals and arguments collected there on its behalf. They carry their provenance everywhere
 * (GraphQL, lists, responses, obligations, exports); bad input gets a coded error, never a 500.
 */

type Headers = Record<string, string>;
const SLUG = 'schema-regional-du-numerique';
const gid = (type: string, uuid: string): string =>
  Buffer.from(`${type}:${uuid}`).toString('base64');
const uuidOf = (globalId: string): string =>
  Buffer.from(globalId, 'base64').toString().split(':')[1] ?? '';
const NIL = '00000000-0000-4000-8000-000000000000';

const WORKSHOP_FIELDS = `id title place heldOn participantCount createdAt
  consultation { slug } facilitator { displayName }`;
const RECORD = `mutation($input: RecordWorkshopInput!) { recordWorkshop(input: $input) { ${WORKSHOP_FIELDS} } }`;
const PROPOSE_AMENDMENT = `mutation($input: ProposeAmendmentInput!) { proposeAmendment(input: $input) {
  id author { displayName } workshop { id title place heldOn } } }`;
const PROPOSE_ARTICLE = `mutation($input: ProposeArticleInput!) { proposeArticle(input: $input) {
  id title author { displayName } workshop { id title } } }`;
const POST_ARGUMENT = `mutation($input: PostArgumentInput!) { postArgument(input: $input) {
  id stance author { displayName } workshop { id title } } }`;

/** Today in Paris, shifted by `days`: `YYYY-MM-DD`. */
function day(days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describe('workshops', () => {
  let t: TestApp;
  const who: Record<string, Headers> = {};
  let consultationId: string;
  let articleId: string;
  let sectionId: string;
  let workshop: { id: string; title: string; place: string; heldOn: string };
  const entered: Record<string, string> = {};

  const errorOf = (
    response: GraphQLResponse,
  ): { code?: unknown; field?: unknown; reason?: unknown } => {
    expect(JSON.stringify(response.errors ?? [])).not.toMatch(/INTERNAL_SERVER_ERROR/);
    const extensions = response.errors?.[0]?.extensions ?? {};
    return { code: extensions.code, field: extensions.field, reason: extensions.reason };
  };
  async function ok<T>(
    query: string,
    input: Record<string, unknown>,
    headers: Headers,
  ): Promise<T> {
    const { data, errors } = await t.graphql<T>(query, { input }, headers);
    if (!data || errors) throw new Error(JSON.stringify(errors));
    return data;
  }
  const counts = async (): Promise<Record<string, number>> => {
    const [row] = await t.sql<Record<string, number>>(`SELECT
      (SELECT count(*)::int FROM workshop) AS workshops,
      (SELECT count(*)::int FROM amendment) AS amendments,
      (SELECT count(*)::int FROM proposal) AS proposals,
      (SELECT count(*)::int FROM argument) AS arguments,
      (SELECT count(*)::int FROM event) AS events`);
    return row ?? {};
  };

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    await t.app.get(DemoSeedService).seed();
    for (const [name, email] of Object.entries({
      facilitator: 'mediation@amendo.test',
      citizen: 'citoyen1@amendo.test',
      c2: 'citoyen2@amendo.test',
      c3: 'citoyen3@amendo.test',
      official: 'elu@amendo.test',
      admin: 'admin@amendo.test',
    })) {
      who[name] = await t.as(email);
    }
    const [ids] = await t.sql<{ consultation: string; article: string; section: string }>(`
      SELECT (SELECT id FROM consultation WHERE slug = '${SLUG}') AS consultation,
             a.id AS article, a.section_id AS section
      FROM article a ORDER BY a.number LIMIT 1`);
    consultationId = gid('Consultation', ids?.consultation ?? NIL);
    articleId = gid('Article', ids?.article ?? NIL);
    sectionId = gid('Section', ids?.section ?? NIL);
  });
  afterAll(() => t.close());

  it('lets a facilitator record a workshop, listed on its consultation, with its event', async () => {
    const data = await ok<{ recordWorkshop: typeof workshop }>(
      RECORD,
      {
        consultationId,
        title: '  Citoyenneté  ',
        place: 'Châteauroux',
        heldOn: day(-2),
        participantCount: 23,
      },
      who.facilitator as Headers,
    );
    workshop = data.recordWorkshop;
    expect(workshop).toMatchObject({
      title: 'Citoyenneté',
      place: 'Châteauroux',
      heldOn: day(-2),
      participantCount: 23,
      consultation: { slug: SLUG },
      facilitator: { displayName: expect.any(String) },
    });
    const [event] = await t.sql<{ type: string; payload: Record<string, unknown> }>(
      `SELECT type, payload FROM event WHERE subject_id = $1`,
      [uuidOf(workshop.id)],
    );
    expect(event).toEqual({
      type: 'workshop.recorded',
      payload: {
        title: 'Citoyenneté',
        place: 'Châteauroux',
        heldOn: day(-2),
        participantCount: 23,
      },
    });
    const list = await t.graphql<{
      consultation: { workshops: { totalCount: number; edges: { node: { id: string } }[] } };
    }>(
      `query($slug: String!) { consultation(slug: $slug) { workshops(first: 10) {
      totalCount edges { node { id } } } } }`,
      { slug: SLUG },
    );
    expect(list.data?.consultation.workshops.totalCount).toBe(1);
    expect(list.data?.consultation.workshops.edges[0]?.node.id).toBe(workshop.id);
    const node = await t.graphql<{ node: { title: string } | null }>(
      'query($id: ID!) { node(id: $id) { ... on Workshop { title } } }',
      { id: workshop.id },
    );
    expect(node.data?.node?.title).toBe('Citoyenneté');
    // Public: no email anywhere on the type.
    const fields = await t.graphql<{ __type: { fields: { name: string }[] } }>(
      '{ __type(name: "Workshop") { fields { name } } }',
    );
    expect(fields.data?.__type.fields.map((f) => f.name)).not.toContain('email');
  });

  it('refuses a bad workshop with a coded error naming the field, writing nothing', async () => {
    const before = await counts();
    const valid = {
      consultationId,
      title: 'Sobriété',
      place: 'Bourges',
      heldOn: day(-1),
      participantCount: 12,
    };
    const cases: [Record<string, unknown>, Headers, Record<string, unknown>][] = [
      [{ title: '   ' }, who.facilitator as Headers, { code: 'BAD_USER_INPUT', field: 'title' }],
      [{ place: '' }, who.facilitator as Headers, { code: 'BAD_USER_INPUT', field: 'place' }],
      [
        { participantCount: 0 },
        who.facilitator as Headers,
        { code: 'BAD_USER_INPUT', field: 'participantCount' },
      ],
      [
        { participantCount: 250_000 },
        who.facilitator as Headers,
        { code: 'BAD_USER_INPUT', field: 'participantCount' },
      ],
      [
        { heldOn: '2099-06-01' },
        who.facilitator as Headers,
        { code: 'BAD_USER_INPUT', field: 'heldOn' },
      ],
      [{ heldOn: day(2) }, who.facilitator as Headers, { code: 'BAD_USER_INPUT', field: 'heldOn' }],
      [
        { heldOn: '2026-02-30' },
        who.facilitator as Headers,
        { code: 'BAD_USER_INPUT', field: 'heldOn' },
      ],
      [
        { heldOn: '17 mars' },
        who.facilitator as Headers,
        { code: 'BAD_USER_INPUT', field: 'heldOn' },
      ],
      [
        { heldOn: '1999-01-01' },
        who.facilitator as Headers,
        { code: 'BAD_USER_INPUT', field: 'heldOn' },
      ],
      [
        { consultationId: gid('Consultation', NIL) },
        who.facilitator as Headers,
        { code: 'NOT_FOUND' },
      ],
      [{ consultationId: 'pas-un-id' }, who.facilitator as Headers, { code: 'BAD_USER_INPUT' }],
      [{}, who.citizen as Headers, { code: 'FORBIDDEN', reason: 'MISSING_ROLE' }],
      [{}, who.official as Headers, { code: 'FORBIDDEN', reason: 'MISSING_ROLE' }],
      [{}, {}, { code: 'UNAUTHENTICATED' }],
    ];
    for (const [change, headers, expected] of cases) {
      const response = await t.graphql(RECORD, { input: { ...valid, ...change } }, headers);
      expect([change, errorOf(response)]).toEqual([change, expect.objectContaining(expected)]);
    }
    const typed = await t.graphql(
      RECORD,
      { input: { ...valid, participantCount: 'vingt' } },
      who.facilitator,
    );
    expect(errorOf(typed).code).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
  });

  it('enters an amendment, a proposal and an argument on behalf of the workshop', async () => {
    const amendment = await ok<{
      proposeAmendment: { id: string; author: { displayName: string }; workshop: unknown };
    }>(
      PROPOSE_AMENDMENT,
      {
        articleId,
        versionNumber: 1,
        lineStart: 1,
        lineEnd: 1,
        proposedText: 'Une rédaction issue de l’atelier.',
        rationale: 'Proposé par les participants de l’atelier Citoyenneté.',
        workshopId: workshop.id,
      },
      who.facilitator as Headers,
    );
    expect(amendment.proposeAmendment.workshop).toEqual({
      id: workshop.id,
      title: 'Citoyenneté',
      place: 'Châteauroux',
      heldOn: day(-2),
    });
    entered.amendment = amendment.proposeAmendment.id;
    const proposal = await ok<{ proposeArticle: { id: string; workshop: unknown } }>(
      PROPOSE_ARTICLE,
      {
        sectionId,
        title: 'Des médiateurs numériques dans chaque canton',
        body: 'Chaque canton dispose d’un médiateur numérique.',
        rationale: 'Demandé à l’atelier.',
        workshopId: workshop.id,
      },
      who.facilitator as Headers,
    );
    expect(proposal.proposeArticle.workshop).toEqual({ id: workshop.id, title: 'Citoyenneté' });
    entered.proposal = proposal.proposeArticle.id;
    const argument = await ok<{ postArgument: { id: string; workshop: unknown } }>(
      POST_ARGUMENT,
      {
        targetId: articleId,
        stance: 'AGAINST',
        body: 'Les participants craignent l’exclusion des personnes sans ordinateur.',
        workshopId: workshop.id,
      },
      who.facilitator as Headers,
    );
    expect(argument.postArgument.workshop).toEqual({ id: workshop.id, title: 'Citoyenneté' });
    entered.argument = argument.postArgument.id;

    const rows = await t.sql<{
      kind: string;
      workshop_id: string;
      type: string;
      payload: Record<string, unknown>;
    }>(
      `SELECT e.subject_type AS kind, e.type, e.payload,
              coalesce(m.workshop_id, p.workshop_id, g.workshop_id) AS workshop_id
       FROM event e
       LEFT JOIN amendment m ON m.id = e.subject_id
       LEFT JOIN proposal p ON p.id = e.subject_id
       LEFT JOIN argument g ON g.id = e.subject_id
       WHERE e.subject_id = ANY($1::uuid[]) ORDER BY e.seq`,
      [[entered.amendment, entered.proposal, entered.argument].map((id) => uuidOf(id as string))],
    );
    expect(rows.map((row) => [row.type, row.workshop_id, row.payload.workshopId])).toEqual([
      ['amendment.proposed', uuidOf(workshop.id), uuidOf(workshop.id)],
      ['proposal.proposed', uuidOf(workshop.id), uuidOf(workshop.id)],
      ['argument.posted', uuidOf(workshop.id), uuidOf(workshop.id)],
    ]);
  });

  it('shows the provenance in every list and order, and counts the entries like any other', async () => {
    // Online contributions beside them, to compare.
    await ok(
      PROPOSE_AMENDMENT,
      {
        articleId,
        versionNumber: 1,
        lineStart: 2,
        lineEnd: 2,
        proposedText: 'En ligne.',
        rationale: 'En ligne.',
      },
      who.citizen as Headers,
    );
    await ok(
      POST_ARGUMENT,
      { targetId: articleId, stance: 'FOR', body: 'En ligne.' },
      who.citizen as Headers,
    );
    await ok(
      'mutation($input: CastVoteInput!) { castVote(input: $input) { total } }',
      {
        targetId: entered.amendment,
        value: 'AGREE',
      },
      who.c2 as Headers,
    );
    for (const order of ['NEWEST', 'OLDEST', 'MOST_AGREED', 'MOST_VOTED', 'RANDOM']) {
      const { data, errors } = await t.graphql<{
        article: {
          amendments: {
            totalCount: number;
            edges: { node: { id: string; workshop: { id: string } | null } }[];
          };
          arguments: {
            totalCount: number;
            edges: { node: { id: string; workshop: { id: string } | null } }[];
          };
          section: {
            proposals: {
              totalCount: number;
              edges: { node: { id: string; workshop: { id: string } | null } }[];
            };
          };
        };
      }>(
        `query($id: ID!, $order: ContributionOrder) { article(id: $id) {
          amendments(first: 50, orderBy: $order) { totalCount edges { node { id workshop { id } } } }
          arguments(first: 50, orderBy: $order) { totalCount edges { node { id workshop { id } } } }
          section { proposals(first: 50, orderBy: $order) { totalCount edges { node { id workshop { id } } } } } } }`,
        { id: articleId, order: order },
      );
      expect(errors).toBeUndefined();
      const article = data?.article;
      expect(article?.amendments.totalCount).toBe(2);
      expect(article?.arguments.totalCount).toBe(2);
      const provenance = (edges: { node: { id: string; workshop: { id: string } | null } }[]) =>
        Object.fromEntries(edges.map((edge) => [edge.node.id, edge.node.workshop?.id ?? null]));
      expect(provenance(article?.amendments.edges ?? [])[entered.amendment as string]).toBe(
        workshop.id,
      );
      expect(Object.values(provenance(article?.amendments.edges ?? []))).toContain(null);
      expect(provenance(article?.arguments.edges ?? [])[entered.argument as string]).toBe(
        workshop.id,
      );
      expect(provenance(article?.section.proposals.edges ?? [])[entered.proposal as string]).toBe(
        workshop.id,
      );
    }
    const stats = await t.graphql<{ consultation: { stats: Record<string, number> } }>(
      'query($slug: String!) { consultation(slug: $slug) { stats { amendments proposals arguments } } }',
      { slug: SLUG },
    );
    if (!stats.errors) {
      expect(stats.data?.consultation.stats).toMatchObject({
        amendments: 2,
        proposals: 1,
        arguments: 2,
      });
    }
  });

  it('lets officials answer workshop contributions, and the response policy oblige an answer', async () => {
    await ok(
      'mutation($input: ResponsePolicyInput!) { setResponsePolicy(input: $input) { id } }',
      { consultationId, minVotes: 2, deadlineDays: 30 },
      who.admin as Headers,
    );
    await ok(
      'mutation($input: CastVoteInput!) { castVote(input: $input) { total } }',
      {
        targetId: entered.amendment,
        value: 'MIXED',
      },
      who.c3 as Headers,
    );
    const OBLIGATIONS = `query($slug: String!) { consultation(slug: $slug) {
      obligations(first: 50) { edges { node { state target { id ... on Amendment { workshop { id } } } } } } } }`;
    const pending = await t.graphql<{
      consultation: {
        obligations: {
          edges: { node: { state: string; target: { id: string; workshop?: { id: string } } } }[];
        };
      };
    }>(OBLIGATIONS, { slug: SLUG });
    expect(pending.data?.consultation.obligations.edges.map((e) => e.node)).toEqual([
      { state: 'PENDING', target: { id: entered.amendment, workshop: { id: workshop.id } } },
    ]);
    for (const targetId of [entered.amendment, entered.proposal, entered.argument]) {
      await ok(
        'mutation($input: PublishResponseInput!) { publishOfficialResponse(input: $input) { id } }',
        { targetId, decision: 'UNDER_STUDY', body: 'Nous étudions la contribution de l’atelier.' },
        who.official as Headers,
      );
    }
    const answered = await t.graphql<typeof pending.data>(OBLIGATIONS, { slug: SLUG });
    expect(answered.data?.consultation.obligations.edges[0]?.node.state).toBe('ANSWERED');
    const responses = await t.graphql<{ amendment: { officialResponses: { decision: string }[] } }>(
      'query($id: ID!) { amendment(id: $id) { officialResponses { decision } } }',
      { id: entered.amendment },
    );
    expect(responses.data?.amendment.officialResponses).toEqual([{ decision: 'UNDER_STUDY' }]);
  });

  it('refuses bad entries with coded errors, writing nothing', async () => {
    // A workshop of another consultation, open too.
    const other = await ok<{ createConsultation: { id: string } }>(
      'mutation($input: CreateConsultationInput!) { createConsultation(input: $input) { id } }',
      {
        slug: 'autre-consultation',
        title: 'Une autre consultation',
        opensAt: new Date(Date.now() - 86_400_000).toISOString(),
        closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      },
      who.admin as Headers,
    );
    const elsewhere = await ok<{ recordWorkshop: { id: string } }>(
      RECORD,
      {
        consultationId: other.createConsultation.id,
        title: 'Ailleurs',
        place: 'Tours',
        heldOn: day(),
        participantCount: 5,
      },
      who.facilitator as Headers,
    );
    const before = await counts();
    const amendment = {
      articleId,
      versionNumber: 1,
      lineStart: 3,
      lineEnd: 3,
      proposedText: 'Autre chose.',
      rationale: 'Parce que.',
    };
    const proposal = { sectionId, title: 'Titre', body: 'Corps.', rationale: 'Motifs.' };
    const argument = { targetId: articleId, stance: 'FOR', body: 'Un argument.' };
    const cases: [string, Record<string, unknown>, Headers, Record<string, unknown>][] = [
      // A citizen posting as a workshop.
      [
        PROPOSE_AMENDMENT,
        { ...amendment, workshopId: workshop.id },
        who.citizen as Headers,
        { code: 'FORBIDDEN', reason: 'NOT_FACILITATOR', field: 'workshopId' },
      ],
      [
        PROPOSE_ARTICLE,
        { ...proposal, workshopId: workshop.id },
        who.citizen as Headers,
        { code: 'FORBIDDEN', reason: 'NOT_FACILITATOR' },
      ],
      [
        POST_ARGUMENT,
        { ...argument, workshopId: workshop.id },
        who.official as Headers,
        { code: 'FORBIDDEN', reason: 'NOT_FACILITATOR' },
      ],
      // A facilitator entry without a workshop.
      [
        PROPOSE_AMENDMENT,
        amendment,
        who.facilitator as Headers,
        { code: 'BAD_USER_INPUT', reason: 'WORKSHOP_REQUIRED', field: 'workshopId' },
      ],
      [
        PROPOSE_ARTICLE,
        { ...proposal, workshopId: null },
        who.facilitator as Headers,
        { code: 'BAD_USER_INPUT', reason: 'WORKSHOP_REQUIRED' },
      ],
      [
        POST_ARGUMENT,
        argument,
        who.facilitator as Headers,
        { code: 'BAD_USER_INPUT', reason: 'WORKSHOP_REQUIRED' },
      ],
      // Unknown, malformed, or another consultation's workshop.
      [
        PROPOSE_AMENDMENT,
        { ...amendment, workshopId: gid('Workshop', NIL) },
        who.facilitator as Headers,
        { code: 'NOT_FOUND', field: 'workshopId' },
      ],
      [
        POST_ARGUMENT,
        { ...argument, workshopId: gid('Workshop', NIL) },
        who.facilitator as Headers,
        { code: 'NOT_FOUND' },
      ],
      [
        PROPOSE_ARTICLE,
        { ...proposal, workshopId: 'atelier' },
        who.facilitator as Headers,
        { code: 'BAD_USER_INPUT' },
      ],
      [
        PROPOSE_ARTICLE,
        { ...proposal, workshopId: articleId },
        who.facilitator as Headers,
        { code: 'BAD_USER_INPUT' },
      ],
      [
        PROPOSE_AMENDMENT,
        { ...amendment, workshopId: elsewhere.recordWorkshop.id },
        who.facilitator as Headers,
        { code: 'BAD_USER_INPUT', reason: 'OTHER_CONSULTATION' },
      ],
      [
        POST_ARGUMENT,
        { ...argument, workshopId: elsewhere.recordWorkshop.id },
        who.facilitator as Headers,
        { code: 'BAD_USER_INPUT', reason: 'OTHER_CONSULTATION' },
      ],
    ];
    for (const [query, input, headers, expected] of cases) {
      const response = await t.graphql(query, { input }, headers);
      expect([query.slice(0, 40), input.workshopId, errorOf(response)]).toEqual([
        query.slice(0, 40),
        input.workshopId,
        expect.objectContaining(expected),
      ]);
    }
    expect(await counts()).toEqual(before);
  });

  it('never lets a facilitator vote on behalf of anyone: castVote takes no workshop', async () => {
    const input = await t.graphql<{ __type: { inputFields: { name: string }[] } }>(
      '{ __type(name: "CastVoteInput") { inputFields { name } } }',
    );
    expect(input.data?.__type.inputFields.map((field) => field.name).sort()).toEqual([
      'targetId',
      'value',
    ]);
    const refused = await t.graphql(
      'mutation($input: CastVoteInput!) { castVote(input: $input) { total } }',
      { input: { targetId: entered.amendment, value: 'AGREE', workshopId: workshop.id } },
      who.facilitator,
    );
    expect(errorOf(refused).code).toBe('BAD_USER_INPUT');
    const [votes] = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM vote v JOIN participant p ON p.id = v.participant_id
       WHERE p.email = 'mediation@amendo.test'`,
    );
    expect(votes?.n).toBe(0);
  });

  it('refuses workshops once the consultation is closed', async () => {
    const [other] = await t.sql<{ id: string }>(
      `SELECT id FROM consultation WHERE slug = 'autre-consultation'`,
    );
    await t.sql(`UPDATE consultation SET closes_at = now() - interval '1 hour' WHERE id = $1`, [
      other?.id,
    ]);
    const response = await t.graphql(
      RECORD,
      {
        input: {
          consultationId: gid('Consultation', other?.id ?? NIL),
          title: 'Trop tard',
          place: 'Tours',
          heldOn: day(-1),
          participantCount: 8,
        },
      },
      who.facilitator,
    );
    expect(errorOf(response)).toMatchObject({ code: 'FORBIDDEN', reason: 'PHASE' });
  });

  it('exports the workshops and the provenance of amendments, proposals and arguments', async () => {
    const base = `${t.url}/open-data/${SLUG}`;
    const pkg = (await (await fetch(`${base}/datapackage.json`)).json()) as {
      resources: { path: string; schema: { fields: { name: string }[] } }[];
    };
    const workshops = pkg.resources.find((resource) => resource.path === 'workshops.ndjson');
    expect(workshops?.schema.fields.map((field) => field.name)).toEqual([
      'id',
      'title',
      'place',
      'held_on',
      'participant_count',
      'facilitator',
      'created_at',
    ]);
    const ndjson = async (name: string): Promise<Record<string, unknown>[]> =>
      (await (await fetch(`${base}/${name}.ndjson`)).text())
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    const [exported] = await ndjson('workshops');
    expect(exported).toMatchObject({
      id: uuidOf(workshop.id),
      title: 'Citoyenneté',
      place: 'Châteauroux',
      held_on: day(-2),
      participant_count: 23,
      facilitator: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    for (const [name, id] of [
      ['amendments', entered.amendment],
      ['proposals', entered.proposal],
      ['arguments', entered.argument],
    ] as const) {
      const rows = await ndjson(name);
      const row = rows.find((r) => r.id === uuidOf(id as string));
      expect([name, row?.workshop_id, row?.author]).toEqual([
        name,
        uuidOf(workshop.id),
        exported?.facilitator,
      ]);
      expect(rows.some((r) => r.workshop_id === null)).toBe(
        name === 'proposals' ? rows.length > 1 : true,
      );
    }
    const csv = await (await fetch(`${base}/amendments.csv`)).text();
    expect(csv.split('\n')[0]).toContain('workshop_id');
    expect(csv).toContain(uuidOf(workshop.id));
  });
});
