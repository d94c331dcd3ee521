import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConsultationException } from '../src/consultations/consultation.exception.js';
import { PlanAdminService } from '../src/consultations/services/plan-admin.service.js';
import { DemoSeedService } from '../src/demo/demo-seed.service.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './test-app.js';

const CONSULTATION_FIELDS = `id slug title summary phase opensAt closesAt answeredAt
  settings { amendmentsOpen proposalsOpen votesOpen argumentsOpen }
  rules { phase amendmentsOpen proposalsOpen votesOpen argumentsOpen }`;

const PLAN = `query Plan($slug: String!) { consultation(slug: $slug) {
  sections { id title position articles { id number title position section { id } } } } }`;

interface ConsultationResult {
  id: string;
  slug: string;
  title: string;
  summary: string;
  phase: string;
  opensAt: string | null;
  closesAt: string | null;
  answeredAt: string | null;
  settings: Record<string, boolean>;
  rules: Record<string, unknown>;
}
interface PlanResult {
  consultation: {
    sections: {
      id: string;
      title: string;
      position: number;
      articles: { id: string; number: number; title: string; position: number }[];
    }[];
  };
}

const uuidOf = (globalId: string): string =>
  Buffer.from(globalId, 'base64').toString().split(':')[1] ?? '';

describe('the admin edits a consultation’s plan through GraphQL', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  let citizen: Record<string, string>;

  const mutate = async <T>(
    name: string,
    inputType: string,
    fields: string,
    input: Record<string, unknown>,
    headers: Record<string, string> = admin,
  ): Promise<GraphQLResponse<Record<string, T>>> =>
    t.graphql<Record<string, T>>(
      `mutation M($input: ${inputType}!) { ${name}(input: $input) { ${fields} } }`,
      { input },
      headers,
    );

  const ok = async <T>(
    name: string,
    inputType: string,
    fields: string,
    input: Record<string, unknown>,
  ): Promise<T> => {
    const { data, errors } = await mutate<T>(name, inputType, fields, input);
    expect(errors).toBeUndefined();
    const result = data?.[name];
    if (!result) throw new Error(`${name} returned nothing`);
    return result;
  };

  const counts = async (): Promise<Record<string, number>> => {
    const [row] = await t.sql<Record<string, number>>(`
      SELECT (SELECT count(*) FROM consultation)::int AS consultations,
             (SELECT count(*) FROM section)::int AS sections,
             (SELECT count(*) FROM article)::int AS articles,
             (SELECT count(*) FROM article_version)::int AS versions,
             (SELECT count(*) FROM event)::int AS events`);
    return row ?? {};
  };

  const plan = async (slug: string): Promise<PlanResult['consultation']['sections']> => {
    const { data, errors } = await t.graphql<PlanResult>(PLAN, { slug });
    expect(errors).toBeUndefined();
    return data?.consultation.sections ?? [];
  };

  const eventTypes = async (since: number): Promise<string[]> =>
    (
      await t.sql<{ type: string }>('SELECT type FROM event WHERE seq > $1 ORDER BY seq', [since])
    ).map((row) => row.type);

  const lastSeq = async (): Promise<number> =>
    Number((await t.sql<{ seq: string }>('SELECT max(seq) AS seq FROM event'))[0]?.seq ?? 0);

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    await t.app.get(DemoSeedService).seed();
    admin = await t.as('admin@amendo.test');
    citizen = await t.as('citoyen2@amendo.test');
  });
  afterAll(() => t.close());

  let consultation: ConsultationResult;

  it('creates a DRAFT consultation with default settings, and refuses a taken or malformed slug', async () => {
    const seq = await lastSeq();
    consultation = await ok<ConsultationResult>(
      'createConsultation',
      'CreateConsultationInput',
      CONSULTATION_FIELDS,
      { slug: 'plan-numerique-2027', title: '  Plan numérique 2027  ' },
    );
    expect(consultation).toMatchObject({
      slug: 'plan-numerique-2027',
      title: 'Plan numérique 2027',
      summary: '',
      phase: 'DRAFT',
      opensAt: null,
      settings: { amendmentsOpen: true, proposalsOpen: true, votesOpen: true, argumentsOpen: true },
      rules: {
        phase: 'DRAFT',
        amendmentsOpen: false,
        proposalsOpen: false,
        votesOpen: false,
        argumentsOpen: false,
      },
    });
    expect(await eventTypes(seq)).toEqual(['consultation.created']);

    const before = await counts();
    const taken = await mutate('createConsultation', 'CreateConsultationInput', 'id', {
      slug: 'plan-numerique-2027',
      title: 'Doublon',
    });
    expect(taken.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(taken.errors?.[0]?.message).toMatch(/déjà celle d’une autre consultation/);
    for (const slug of ['Plan Numérique', 'a', 'double--tiret', '-debut']) {
      const bad = await mutate('createConsultation', 'CreateConsultationInput', 'id', {
        slug,
        title: 'Titre',
      });
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(bad.errors?.[0]?.message).toMatch(/adresse \(slug\)/);
    }
    const dates = await mutate('createConsultation', 'CreateConsultationInput', 'id', {
      slug: 'dates-a-l-envers',
      title: 'Titre',
      opensAt: '2030-02-01T00:00:00Z',
      closesAt: '2030-01-01T00:00:00Z',
    });
    expect(dates.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(dates.errors?.[0]?.message).toMatch(/clôture doit être postérieure/);
    const blank = await mutate('createConsultation', 'CreateConsultationInput', 'id', {
      slug: 'titre-vide',
      title: '   ',
    });
    expect(blank.errors?.[0]?.message).toMatch(/Le titre est vide/);
    expect(await counts()).toEqual(before);
  });

  it('adds sections and articles; articles are numbered in reading order', async () => {
    const seq = await lastSeq();
    const s1 = await ok<{ id: string; position: number }>(
      'createSection',
      'CreateSectionInput',
      'id position',
      { consultationId: consultation.id, title: 'Première partie' },
    );
    const s2 = await ok<{ id: string; position: number }>(
      'createSection',
      'CreateSectionInput',
      'id position',
      { consultationId: consultation.id, title: 'Seconde partie' },
    );
    expect([s1.position, s2.position]).toEqual([1, 2]);
    const article = (sectionId: string, title: string): Promise<{ number: number }> =>
      ok<{ number: number }>(
        'createArticle',
        'CreateArticleInput',
        'number currentVersion { number text changelog }',
        { sectionId, title, text: `${title} : première ligne.\r\nDeuxième ligne.  \n` },
      );
    expect((await article(s2.id, 'B1')).number).toBe(1);
    // Created in the first section: it comes first, B1 becomes article 2.
    expect((await article(s1.id, 'A1')).number).toBe(1);
    expect((await article(s1.id, 'A2')).number).toBe(2);
    const sections = await plan(consultation.slug);
    expect(sections.map((s) => s.articles.map((a) => `${a.number}:${a.title}`))).toEqual([
      ['1:A1', '2:A2'],
      ['3:B1'],
    ]);
    const [v1] = await t.sql<{ text: string; changelog: string }>(
      `SELECT v.text, v.changelog FROM article_version v JOIN article a ON a.id = v.article_id
       WHERE a.title = 'A1'`,
    );
    expect(v1).toEqual({
      text: 'A1 : première ligne.\nDeuxième ligne.',
      changelog: 'Version initiale.',
    });
    expect(await eventTypes(seq)).toEqual([
      'section.created',
      'section.created',
      'article.created',
      'article.version.published',
      'article.renumbered', // B1: 1 → 2
      'article.created',
      'article.version.published',
      'article.renumbered', // B1: 2 → 3
      'article.created',
      'article.version.published',
    ]);
  });

  it('moves sections and articles, renumbering the articles in reading order', async () => {
    let sections = await plan(consultation.slug);
    const [first, second] = sections;
    const seq = await lastSeq();
    const moved = await ok<{ position: number; title: string }>(
      'updateSection',
      'UpdateSectionInput',
      'position title',
      { sectionId: second?.id, position: 1, title: 'Seconde partie, désormais première' },
    );
    expect(moved).toEqual({ position: 1, title: 'Seconde partie, désormais première' });
    sections = await plan(consultation.slug);
    expect(
      sections.map((s) => [s.position, s.articles.map((a) => `${a.number}:${a.title}`)]),
    ).toEqual([
      [1, ['1:B1']],
      [2, ['2:A1', '3:A2']],
    ]);
    expect(await eventTypes(seq)).toEqual([
      'section.updated',
      'article.renumbered',
      'article.renumbered',
      'article.renumbered',
    ]);

    // A2 moves to the top of the other section: B1 is now second.
    const a2 = sections[1]?.articles[1]?.id;
    const updated = await ok<{
      number: number;
      position: number;
      title: string;
      section: { id: string };
    }>('updateArticle', 'UpdateArticleInput', 'number position title section { id }', {
      articleId: a2,
      sectionId: second?.id,
      position: 1,
      title: 'A2 déplacé',
    });
    expect(updated).toEqual({
      number: 1,
      position: 1,
      title: 'A2 déplacé',
      section: { id: second?.id },
    });
    sections = await plan(consultation.slug);
    expect(
      sections.map((s) => s.articles.map((a) => `${a.number}:${a.position}:${a.title}`)),
    ).toEqual([['1:1:A2 déplacé', '2:2:B1'], ['3:1:A1']]);
    expect(first?.id).toBe(sections[1]?.id);

    const before = await counts();
    const far = await mutate('updateArticle', 'UpdateArticleInput', 'id', {
      articleId: a2,
      position: 9,
    });
    expect(far.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(far.errors?.[0]?.message).toMatch(/position de 1 à 2/);
    const demoSection = (await plan('schema-regional-du-numerique'))[0]?.id;
    const elsewhere = await mutate('updateArticle', 'UpdateArticleInput', 'id', {
      articleId: a2,
      sectionId: demoSection,
    });
    expect(elsewhere.errors?.[0]?.message).toMatch(/autre consultation/);
    const unknown = await mutate('updateSection', 'UpdateSectionInput', 'id', {
      sectionId: Buffer.from(`Section:${randomUUID()}`).toString('base64'),
      title: 'x',
    });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);
  });

  it('opens and closes a consultation, and its settings decide what the OPEN phase allows', async () => {
    const seq = await lastSeq();
    const opened = await ok<ConsultationResult>(
      'openConsultation',
      'OpenConsultationInput',
      CONSULTATION_FIELDS,
      { consultationId: consultation.id },
    );
    expect(opened.phase).toBe('OPEN');
    expect(Date.now() - Date.parse(opened.opensAt ?? '')).toBeLessThan(60_000);
    expect(opened.rules).toMatchObject({ amendmentsOpen: true, votesOpen: true });

    const again = await mutate('openConsultation', 'OpenConsultationInput', 'id', {
      consultationId: consultation.id,
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toMatch(/déjà ouverte/);

    const switched = await ok<ConsultationResult>(
      'updateConsultation',
      'UpdateConsultationInput',
      CONSULTATION_FIELDS,
      {
        consultationId: consultation.id,
        summary: 'Un résumé.',
        settings: { votesOpen: false, proposalsOpen: null },
      },
    );
    expect(switched.summary).toBe('Un résumé.');
    expect(switched.settings).toEqual({
      amendmentsOpen: true,
      proposalsOpen: true,
      votesOpen: false,
      argumentsOpen: true,
    });
    expect(switched.rules).toEqual({
      phase: 'OPEN',
      amendmentsOpen: true,
      proposalsOpen: true,
      votesOpen: false,
      argumentsOpen: true,
    });

    const closed = await ok<ConsultationResult>(
      'closeConsultation',
      'CloseConsultationInput',
      CONSULTATION_FIELDS,
      { consultationId: consultation.id },
    );
    expect(closed.phase).toBe('CLOSED');
    expect(closed.rules).toMatchObject({
      phase: 'CLOSED',
      amendmentsOpen: false,
      argumentsOpen: false,
    });

    const answeredBeforeClose = await mutate(
      'updateConsultation',
      'UpdateConsultationInput',
      'id',
      {
        consultationId: consultation.id,
        answeredAt: '2000-01-01T00:00:00Z',
      },
    );
    expect(answeredBeforeClose.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answeredBeforeClose.errors?.[0]?.message).toMatch(/réponses ne peut précéder/);

    const answered = await ok<ConsultationResult>(
      'updateConsultation',
      'UpdateConsultationInput',
      'phase answeredAt',
      { consultationId: consultation.id, answeredAt: new Date(Date.now() + 1000).toISOString() },
    );
    expect(answered.phase).toBe('CLOSED');

    // Dates decide the phase when read: reopening is setting them again.
    const reopened = await ok<ConsultationResult>(
      'updateConsultation',
      'UpdateConsultationInput',
      'phase closesAt answeredAt',
      { consultationId: consultation.id, closesAt: null, answeredAt: null },
    );
    expect(reopened).toEqual({ phase: 'OPEN', closesAt: null, answeredAt: null });

    const [event] = await t.sql<{ payload: { changes: Record<string, unknown> } }>(
      `SELECT payload FROM event WHERE type = 'consultation.updated' AND seq > $1 ORDER BY seq LIMIT 1`,
      [seq],
    );
    expect(event?.payload.changes).toEqual({
      summary: { from: '', to: 'Un résumé.' },
      votesOpen: { from: true, to: false },
    });
    expect(await eventTypes(seq)).toEqual([
      'consultation.opened',
      'consultation.updated',
      'consultation.closed',
      'consultation.updated',
      'consultation.updated',
    ]);
  });

  it('keeps every admin mutation for admins (FORBIDDEN for others, UNAUTHENTICATED anonymously)', async () => {
    const before = await counts();
    const attempts: [string, string, Record<string, unknown>][] = [
      ['createConsultation', 'CreateConsultationInput', { slug: 'pirate', title: 'Pirate' }],
      [
        'updateConsultation',
        'UpdateConsultationInput',
        { consultationId: consultation.id, title: 'x' },
      ],
      ['openConsultation', 'OpenConsultationInput', { consultationId: consultation.id }],
      ['closeConsultation', 'CloseConsultationInput', { consultationId: consultation.id }],
      ['createSection', 'CreateSectionInput', { consultationId: consultation.id, title: 'x' }],
    ];
    for (const [name, type, input] of attempts) {
      expect((await mutate(name, type, 'id', input, citizen)).errors?.[0]?.extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect((await mutate(name, type, 'id', input, {})).errors?.[0]?.extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    }
    expect(await counts()).toEqual(before);
  });

  it('checks texts in the service too (imports and other callers): blank once normalised', async () => {
    const service = t.app.get(PlanAdminService);
    const [row] = await t.sql<{ id: string; admin: string }>(
      `SELECT a.id, (SELECT id FROM participant WHERE email = 'admin@amendo.test') AS admin
       FROM article a ORDER BY a.created_at LIMIT 1`,
    );
    const before = await counts();
    await expect(
      service.publishVersion(
        row?.id ?? '',
        { text: ' \r\n\u00a0\n', changelog: 'x' },
        row?.admin ?? '',
      ),
    ).rejects.toBeInstanceOf(ConsultationException);
    await expect(
      service.publishVersion(randomUUID(), { text: 'Texte.', changelog: 'x' }, row?.admin ?? ''),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await counts()).toEqual(before);
    expect(uuidOf(consultation.id)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
