import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DemoSeedService } from '../src/demo/demo-seed.service.js';
import { startTestApp, type TestApp } from './test-app.js';

type Headers = Record<string, string>;

interface Hit {
  kind: string;
  title: string | null;
  rank: number;
  article: { id: string; number: number } | null;
  excerpt: { text: string; highlighted: boolean }[];
  node: { id: string; __typename: string; number?: number };
}
interface SearchData {
  search: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: Hit }[];
  };
}

const SEARCH = `query Search($slug: String!, $q: String!, $first: Int, $after: String, $kinds: [SearchKind!], $articleId: ID, $match: SearchMatch) {
  search(consultationSlug: $slug, query: $q, first: $first, after: $after, kinds: $kinds, articleId: $articleId, match: $match) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { kind title rank article { id number } excerpt { text highlighted }
      node { id __typename ... on ArticleVersion { number } } } } } }`;
const SLUG = 'schema-regional-du-numerique';

describe('search', () => {
  let t: TestApp;
  let citizen: Headers;
  let moderator: Headers;
  let admin: Headers;
  let article1: string;
  let article2: string;
  let section: string;
  const ids: Record<string, string> = {};

  const search = (q: string, options: Record<string, unknown> = {}, headers: Headers = {}) =>
    t.graphql<SearchData>(SEARCH, { slug: SLUG, q, first: 100, ...options }, headers);

  const hits = async (q: string, options: Record<string, unknown> = {}, headers: Headers = {}) => {
    const { data, errors } = await search(q, options, headers);
    if (!data) throw new Error(JSON.stringify(errors));
    return data.search.edges.map((edge) => edge.node);
  };
  const idsOf = (found: Hit[]): string[] => found.map((hit) => hit.node.id);
  const highlightedOf = (hit: Hit | undefined): string[] =>
    (hit?.excerpt ?? []).filter((part) => part.highlighted).map((part) => part.text);

  async function write<T>(query: string, input: Record<string, unknown>, as: Headers): Promise<T> {
    const { data, errors } = await t.graphql<Record<string, T>>(query, { input }, as);
    if (!data) throw new Error(JSON.stringify(errors));
    return Object.values(data)[0] as T;
  }

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    await t.app.get(DemoSeedService).seed();
    citizen = await t.as('citoyen1@amendo.test');
    moderator = await t.as('moderation@amendo.test');
    admin = await t.as('admin@amendo.test');
    const rows = await t.sql<{ id: string; number: number }>(
      'SELECT id, number FROM article ORDER BY number LIMIT 2',
    );
    const gid = (type: string, id?: string) => Buffer.from(`${type}:${id}`).toString('base64');
    article1 = gid('Article', rows[0]?.id);
    article2 = gid('Article', rows[1]?.id);
    const [first] = await t.sql<{ id: string }>('SELECT id FROM section ORDER BY position LIMIT 1');
    section = gid('Section', first?.id);

    const PROPOSE_AMENDMENT =
      'mutation($input: ProposeAmendmentInput!) { proposeAmendment(input: $input) { id } }';
    const POST_ARGUMENT =
      'mutation($input: PostArgumentInput!) { postArgument(input: $input) { id } }';
    ids.amendment = (
      await write<{ id: string }>(
        PROPOSE_AMENDMENT,
        {
          articleId: article1,
          versionNumber: 1,
          lineStart: 2,
          lineEnd: 2,
          proposedText: 'Garantir l’inclusion numérique des personnes âgées dans chaque commune.',
          rationale: 'Toute donnée à caractère personnel des usagers reste protégée.',
        },
        citizen,
      )
    ).id;
    ids.proposal = (
      await write<{ id: string }>(
        'mutation($input: ProposeArticleInput!) { proposeArticle(input: $input) { id } }',
        {
          sectionId: section,
          title: 'Un observatoire de la sobriété des centres de données',
          body: 'La Région crée un observatoire de la consommation électrique des centres de données.',
          rationale: 'Mesurer avant d’agir.',
        },
        citizen,
      )
    ).id;
    ids.argument = (
      await write<{ id: string }>(
        POST_ARGUMENT,
        {
          targetId: article1,
          stance: 'FOR',
          body: 'Les bibliothèques municipales accompagnent déjà la médiation numérique.',
        },
        citizen,
      )
    ).id;
    ids.hidden = (
      await write<{ id: string }>(
        PROPOSE_AMENDMENT,
        {
          articleId: article1,
          versionNumber: 1,
          lineStart: 3,
          lineEnd: 3,
          proposedText: 'Le xylophoniste Dupont habite 12 rue des Lilas : inclusion numérique.',
          rationale: 'Pour l’inclusion numérique.',
        },
        citizen,
      )
    ).id;
    ids.aboutHidden = (
      await write<{ id: string }>(
        POST_ARGUMENT,
        { targetId: ids.hidden, stance: 'FOR', body: 'Réponse au glockenspiel.' },
        citizen,
      )
    ).id;
    await write(
      'mutation($input: ModerateInput!) { moderate(input: $input) { id } }',
      {
        contributionId: ids.hidden,
        action: 'HIDE',
        reasonCategory: 'PERSONAL_DATA',
        reason: 'Adresse personnelle publiée.',
      },
      moderator,
    );
    // Article 2: a second version with a word that the third version drops again.
    const [v1] = await t.sql<{ text: string }>(
      'SELECT text FROM article_version WHERE article_id = $1 AND number = 1',
      [rows[1]?.id],
    );
    const PUBLISH =
      'mutation($input: PublishVersionInput!) { publishArticleVersion(input: $input) { number } }';
    await write(
      PUBLISH,
      {
        articleId: article2,
        text: `${v1?.text}\nVII. — Le palimpseste numérique des délibérations est conservé.`,
        changelog: 'Ajout du VII.',
      },
      admin,
    );
    await write(
      PUBLISH,
      { articleId: article2, text: v1?.text, changelog: 'Retrait du VII.' },
      admin,
    );
  });
  afterAll(() => t.close());

  it('finds "inclusion numérique" when asked for "inclusion numerique", with the words highlighted', async () => {
    const found = await hits('inclusion numerique', { kinds: ['AMENDMENT'] });
    expect(idsOf(found)).toEqual([ids.amendment]);
    const [hit] = found;
    expect(hit).toMatchObject({ kind: 'AMENDMENT', article: { id: article1 }, title: null });
    expect(highlightedOf(hit)).toEqual(['inclusion', 'numérique']);
    expect(hit?.excerpt.map((part) => part.text).join('')).toContain(
      'Garantir l’inclusion numérique des personnes âgées',
    );
    expect(hit?.rank).toBeGreaterThan(0);
  });

  it('matches every word in any order and inflection (French stemming), and all words must match', async () => {
    expect(idsOf(await hits('données personnelles'))).toContain(ids.amendment);
    expect(idsOf(await hits('PERSONNELLES donnees'))).toContain(ids.amendment);
    const hit = (await hits('données personnelles', { kinds: ['AMENDMENT'] }))[0];
    expect(highlightedOf(hit)).toEqual(['donnée', 'personnel']);
    expect(idsOf(await hits('observatoires électriques'))).toEqual([ids.proposal]);
    expect(await hits('observatoire introuvablissime')).toEqual([]);
  });

  it('with match: ANY, finds what shares any one word (similar contributions), best first', async () => {
    const contributions = { kinds: ['AMENDMENT', 'PROPOSAL', 'ARGUMENT'] };
    expect(await hits('observatoire bibliothèques', contributions)).toEqual([]);
    const any = await hits('observatoire bibliothèques', { ...contributions, match: 'ANY' });
    expect(idsOf(any).sort()).toEqual([ids.proposal, ids.argument].sort());
    const ranked = await hits('observatoire consommation électrique bibliothèques', {
      ...contributions,
      match: 'ANY',
    });
    expect(idsOf(ranked)).toEqual([ids.proposal, ids.argument]);
  });

  it('reads quoted words as an exact phrase', async () => {
    const contributions = { kinds: ['AMENDMENT', 'PROPOSAL', 'ARGUMENT'] };
    expect(idsOf(await hits('"personnes âgées"', contributions))).toEqual([ids.amendment]);
    expect(await hits('"âgées personnes"', contributions)).toEqual([]);
    expect(idsOf(await hits('"centres de données" observatoire', contributions))).toEqual([
      ids.proposal,
    ]);
  });

  it('matches the beginning of words with a star', async () => {
    const contributions = { kinds: ['AMENDMENT', 'PROPOSAL', 'ARGUMENT'] };
    expect(idsOf(await hits('bibliothè*', contributions))).toEqual([ids.argument]);
    expect(idsOf(await hits('BIBLIOTHE*', contributions))).toEqual([ids.argument]);
    expect(highlightedOf((await hits('bibliothe* médiation', contributions))[0])).toEqual([
      'bibliothèques',
      'médiation',
    ]);
    const numeric = await hits('numériq*', { kinds: ['AMENDMENT', 'ARGUMENT', 'PROPOSAL'] });
    expect(idsOf(numeric).sort()).toEqual([ids.amendment, ids.argument].sort());
    expect(await hits('bibliothe', contributions)).toEqual([]);
  });

  it('filters by kind and by article', async () => {
    const all = await hits('numérique');
    expect(new Set(all.map((hit) => hit.kind))).toEqual(
      new Set(['ARTICLE', 'AMENDMENT', 'ARGUMENT']),
    );
    const articles = await hits('numérique', { kinds: ['ARTICLE'] });
    expect(articles.length).toBeGreaterThan(1);
    for (const hit of articles) {
      expect(hit.node.__typename).toBe('ArticleVersion');
      expect(hit.title).toEqual(expect.any(String));
    }
    const arguments_ = await hits('numérique', { kinds: ['ARGUMENT'] });
    expect(idsOf(arguments_)).toEqual([ids.argument]);
    const onArticle1 = await hits('numérique', { articleId: article1 });
    expect(onArticle1.length).toBeGreaterThan(0);
    for (const hit of onArticle1) expect(hit.article?.id).toBe(article1);
    expect(idsOf(onArticle1)).toEqual(expect.arrayContaining([ids.amendment, ids.argument]));
    expect(await hits('observatoire', { articleId: article1 })).toEqual([]);
    const refused = await search('numérique', { articleId: section });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await t.graphql(SEARCH, { slug: 'pas-de-consultation', q: 'numérique' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('finds past versions of an article', async () => {
    const found = await hits('palimpseste');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      kind: 'ARTICLE',
      article: { id: article2 },
      node: { __typename: 'ArticleVersion', number: 2 },
    });
    expect(highlightedOf(found[0])).toEqual(['palimpseste']);
  });

  it('never finds a hidden contribution, nor shows its text in excerpts (public, author and moderator alike)', async () => {
    for (const headers of [{}, citizen, moderator]) {
      expect(await hits('xylophoniste', {}, headers)).toEqual([]);
      const found = await hits('inclusion numérique', {}, headers);
      expect(idsOf(found)).not.toContain(ids.hidden);
      expect(JSON.stringify(found)).not.toMatch(/xylophoniste|Lilas/);
    }
    // An argument about a hidden contribution is not found either.
    expect(await hits('glockenspiel')).toEqual([]);
    // Restored, both are found again.
    await write(
      'mutation($input: ModerateInput!) { moderate(input: $input) { id } }',
      {
        contributionId: ids.hidden,
        action: 'RESTORE',
        reasonCategory: 'OTHER',
        reason: 'Adresse retirée par le modérateur.',
      },
      moderator,
    );
    expect(idsOf(await hits('xylophoniste'))).toEqual([ids.hidden]);
    expect(idsOf(await hits('glockenspiel'))).toEqual([ids.aboutHidden]);
  });

  it('treats tsquery syntax, quotes, backslashes and SQL as plain separators', async () => {
    const nasty: [string, boolean][] = [
      ["numérique & | ! :* ( ) <-> \\ '", true],
      ['inclusion) | (numérique', true],
      ['!numérique', true],
      ['"inclusion & numérique"', true],
      ['inclusion\\', true],
      ["l'inclusion", true],
      ['numérique****', true],
      ['numérique:*', true],
      ["numérique '; DROP TABLE amendment; --", false],
      ["inclusion' OR '1'='1", false],
      ['$1 $2 numérique', true],
      ['numérique \u0000 \uE000 \uE001', true],
    ];
    for (const [q, matches] of nasty) {
      const { data, errors } = await search(q);
      expect({ q, errors }).toEqual({ q, errors: undefined });
      expect({ q, matches: (data?.search.totalCount ?? 0) > 0 }).toEqual({ q, matches });
    }
    for (const q of ['&|!', '"" ()', ':* \\', '*']) {
      const { errors } = await search(q);
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const [{ n }] = (await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM amendment')) as [
      { n: number },
    ];
    expect(n).toBeGreaterThan(0);
  });

  it('refuses an empty query and a 10 KB query with BAD_USER_INPUT and a clear message', async () => {
    for (const q of ['', '   ', 'numérique '.repeat(1024)]) {
      const { data, errors } = await search(q);
      expect(data).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.message).toMatch(/mot à rechercher|trop longue/);
      expect(JSON.stringify(errors)).not.toMatch(/INTERNAL_SERVER_ERROR|\n\s+at /);
    }
  });

  it('pages through the results with stable cursors, best first', async () => {
    const everything = await search('numérique');
    const total = everything.data?.search.totalCount ?? 0;
    expect(total).toBeGreaterThan(4);
    expect(everything.data?.search.edges).toHaveLength(total);
    const seen: Hit[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page += 1) {
      const { data, errors } = await search('numérique', { first: 3, after });
      if (!data) throw new Error(JSON.stringify(errors));
      expect(data.search.totalCount).toBe(total);
      seen.push(...data.search.edges.map((edge) => edge.node));
      after = data.search.pageInfo.endCursor;
      if (!data.search.pageInfo.hasNextPage) break;
    }
    expect(idsOf(seen)).toEqual(
      idsOf(everything.data?.search.edges.map((edge) => edge.node) ?? []),
    );
    const ranks = seen.map((hit) => hit.rank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    for (const [options, code] of [
      [{ first: 101 }, 'BAD_USER_INPUT'],
      [{ first: 0 }, 'BAD_USER_INPUT'],
      [{ after: 'pas-un-curseur' }, 'BAD_USER_INPUT'],
      [{ after: Buffer.from('["x","y"]').toString('base64url') }, 'BAD_USER_INPUT'],
    ] as const) {
      const { errors } = await search('numérique', options);
      expect(errors?.[0]?.extensions?.code).toBe(code);
    }
  });
});
