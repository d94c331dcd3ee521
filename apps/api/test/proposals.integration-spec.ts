import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { toGlobalId } from '../src/common/global-id.js';
import { TargetRegistry } from '../src/common/target-registry.js';
import { DemoSeedService } from '../src/demo/demo-seed.service.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './test-app.js';

const PROPOSAL_FIELDS = `
  id title body rationale status createdAt updatedAt
  section { id } author { id displayName }
  adoptedAs { id number title section { id } currentVersion { number text } adoptedFrom { id } }
  revisions { number kind title body rationale lineStart }`;

const PROPOSE = `mutation Propose($input: ProposeArticleInput!) {
  proposeArticle(input: $input) { ${PROPOSAL_FIELDS} } }`;
const EDIT = `mutation Edit($input: EditProposalInput!) {
  editProposal(input: $input) { ${PROPOSAL_FIELDS} } }`;
const WITHDRAW = `mutation Withdraw($id: ID!) { withdrawProposal(id: $id) { ${PROPOSAL_FIELDS} } }`;
const ADOPT = `mutation Adopt($input: AdoptProposalInput!) {
  adoptProposal(input: $input) { ${PROPOSAL_FIELDS} } }`;
const PROPOSAL = `query Proposal($id: ID!) { proposal(id: $id) { ${PROPOSAL_FIELDS} } }`;
const SECTION_PROPOSALS = `query Proposals($slug: String!, $first: Int, $after: String,
    $orderBy: ContributionOrder, $seed: Int, $status: ProposalStatus) {
  consultation(slug: $slug) { sections { id
    proposals(first: $first, after: $after, orderBy: $orderBy, seed: $seed, status: $status) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title status } }
    } } } }`;

interface ProposalData {
  id: string;
  title: string;
  body: string;
  rationale: string;
  status: string;
  createdAt: string;
  updatedAt: string;
  section: { id: string };
  author: { id: string; displayName: string } | null;
  adoptedAs: {
    id: string;
    number: number;
    title: string;
    section: { id: string };
    currentVersion: { number: number; text: string };
    adoptedFrom: { id: string } | null;
  } | null;
  revisions: { number: number; kind: string; title: string; body: string; rationale: string }[];
}
interface SectionsData {
  consultation: {
    sections: {
      id: string;
      proposals: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { cursor: string; node: { id: string; title: string; status: string } }[];
      };
    }[];
  };
}

type Headers = Record<string, string>;
const SLUG = 'schema-regional-du-numerique';
const codeOf = (response: GraphQLResponse<unknown>): string | undefined =>
  response.errors?.[0]?.extensions?.code;
const messageOf = (response: GraphQLResponse<unknown>): string =>
  response.errors?.[0]?.message ?? '';

describe('proposed articles through GraphQL', () => {
  let t: TestApp;
  let admin: Headers;
  let c1: Headers;
  let c2: Headers;
  let c1Id: string;
  let sectionIds: string[] = [];

  const counts = async (): Promise<Record<string, number | string>> => {
    const [row] = await t.sql<Record<string, number | string>>(`
      SELECT (SELECT count(*) FROM proposal)::int AS proposals,
             (SELECT count(*) FROM proposal_revision)::int AS revisions,
             (SELECT count(*) FROM article)::int AS articles,
             (SELECT count(*) FROM article_version)::int AS versions,
             (SELECT md5(string_agg(id::text || status || title || body || rationale, ',' ORDER BY id)) FROM proposal) AS state,
             (SELECT count(*) FROM event)::int AS events`);
    return row ?? {};
  };

  const data = <T>(response: GraphQLResponse<T>): T => {
    expect(response.errors).toBeUndefined();
    if (!response.data) throw new Error('no data');
    return response.data;
  };

  const propose = (headers: Headers, input: Record<string, unknown>) =>
    t.graphql<{ proposeArticle: ProposalData }>(PROPOSE, { input }, headers);

  const refused = async (
    write: () => Promise<GraphQLResponse<unknown>>,
    code: string,
    message?: RegExp,
  ): Promise<void> => {
    const before = await counts();
    const response = await write();
    expect({ code: codeOf(response), message: messageOf(response) }).toMatchObject({
      code,
      ...(message ? { message: expect.stringMatching(message) } : {}),
    });
    expect(await counts()).toEqual(before);
  };

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    await t.app.get(DemoSeedService).seed();
    admin = await t.as('admin@amendo.test');
    c1 = await t.as('citoyen1@amendo.test');
    c2 = await t.as('citoyen2@amendo.test');
    const [row] = await t.sql<{ id: string }>(
      `SELECT id FROM participant WHERE email = 'citoyen1@amendo.test'`,
    );
    c1Id = toGlobalId('Participant', row?.id ?? '');
    const sections = await t.sql<{ id: string }>('SELECT id FROM section ORDER BY position');
    sectionIds = sections.map((section) => toGlobalId('Section', section.id));
  });
  afterAll(() => t.close());

  it('proposes an article, edits it, and an admin adopts it as a new article of its section', async () => {
    const sectionId = sectionIds[0] as string;
    const body = 'I. — La Région ouvre ses données.\r\n\t1° Sous licence ouverte.   \n\n';
    const created = data(
      await propose(c1, {
        sectionId,
        title: '  Des données\nouvertes  ',
        body,
        rationale: 'La transparence.\n\nEt la réutilisation.',
      }),
    ).proposeArticle;
    expect(created).toMatchObject({
      title: 'Des données ouvertes',
      body: 'I. — La Région ouvre ses données.\n\t1° Sous licence ouverte.',
      rationale: 'La transparence.\n\nEt la réutilisation.',
      status: 'OPEN',
      section: { id: sectionId },
      author: { id: c1Id },
      adoptedAs: null,
      revisions: [{ number: 1, kind: 'CREATED', title: 'Des données ouvertes', lineStart: null }],
    });

    const node = data(
      await t.graphql<{ node: { id: string; title: string } | null }>(
        'query($id: ID!) { node(id: $id) { id ... on Proposal { title } } }',
        { id: created.id },
      ),
    );
    expect(node.node).toEqual({ id: created.id, title: 'Des données ouvertes' });
    expect(await t.app.get(TargetRegistry).resolve(created.id, ['Proposal'])).toMatchObject({
      kind: 'Proposal',
      articleId: null,
      active: true,
      hidden: false,
    });

    await refused(
      () => t.graphql(EDIT, { input: { proposalId: created.id, title: 'Autre' } }, c2),
      'FORBIDDEN',
      /Seule la personne/,
    );
    await refused(
      () =>
        t.graphql(EDIT, { input: { proposalId: created.id, title: 'Des données ouvertes' } }, c1),
      'BAD_USER_INPUT',
      /Rien n’a changé/,
    );
    const edited = data(
      await t.graphql<{ editProposal: ProposalData }>(
        EDIT,
        { input: { proposalId: created.id, body: `${created.body}\n\t2° Gratuitement.` } },
        c1,
      ),
    ).editProposal;
    expect(edited.revisions.map((r) => [r.number, r.kind])).toEqual([
      [1, 'CREATED'],
      [2, 'EDITED'],
    ]);
    expect(edited.revisions[1]?.body).toBe(
      'I. — La Région ouvre ses données.\n\t1° Sous licence ouverte.\n\t2° Gratuitement.',
    );

    const articlesBefore = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM article');
    await refused(
      () => t.graphql(ADOPT, { input: { proposalId: created.id } }, c1),
      'FORBIDDEN',
      /rôle/,
    );
    const adopted = data(
      await t.graphql<{ adoptProposal: ProposalData }>(
        ADOPT,
        { input: { proposalId: created.id, title: 'Des données publiques ouvertes' } },
        admin,
      ),
    ).adoptProposal;
    expect(adopted).toMatchObject({
      status: 'ADOPTED',
      adoptedAs: {
        title: 'Des données publiques ouvertes',
        section: { id: sectionId },
        currentVersion: { number: 1, text: edited.body },
        adoptedFrom: { id: created.id },
      },
    });
    expect(adopted.revisions.at(-1)?.kind).toBe('ADOPTED');
    const articlesAfter = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM article');
    expect(articlesAfter[0]?.n).toBe((articlesBefore[0]?.n ?? 0) + 1);
    // The new article is the last of its section, numbered in reading order.
    const plan = data(
      await t.graphql<{
        consultation: { sections: { id: string; articles: { id: string; number: number }[] }[] };
      }>(
        'query($slug: String!) { consultation(slug: $slug) { sections { id articles { id number } } } }',
        {
          slug: SLUG,
        },
      ),
    );
    const section = plan.consultation.sections.find((s) => s.id === sectionId);
    expect(section?.articles.at(-1)?.id).toBe(adopted.adoptedAs?.id);
    const events = await t.sql<{ type: string }>(
      `SELECT type FROM event WHERE subject_id = $1 OR subject_id = $2 ORDER BY seq`,
      [
        Buffer.from(created.id, 'base64').toString().split(':')[1],
        Buffer.from(adopted.adoptedAs?.id ?? '', 'base64')
          .toString()
          .split(':')[1],
      ],
    );
    expect(events.map((e) => e.type)).toEqual([
      'proposal.proposed',
      'proposal.edited',
      'article.created',
      'proposal.adopted',
    ]);

    // Amendments can be proposed on the adopted article straight away.
    const amended = await t.graphql<{ proposeAmendment: { lineStart: number } }>(
      `mutation($input: ProposeAmendmentInput!) { proposeAmendment(input: $input) { lineStart } }`,
      {
        input: {
          articleId: adopted.adoptedAs?.id,
          versionNumber: 1,
          lineStart: 3,
          lineEnd: 2,
          proposedText: '\t3° Dans un format ouvert.',
          rationale: 'Compléter.',
        },
      },
      c2,
    );
    expect(data(amended).proposeAmendment.lineStart).toBe(3);

    // Adopted: neither adopted again, nor edited, nor withdrawn.
    await refused(
      () => t.graphql(ADOPT, { input: { proposalId: created.id } }, admin),
      'CONFLICT',
      /adoptée/,
    );
    await refused(
      () => t.graphql(EDIT, { input: { proposalId: created.id, title: 'Encore' } }, c1),
      'CONFLICT',
      /adoptée/,
    );
    await refused(() => t.graphql(WITHDRAW, { id: created.id }, c1), 'CONFLICT', /adoptée/);
  });

  it('refuses bad input with a coded French error, writing nothing', async () => {
    const sectionId = sectionIds[1] as string;
    const base = { sectionId, title: 'Titre', body: 'Texte.', rationale: 'Motif.' };
    await refused(() => propose(c1, { ...base, title: '   ' }), 'BAD_USER_INPUT', /titre est vide/);
    await refused(
      () => propose(c1, { ...base, title: 'x'.repeat(201) }),
      'BAD_USER_INPUT',
      /201 caractères ; 200 au plus/,
    );
    await refused(() => propose(c1, { ...base, body: '\n \n' }), 'BAD_USER_INPUT', /vide/);
    await refused(
      () => propose(c1, { ...base, body: 'x'.repeat(50_001) }),
      'BAD_USER_INPUT',
      /50\s001 caractères/,
    );
    await refused(() => propose(c1, { ...base, body: 'a\u0000b' }), 'BAD_USER_INPUT', /U\+0000/);
    await refused(() => propose(c1, { ...base, body: 'a\u0085b' }), 'BAD_USER_INPUT', /U\+0085/);
    await refused(() => propose(c1, { ...base, title: 'a\u001bb' }), 'BAD_USER_INPUT', /contrôle/);
    await refused(
      () => propose(c1, { ...base, rationale: '' }),
      'BAD_USER_INPUT',
      /motifs est vide/,
    );
    await refused(
      () =>
        propose(c1, {
          ...base,
          sectionId: toGlobalId('Section', '00000000-0000-4000-8000-000000000000'),
        }),
      'NOT_FOUND',
    );
    await refused(
      () =>
        propose(c1, {
          ...base,
          sectionId: toGlobalId('Article', '00000000-0000-4000-8000-000000000000'),
        }),
      'BAD_USER_INPUT',
      /attendu : Section/,
    );
    await refused(() => propose({}, base), 'UNAUTHENTICATED');
    await refused(
      () => propose(c1, { ...base, body: 'é'.repeat(1_000_000) }),
      'BAD_USER_INPUT',
      /trop volumineuse/,
    );

    // A body of 50,000 characters with tabs and line breaks is fine.
    const long = `${'Ligne\tavec tabulation.\n'.repeat(2083)}${'x'.repeat(8)}`;
    expect([...long.trimEnd()].length).toBeLessThanOrEqual(50_000);
    const accepted = data(await propose(c1, { ...base, body: long })).proposeArticle;
    expect(accepted.body).toBe(long);

    await t.sql('UPDATE consultation SET proposals_open = false');
    try {
      await refused(() => propose(c1, base), 'FORBIDDEN', /propositions d’articles sont fermées/);
      await refused(() => t.graphql(WITHDRAW, { id: accepted.id }, c1), 'FORBIDDEN', /fermées/);
    } finally {
      await t.sql('UPDATE consultation SET proposals_open = true');
    }
    await t.sql(
      `UPDATE consultation SET opens_at = now() - interval '2 days', closes_at = now() - interval '1 second'`,
    );
    try {
      await refused(() => propose(c1, base), 'FORBIDDEN', /La consultation est close/);
      await refused(
        () => t.graphql(EDIT, { input: { proposalId: accepted.id, title: 'Autre' } }, c1),
        'FORBIDDEN',
        /close/,
      );
    } finally {
      await t.sql(`UPDATE consultation SET closes_at = now() + interval '60 days'`);
    }

    await refused(() => t.graphql(WITHDRAW, { id: accepted.id }, c2), 'FORBIDDEN');
    const withdrawn = data(
      await t.graphql<{ withdrawProposal: ProposalData }>(WITHDRAW, { id: accepted.id }, c1),
    ).withdrawProposal;
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect(await t.app.get(TargetRegistry).resolve(accepted.id, ['Proposal'])).toMatchObject({
      active: false,
    });
    await refused(() => t.graphql(WITHDRAW, { id: accepted.id }, c1), 'CONFLICT', /retirée/);
    await refused(
      () => t.graphql(EDIT, { input: { proposalId: accepted.id, title: 'Autre' } }, c1),
      'CONFLICT',
      /retirée/,
    );
    await refused(
      () => t.graphql(ADOPT, { input: { proposalId: accepted.id } }, admin),
      'CONFLICT',
      /retirée/,
    );
    await refused(
      () =>
        t.graphql(
          ADOPT,
          { input: { proposalId: toGlobalId('Proposal', '00000000-0000-4000-8000-000000000000') } },
          admin,
        ),
      'NOT_FOUND',
    );
  });

  it('refuses to edit a proposal someone has voted on', async () => {
    const created = data(
      await propose(c1, {
        sectionId: sectionIds[2],
        title: 'Voté',
        body: 'Texte.',
        rationale: 'Motif.',
      }),
    ).proposeArticle;
    // A real vote, through the API (the deliberation context's tally and event included).
    const vote = await t.graphql(
      'mutation($input: CastVoteInput!) { castVote(input: $input) { total } }',
      { input: { targetId: created.id, value: 'MIXED' } },
      await t.as('citoyen3@amendo.test'),
    );
    expect(vote.errors).toBeUndefined();
    await refused(
      () => t.graphql(EDIT, { input: { proposalId: created.id, body: 'Autre texte.' } }, c1),
      'CONFLICT',
      /reçu des votes/,
    );
  });

  it('lists the proposals of a section in the public orders, with stable keyset pages', async () => {
    const sectionId = sectionIds[3] as string;
    const created: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      const proposal = data(
        await propose(i % 2 ? c1 : c2, {
          sectionId,
          title: `Proposition ${i}`,
          body: `Texte ${i}.`,
          rationale: 'Motif.',
        }),
      ).proposeArticle;
      created.push(proposal.id);
    }
    data(await t.graphql(WITHDRAW, { id: created[1] }, c1));
    const sectionOf = async (vars: Record<string, unknown>) => {
      const result = data(
        await t.graphql<SectionsData>(SECTION_PROPOSALS, { slug: SLUG, ...vars }),
      );
      const section = result.consultation.sections.find((s) => s.id === sectionId);
      if (!section) throw new Error('no section');
      return section.proposals;
    };
    const all = async (vars: Record<string, unknown>): Promise<string[]> => {
      const ids: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await sectionOf({ ...vars, first: 3, after });
        ids.push(...page.edges.map((edge) => edge.node.id));
        if (!page.pageInfo.hasNextPage) return ids;
        after = page.pageInfo.endCursor;
      }
    };
    expect(await all({ orderBy: 'OLDEST' })).toEqual(created);
    expect(await all({ orderBy: 'NEWEST' })).toEqual([...created].reverse());
    const random = await all({ orderBy: 'RANDOM', seed: 3 });
    expect([...random].sort()).toEqual([...created].sort());
    expect(await all({ orderBy: 'RANDOM', seed: 3 })).toEqual(random);
    expect((await sectionOf({ status: 'OPEN' })).totalCount).toBe(6);
    expect((await sectionOf({ status: 'WITHDRAWN' })).edges.map((e) => e.node.id)).toEqual([
      created[1],
    ]);
    const proposal = data(
      await t.graphql<{ proposal: ProposalData | null }>(PROPOSAL, { id: created[0] }),
    );
    expect(proposal.proposal?.title).toBe('Proposition 0');
    const notOne = data(
      await t.graphql<{ proposal: ProposalData | null }>(PROPOSAL, { id: sectionId }),
    );
    expect(notOne.proposal).toBeNull();
  });
});
