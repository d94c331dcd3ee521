import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { toGlobalId } from '../src/common/global-id.js';
import { DemoSeedService } from '../src/demo/demo-seed.service.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './test-app.js';

const SLUG = 'schema-regional-du-numerique';

const PLAN = `
  query Plan($slug: String!) {
    consultation(slug: $slug) {
      id phase settings { amendmentsOpen proposalsOpen votesOpen argumentsOpen }
      rules { phase amendmentsOpen proposalsOpen votesOpen argumentsOpen }
      sections { id articles { id number title } }
    }
  }`;

const ARTICLE = `
  query Article($id: ID!) {
    article(id: $id) {
      id number title position section { id } consultation { slug }
      currentVersion { id number text lines { number text } }
      versions { id number text changelog publishedAt lines { number text } article { id } }
      v1: version(number: 1) { number lines { number text } }
      missing: version(number: 99) { number }
    }
  }`;

const PUBLISH = `
  mutation Publish($input: PublishVersionInput!) {
    publishArticleVersion(input: $input) { id number text changelog publishedAt lines { number text } }
  }`;

const DIFF = `
  query Diff($id: ID!, $from: Int!, $to: Int!) {
    article(id: $id) {
      diff(fromVersion: $from, toVersion: $to) {
        kind oldStart oldEnd newStart newEnd segments { kind text }
      }
    }
  }`;

interface Line {
  number: number;
  text: string;
}
interface Version {
  id: string;
  number: number;
  text: string;
  changelog: string;
  publishedAt: string;
  lines: Line[];
}
interface ArticleData {
  article: {
    id: string;
    number: number;
    title: string;
    position: number;
    section: { id: string };
    consultation: { slug: string };
    currentVersion: Version;
    versions: (Version & { article: { id: string } })[];
    v1: { number: number; lines: Line[] } | null;
    missing: { number: number } | null;
  } | null;
}
interface PlanData {
  consultation: {
    id: string;
    phase: string;
    settings: Record<string, boolean>;
    rules: Record<string, unknown>;
    sections: { id: string; articles: { id: string; number: number; title: string }[] }[];
  };
}

const codeOf = (response: GraphQLResponse<unknown>): string | undefined =>
  response.errors?.[0]?.extensions?.code;

describe('article versions through GraphQL', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  let citizen: Record<string, string>;
  let adminId: string;
  let plan: PlanData['consultation'];

  /** Rows that a refused write must leave as they are. */
  const counts = async (): Promise<Record<string, number>> => {
    const [row] = await t.sql<Record<string, number>>(`
      SELECT (SELECT count(*) FROM consultation)::int AS consultations,
             (SELECT count(*) FROM section)::int AS sections,
             (SELECT count(*) FROM article)::int AS articles,
             (SELECT count(*) FROM article_version)::int AS versions,
             (SELECT count(*) FROM event)::int AS events`);
    return row ?? {};
  };

  const articleOf = async (id: string): Promise<NonNullable<ArticleData['article']>> => {
    const { data, errors } = await t.graphql<ArticleData>(ARTICLE, { id });
    expect(errors).toBeUndefined();
    if (!data?.article) throw new Error(`no article ${id}`);
    return data.article;
  };

  const publish = (
    input: Record<string, unknown>,
    headers: Record<string, string> | undefined = admin,
  ): Promise<GraphQLResponse<{ publishArticleVersion: Version }>> =>
    t.graphql<{ publishArticleVersion: Version }>(PUBLISH, { input }, headers);

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    await t.app.get(DemoSeedService).seed();
    admin = await t.as('admin@amendo.test');
    citizen = await t.as('citoyen1@amendo.test');
    const [row] = await t.sql<{ id: string }>(
      "SELECT id FROM participant WHERE email = 'admin@amendo.test'",
    );
    adminId = row?.id ?? '';
    const { data } = await t.graphql<PlanData>(PLAN, { slug: SLUG });
    if (!data) throw new Error('no demo consultation');
    plan = data.consultation;
  });
  afterAll(() => t.close());

  it('reads an article: its current version, its versions and their numbered lines', async () => {
    const first = plan.sections[0]?.articles[0];
    const article = await articleOf(first?.id ?? '');
    expect(article).toMatchObject({ id: first?.id, number: 1, position: 1 });
    expect(article.consultation.slug).toBe(SLUG);
    expect(article.currentVersion.number).toBe(1);
    expect(article.versions.map((v) => v.number)).toEqual([1]);
    expect(article.versions[0]?.article.id).toBe(article.id);
    const lines = article.currentVersion.text.split('\n');
    expect(article.currentVersion.lines).toEqual(
      lines.map((text, index) => ({ number: index + 1, text })),
    );
    expect(article.v1?.lines).toEqual(article.currentVersion.lines);
    expect(article.missing).toBeNull();

    const node = await t.graphql<{ node: { __typename: string; number: number } | null }>(
      'query N($id: ID!) { node(id: $id) { __typename ... on ArticleVersion { number } } }',
      { id: article.currentVersion.id },
    );
    expect(node.data?.node).toEqual({ __typename: 'ArticleVersion', number: 1 });
  });

  it('answers null for an id that names no article', async () => {
    for (const id of [
      toGlobalId('Article', randomUUID()),
      plan.sections[0]?.id ?? '',
      'not-an-id',
    ]) {
      const { data, errors } = await t.graphql<ArticleData>(ARTICLE, { id });
      expect(errors).toBeUndefined();
      expect(data?.article).toBeNull();
    }
  });

  it('exposes the phase settings and the rules they give now', () => {
    expect(plan.phase).toBe('OPEN');
    expect(plan.settings).toEqual({
      amendmentsOpen: true,
      proposalsOpen: true,
      votesOpen: true,
      argumentsOpen: true,
    });
    expect(plan.rules).toEqual({
      phase: 'OPEN',
      amendmentsOpen: true,
      proposalsOpen: true,
      votesOpen: true,
      argumentsOpen: true,
    });
  });

  it('publishes version 2 (normalised); versions 1 and 2 both stay readable, and the diff shows the change', async () => {
    const id = plan.sections[0]?.articles[1]?.id ?? '';
    const before = await articleOf(id);
    const v1 = before.currentVersion;
    const oldLines = v1.text.split('\n');
    const changed = oldLines.findIndex((line) => line.includes('scolaires'));
    expect(changed).toBeGreaterThan(0);
    const newLines = [...oldLines];
    newLines[changed] = newLines[changed]?.replace('scolaires', 'lycéens') ?? '';
    newLines.push('VII. — Un bilan annuel des résidences est publié.');
    // Typed on Windows with trailing spaces and a decomposed accent: stored normalised.
    const typed = newLines.map((line) => `${line}  `).join('\r\n') + '\r\n\r\n';
    const expected = newLines.join('\n');
    expect(typed.includes('lycéens')).toBe(true);
    const decomposed = typed.replace('lycéens', 'lyce\u0301ens');
    const countsBefore = await counts();

    const { data, errors } = await publish({
      articleId: id,
      text: decomposed,
      changelog: '  Précise les publics des ateliers ; ajoute un bilan.  ',
      baseVersionNumber: 1,
    });
    expect(errors).toBeUndefined();
    const v2 = data?.publishArticleVersion;
    expect(v2).toMatchObject({
      number: 2,
      text: expected,
      changelog: 'Précise les publics des ateliers ; ajoute un bilan.',
    });
    expect(v2?.lines.at(-1)).toEqual({
      number: newLines.length,
      text: 'VII. — Un bilan annuel des résidences est publié.',
    });
    expect(await counts()).toEqual({
      ...countsBefore,
      versions: countsBefore.versions + 1,
      events: countsBefore.events + 1,
    });
    const [event] = await t.sql<{ type: string; actor_id: string; payload: unknown }>(
      'SELECT type, actor_id, payload FROM event WHERE subject_id = $1',
      [
        Buffer.from(v2?.id ?? '', 'base64')
          .toString()
          .split(':')[1],
      ],
    );
    expect(event).toEqual({
      type: 'article.version.published',
      actor_id: adminId,
      payload: { number: 2, changelog: 'Précise les publics des ateliers ; ajoute un bilan.' },
    });

    const after = await articleOf(id);
    expect(after.currentVersion.number).toBe(2);
    expect(after.versions.map((v) => v.number)).toEqual([1, 2]);
    expect(after.versions[0]?.text).toBe(v1.text);
    expect(after.versions[0]?.lines).toEqual(v1.lines);
    expect(after.versions[1]?.lines.map((l) => l.text)).toEqual(newLines);
    expect(after.v1?.lines).toEqual(v1.lines);

    const diff = await t.graphql<{ article: { diff: unknown[] } }>(DIFF, { id, from: 1, to: 2 });
    expect(diff.errors).toBeUndefined();
    expect(diff.data?.article.diff).toEqual([
      {
        kind: 'CHANGE',
        oldStart: changed + 1,
        oldEnd: changed + 1,
        newStart: changed + 1,
        newEnd: changed + 1,
        segments: expect.arrayContaining([
          { kind: 'DELETE', text: 'scolaires' },
          { kind: 'INSERT', text: 'lycéens' },
        ]),
      },
      {
        kind: 'INSERT',
        oldStart: oldLines.length + 1,
        oldEnd: oldLines.length,
        newStart: newLines.length,
        newEnd: newLines.length,
        segments: [{ kind: 'INSERT', text: 'VII. — Un bilan annuel des résidences est publié.' }],
      },
    ]);
    const backwards = await t.graphql<{ article: { diff: { kind: string }[] } }>(DIFF, {
      id,
      from: 2,
      to: 1,
    });
    expect(backwards.data?.article.diff.map((h) => h.kind)).toEqual(['CHANGE', 'DELETE']);
    const same = await t.graphql<{ article: { diff: unknown[] } }>(DIFF, { id, from: 2, to: 2 });
    expect(same.data?.article.diff).toEqual([]);
  });

  describe('refuses bad input with a clear error and writes nothing', () => {
    let id: string;
    let current: string;

    beforeAll(async () => {
      id = plan.sections[1]?.articles[0]?.id ?? '';
      current = (await articleOf(id)).currentVersion.text;
    });

    const refused = async (
      input: Record<string, unknown>,
      code: string,
      message: RegExp,
      headers: Record<string, string> | undefined = admin,
    ): Promise<void> => {
      const before = await counts();
      const response = await publish(input, headers);
      expect(response.data?.publishArticleVersion ?? null).toBeNull();
      expect(codeOf(response)).toBe(code);
      expect(response.errors?.[0]?.message).toMatch(message);
      expect(JSON.stringify(response.errors)).not.toMatch(/stack|at \w+ \(/);
      expect(await counts()).toEqual(before);
    };

    it('a text identical to the current version (CONFLICT), even once normalised', async () => {
      await refused(
        { articleId: id, text: current, changelog: 'Rien.' },
        'CONFLICT',
        /identique à la version 1/,
      );
      await refused(
        { articleId: id, text: current.replaceAll('\n', '  \r\n') + '\n', changelog: 'Rien.' },
        'CONFLICT',
        /identique/,
      );
    });

    it('an empty or blank text (BAD_USER_INPUT)', async () => {
      await refused({ articleId: id, text: '', changelog: 'Vide.' }, 'BAD_USER_INPUT', /vide/);
      await refused(
        { articleId: id, text: ' \r\n\t\n ', changelog: 'Vide.' },
        'BAD_USER_INPUT',
        /vide/,
      );
    });

    it('a text over 100,000 characters (BAD_USER_INPUT)', async () => {
      const long = `${'Une ligne de texte de l’article.\n'.repeat(3100)}`.slice(0, 100_001);
      expect(long.length).toBe(100_001);
      await refused(
        { articleId: id, text: long, changelog: 'Trop long.' },
        'BAD_USER_INPUT',
        /au plus 100\s000/,
      );
    });

    it('a blank or missing changelog (BAD_USER_INPUT)', async () => {
      await refused(
        { articleId: id, text: `${current}\nAjout.`, changelog: '   ' },
        'BAD_USER_INPUT',
        /résumé des modifications est vide/,
      );
    });

    it('an unknown article (NOT_FOUND) or an id that is not an article’s (BAD_USER_INPUT)', async () => {
      await refused(
        { articleId: toGlobalId('Article', randomUUID()), text: 'Texte.', changelog: 'x' },
        'NOT_FOUND',
        /Aucun article/,
      );
      await refused(
        { articleId: plan.id, text: 'Texte.', changelog: 'x' },
        'BAD_USER_INPUT',
        /attendu : Article/,
      );
      await refused(
        { articleId: '%%%', text: 'Texte.', changelog: 'x' },
        'BAD_USER_INPUT',
        /identifiant valide/,
      );
    });

    it('a base version that is no longer current (CONFLICT) or does not exist (NOT_FOUND)', async () => {
      const other = plan.sections[1]?.articles[1]?.id ?? '';
      const text = (await articleOf(other)).currentVersion.text;
      const v2 = await publish({ articleId: other, text: `${text}\nAjout.`, changelog: 'Ajout.' });
      expect(v2.data?.publishArticleVersion.number).toBe(2);
      await refused(
        { articleId: other, text: `${text}\nAutre ajout.`, changelog: 'x', baseVersionNumber: 1 },
        'CONFLICT',
        /la version 2 a été publiée depuis/,
      );
      await refused(
        { articleId: other, text: `${text}\nAutre ajout.`, changelog: 'x', baseVersionNumber: 7 },
        'NOT_FOUND',
        /pas de version 7/,
      );
    });

    it('a diff with a version that does not exist (NOT_FOUND)', async () => {
      for (const [from, to] of [
        [1, 5],
        [0, 1],
      ]) {
        const response = await t.graphql(DIFF, { id, from, to });
        expect(codeOf(response)).toBe('NOT_FOUND');
        expect(response.errors?.[0]?.message).toMatch(
          /n’a pas de version \d : ses versions vont de 1 à 1/,
        );
      }
    });

    // These two rely on the access guard (issue 4).
    it('a participant who is not an admin (FORBIDDEN)', async () => {
      await refused(
        { articleId: id, text: `${current}\nAjout.`, changelog: 'Ajout.' },
        'FORBIDDEN',
        /rôle/,
        citizen,
      );
    });

    it('an anonymous request (UNAUTHENTICATED)', async () => {
      await refused(
        { articleId: id, text: `${current}\nAjout.`, changelog: 'Ajout.' },
        'UNAUTHENTICATED',
        /Connectez-vous/,
        {},
      );
    });
  });

  describe('two admins publishing the same article at once', () => {
    it('get consecutive version numbers, never the same one twice', async () => {
      const id = plan.sections[2]?.articles[0]?.id ?? '';
      const text = (await articleOf(id)).currentVersion.text;
      const results = await Promise.all(
        [1, 2, 3, 4, 5].map((n) =>
          publish({ articleId: id, text: `${text}\nAjout ${n}.`, changelog: `Ajout ${n}.` }),
        ),
      );
      for (const result of results) expect(result.errors).toBeUndefined();
      const numbers = results.map((r) => r.data?.publishArticleVersion.number).sort();
      expect(numbers).toEqual([2, 3, 4, 5, 6]);
      const rows = await t.sql<{ number: number; text: string }>(
        `SELECT v.number, v.text FROM article_version v WHERE v.article_id = $1 ORDER BY v.number`,
        [Buffer.from(id, 'base64').toString().split(':')[1]],
      );
      expect(rows.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6]);
      const events = await t.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM event WHERE type = 'article.version.published' AND article_id = $1`,
        [Buffer.from(id, 'base64').toString().split(':')[1]],
      );
      expect(events[0]?.n).toBe(6);
    });

    it('from the same base version: one publishes, the other gets a CONFLICT', async () => {
      const id = plan.sections[2]?.articles[1]?.id ?? '';
      const text = (await articleOf(id)).currentVersion.text;
      const before = await counts();
      const results = await Promise.all(
        ['A', 'B'].map((n) =>
          publish({
            articleId: id,
            text: `${text}\nVariante ${n}.`,
            changelog: n,
            baseVersionNumber: 1,
          }),
        ),
      );
      const published = results.filter((r) => r.data?.publishArticleVersion);
      const refused = results.filter((r) => r.errors);
      expect(published.map((r) => r.data?.publishArticleVersion.number)).toEqual([2]);
      expect(refused.map(codeOf)).toEqual(['CONFLICT']);
      expect(await counts()).toEqual({
        ...before,
        versions: before.versions + 1,
        events: before.events + 1,
      });
    });
  });

  it('reads a whole plan with its versions in a constant number of queries', async () => {
    const dataSource = t.app.get(DataSource);
    const logger = dataSource.logger;
    const original = logger.logQuery.bind(logger);
    const queries: string[] = [];
    logger.logQuery = (query, parameters, runner) => {
      queries.push(query);
      original(query, parameters, runner);
    };
    try {
      const { data, errors } = await t.graphql<{
        consultation: { sections: { articles: unknown[] }[] };
      }>(
        `query Page($slug: String!) { consultation(slug: $slug) { sections { consultation { slug }
          articles { number section { id } consultation { id }
            currentVersion { number lines { number text } } versions { number changelog }
            version(number: 1) { number } } } } }`,
        { slug: SLUG },
      );
      expect(errors).toBeUndefined();
      const articles = data?.consultation.sections.flatMap((s) => s.articles) ?? [];
      expect(articles.length).toBeGreaterThanOrEqual(12);
      const planQueries = queries.filter((q) => /article|section|consultation/.test(q));
      // consultation, sections, articles, current versions, versions, versions by number,
      // sections by id, consultations by id.
      expect(planQueries.length).toBeGreaterThanOrEqual(5);
      expect(planQueries.length).toBeLessThanOrEqual(8);
    } finally {
      logger.logQuery = original;
    }
  });
});
