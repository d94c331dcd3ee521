import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { findRootDir } from '../src/config/config.js';
import { currentSchema } from '../src/cli/print-schema.js';
import { DemoSeedService } from '../src/demo/demo-seed.service.js';
import { startTestApp, type TestApp } from './test-app.js';

const CONSULTATION = `
  query Consultation($slug: String!) {
    consultation(slug: $slug) {
      id slug title summary phase opensAt closesAt
      sections { id title position articles { id number title section { id } } }
    }
  }`;

interface ConsultationData {
  consultation: {
    id: string;
    slug: string;
    title: string;
    phase: string;
    opensAt: string;
    closesAt: string;
    sections: {
      id: string;
      title: string;
      position: number;
      articles: { id: string; number: number; title: string; section: { id: string } }[];
    }[];
  } | null;
}

describe('the demo consultation through GraphQL', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    await t.app.get(DemoSeedService).seed();
  });
  afterAll(() => t.close());

  it('answers /healthz once the database does', async () => {
    const response = await fetch(`${t.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('serves the consultation with its six sections and numbered articles', async () => {
    const { data, errors } = await t.graphql<ConsultationData>(CONSULTATION, {
      slug: 'schema-regional-du-numerique',
    });
    expect(errors).toBeUndefined();
    const consultation = data?.consultation;
    expect(consultation?.title).toBe('Projet de schéma régional du numérique');
    expect(consultation?.phase).toBe('OPEN');
    const open = Date.parse(consultation?.opensAt ?? '');
    expect(Date.parse(consultation?.closesAt ?? '') - open).toBe(60 * 24 * 3600 * 1000);
    expect(consultation?.sections.map((s) => s.title.split(' ')[0])).toEqual([
      'Créativité',
      'Citoyenneté',
      'Relocalisation',
      'Patrimoine',
      'Sobriété',
      'Inclusion',
    ]);
    expect(consultation?.sections.map((s) => s.position)).toEqual([1, 2, 3, 4, 5, 6]);
    const articles =
      consultation?.sections.flatMap((s) => s.articles.map((a) => ({ ...a, sectionId: s.id }))) ??
      [];
    expect(articles.length).toBeGreaterThanOrEqual(12);
    expect(articles.map((a) => a.number)).toEqual(articles.map((_, i) => i + 1));
    for (const article of articles) expect(article.section.id).toBe(article.sectionId);
  });

  it('stores 8 to 20 lines of text as version 1 of every article', async () => {
    const rows = await t.sql<{ number: number; text: string }>(
      'SELECT v.number, v.text FROM article_version v JOIN article a ON a.id = v.article_id',
    );
    expect(rows.length).toBeGreaterThanOrEqual(12);
    for (const row of rows) {
      expect(row.number).toBe(1);
      const lines = row.text.split('\n').length;
      expect(lines).toBeGreaterThanOrEqual(8);
      expect(lines).toBeLessThanOrEqual(20);
    }
  });

  it('seeds once: a second run writes nothing, and every row written has its event', async () => {
    const count = async (): Promise<Record<string, number>> => {
      const [row] = await t.sql<Record<string, string>>(`
        SELECT (SELECT count(*) FROM participant) AS participants, (SELECT count(*) FROM consultation) AS consultations,
               (SELECT count(*) FROM section) AS sections, (SELECT count(*) FROM article) AS articles,
               (SELECT count(*) FROM article_version) AS versions, (SELECT count(*) FROM event) AS events`);
      return Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, Number(v)]));
    };
    const before = await count();
    await expect(t.app.get(DemoSeedService).seed()).resolves.toBe(false);
    expect(await count()).toEqual(before);
    expect(before.participants).toBe(10);
    expect(before.events).toBe(
      before.participants +
        before.consultations +
        before.sections +
        before.articles +
        before.versions,
    );
    const types = await t.sql<{ type: string; n: string }>(
      'SELECT type, count(*) AS n FROM event GROUP BY type ORDER BY type',
    );
    expect(types.map((r) => r.type)).toEqual([
      'article.created',
      'article.version.published',
      'consultation.created',
      'participant.joined',
      'section.created',
    ]);
  });

  it('keeps the event log append-only', async () => {
    await expect(t.sql("UPDATE event SET type = 'forged'")).rejects.toThrow(/immutable/);
    await expect(t.sql('DELETE FROM event')).rejects.toThrow(/immutable/);
    await expect(t.sql("UPDATE article_version SET text = 'forged'")).rejects.toThrow(/immutable/);
  });

  it('resolves any global id with node(id), and null for ids that name nothing', async () => {
    const { data } = await t.graphql<ConsultationData>(CONSULTATION, {
      slug: 'schema-regional-du-numerique',
    });
    const consultation = data?.consultation;
    const section = consultation?.sections[1];
    const article = section?.articles[0];
    const query = `query Node($id: ID!) { node(id: $id) { __typename id
      ... on Consultation { slug } ... on Section { title } ... on Article { number } } }`;
    const node = async (id: string): Promise<unknown> =>
      (await t.graphql<{ node: unknown }>(query, { id })).data?.node;
    expect(await node(consultation?.id ?? '')).toEqual({
      __typename: 'Consultation',
      id: consultation?.id,
      slug: consultation?.slug,
    });
    expect(await node(section?.id ?? '')).toEqual({
      __typename: 'Section',
      id: section?.id,
      title: section?.title,
    });
    expect(await node(article?.id ?? '')).toEqual({
      __typename: 'Article',
      id: article?.id,
      number: article?.number,
    });
    const unknown = Buffer.from('Article:00000000-0000-4000-8000-000000000000').toString('base64');
    expect(await node(unknown)).toBeNull();
    expect(await node('garbage')).toBeNull();
    expect(Buffer.from(consultation?.id ?? '', 'base64').toString()).toMatch(
      /^Consultation:[0-9a-f-]{36}$/,
    );
  });

  it('paginates consultations and refuses bad pages with BAD_USER_INPUT', async () => {
    const page = await t.graphql<{
      consultations: { totalCount: number; edges: unknown[]; pageInfo: { hasNextPage: boolean } };
    }>(
      '{ consultations(first: 1) { totalCount edges { cursor node { slug } } pageInfo { hasNextPage endCursor } } }',
    );
    expect(page.data?.consultations.totalCount).toBe(1);
    expect(page.data?.consultations.pageInfo.hasNextPage).toBe(false);
    for (const query of [
      '{ consultations(first: 0) { totalCount } }',
      '{ consultations(first: 101) { totalCount } }',
      '{ consultations(after: "not-a-cursor") { totalCount } }',
    ]) {
      const { errors } = await t.graphql(query);
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(errors)).not.toMatch(/stack|at \w+ \(/);
    }
  });

  it('answers null for an unknown slug and a validation error for an unknown field', async () => {
    expect(
      (await t.graphql<ConsultationData>(CONSULTATION, { slug: 'nope' })).data?.consultation,
    ).toBeNull();
    const { errors } = await t.graphql('{ consultation(slug: "x") { nope } }');
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors?.[0]?.message).toMatch(/Cannot query field "nope"/);
  });
});

describe('the committed schema', () => {
  it('is the schema of the code (run `npm run schema:print` after a reviewed change)', async () => {
    const committed = readFileSync(join(findRootDir(), 'apps/api/schema.graphql'), 'utf8');
    expect(await currentSchema()).toBe(committed);
  });
});
