import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { applyReplacement, extractRange, splitLines } from '@amendo/text';
import { DataSource } from 'typeorm';
import { toGlobalId } from '../src/common/global-id.js';
import { TargetRegistry } from '../src/common/target-registry.js';
import { DemoSeedService } from '../src/demo/demo-seed.service.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './test-app.js';

const AMENDMENT_FIELDS = `
  id lineStart lineEnd originalText proposedText rationale status kind createdAt updatedAt
  baseVersion { number } article { id } author { id displayName }
  diff { kind text } resultingText
  revisions { number kind lineStart lineEnd baseVersionNumber proposedText rationale }
  incorporatedIn { number } reproposedFrom { id } reproposedAs { id }`;

const PROPOSE = `mutation Propose($input: ProposeAmendmentInput!) {
  proposeAmendment(input: $input) { ${AMENDMENT_FIELDS} } }`;
const EDIT = `mutation Edit($input: EditAmendmentInput!) {
  editAmendment(input: $input) { ${AMENDMENT_FIELDS} } }`;
const WITHDRAW = `mutation Withdraw($id: ID!) { withdrawAmendment(id: $id) { ${AMENDMENT_FIELDS} } }`;
const REPROPOSE = `mutation Repropose($input: ReproposeAmendmentInput!) {
  reproposeAmendment(input: $input) { ${AMENDMENT_FIELDS} } }`;
const AMENDMENT = `query Amendment($id: ID!) { amendment(id: $id) { ${AMENDMENT_FIELDS} } }`;
const PUBLISH = `mutation Publish($input: PublishVersionInput!) {
  publishArticleVersion(input: $input) { id number text incorporatedAmendments { id status } } }`;
const ARTICLE = `query Article($id: ID!) {
  article(id: $id) { id number currentVersion { number text } lineActivity } }`;
const LIST = `query List($id: ID!, $first: Int, $after: String, $status: AmendmentStatus,
    $orderBy: ContributionOrder, $seed: Int, $fromLine: Int, $toLine: Int) {
  article(id: $id) {
    amendments(first: $first, after: $after, status: $status, orderBy: $orderBy, seed: $seed,
               fromLine: $fromLine, toLine: $toLine) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id lineStart lineEnd status createdAt } }
    }
  }
}`;

interface Revision {
  number: number;
  kind: string;
  lineStart: number;
  lineEnd: number;
  baseVersionNumber: number;
  proposedText: string;
  rationale: string;
}
interface AmendmentData {
  id: string;
  lineStart: number;
  lineEnd: number;
  originalText: string;
  proposedText: string;
  rationale: string;
  status: string;
  kind: string;
  createdAt: string;
  updatedAt: string;
  baseVersion: { number: number };
  article: { id: string };
  author: { id: string; displayName: string } | null;
  diff: { kind: string; text: string }[];
  resultingText: string;
  revisions: Revision[];
  incorporatedIn: { number: number } | null;
  reproposedFrom: { id: string } | null;
  reproposedAs: { id: string } | null;
}
interface ArticleData {
  id: string;
  number: number;
  currentVersion: { number: number; text: string };
  lineActivity: number[];
}
interface ListData {
  article: {
    amendments: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: {
        cursor: string;
        node: { id: string; lineStart: number; lineEnd: number; status: string };
      }[];
    };
  };
}

type Headers = Record<string, string>;

const codeOf = (response: GraphQLResponse<unknown>): string | undefined =>
  response.errors?.[0]?.extensions?.code;
const messageOf = (response: GraphQLResponse<unknown>): string =>
  response.errors?.[0]?.message ?? '';

describe('amendments through GraphQL', () => {
  let t: TestApp;
  let admin: Headers;
  const citizens: Headers[] = [];
  const citizenIds: string[] = [];
  let articleIds: string[] = [];

  /** Rows that a refused write must leave as they are. */
  const counts = async (): Promise<Record<string, number>> => {
    const [row] = await t.sql<Record<string, number>>(`
      SELECT (SELECT count(*) FROM amendment)::int AS amendments,
             (SELECT count(*) FROM amendment_revision)::int AS revisions,
             (SELECT count(*) FROM article_version)::int AS versions,
             (SELECT md5(string_agg(id::text || status || line_start || ':' || line_end || proposed_text || rationale, ',' ORDER BY id)) FROM amendment) AS state,
             (SELECT count(*) FROM event)::int AS events`);
    return row ?? {};
  };

  const data = <T>(response: GraphQLResponse<T>): T => {
    expect(response.errors).toBeUndefined();
    if (!response.data) throw new Error('no data');
    return response.data;
  };

  const article = async (id: string): Promise<ArticleData> =>
    data(await t.graphql<{ article: ArticleData }>(ARTICLE, { id })).article;

  const propose = (headers: Headers, input: Record<string, unknown>) =>
    t.graphql<{ proposeAmendment: AmendmentData }>(PROPOSE, { input }, headers);

  const proposed = async (headers: Headers, input: Record<string, unknown>) =>
    data(await propose(headers, input)).proposeAmendment;

  const amendment = async (id: string): Promise<AmendmentData> => {
    const result = data(await t.graphql<{ amendment: AmendmentData | null }>(AMENDMENT, { id }));
    if (!result.amendment) throw new Error(`no amendment ${id}`);
    return result.amendment;
  };

  const publish = (input: Record<string, unknown>) =>
    t.graphql<{
      publishArticleVersion: {
        id: string;
        number: number;
        text: string;
        incorporatedAmendments: { id: string; status: string }[];
      };
    }>(PUBLISH, { input }, admin);

  /** A refused write: its code, its message, and nothing written. */
  const refused = async (
    write: () => Promise<GraphQLResponse<unknown>>,
    code: string,
    message?: RegExp,
  ): Promise<GraphQLResponse<unknown>> => {
    const before = await counts();
    const response = await write();
    expect({ code: codeOf(response), message: messageOf(response) }).toMatchObject({
      code,
      ...(message ? { message: expect.stringMatching(message) } : {}),
    });
    expect(response.data?.valueOf() ?? null).toBeNull();
    expect(await counts()).toEqual(before);
    return response;
  };

  /** Replaces lines of the current text (1-based, inclusive) and returns the new text. */
  const replaceLines = (text: string, start: number, end: number, lines: string[]): string =>
    applyReplacement(text, { lineStart: start, lineEnd: end, proposedText: lines.join('\n') });

  /** Every OPEN amendment of an article is on its current version and reads its lines there. */
  const expectAnchored = async (articleId: string): Promise<void> => {
    const { currentVersion } = await article(articleId);
    const rows = await t.sql<{
      line_start: number;
      line_end: number;
      original_text: string;
      base_version_number: number;
    }>(
      `SELECT line_start, line_end, original_text, base_version_number FROM amendment
       WHERE article_id = $1 AND status = 'OPEN'`,
      [Buffer.from(articleId, 'base64').toString().split(':')[1]],
    );
    for (const row of rows) {
      expect(row.base_version_number).toBe(currentVersion.number);
      expect(
        extractRange(currentVersion.text, { lineStart: row.line_start, lineEnd: row.line_end }),
      ).toBe(row.original_text);
    }
  };

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    await t.app.get(DemoSeedService).seed();
    admin = await t.as('admin@amendo.test');
    for (let i = 1; i <= 5; i += 1) {
      citizens.push(await t.as(`citoyen${i}@amendo.test`));
      const [row] = await t.sql<{ id: string }>('SELECT id FROM participant WHERE email = $1', [
        `citoyen${i}@amendo.test`,
      ]);
      citizenIds.push(toGlobalId('Participant', row?.id ?? ''));
    }
    const rows = await t.sql<{ id: string }>('SELECT id FROM article ORDER BY number');
    articleIds = rows.map((row) => toGlobalId('Article', row.id));
  });
  afterAll(() => t.close());

  it('amends lines 3–4, then a version changing line 1 and incorporating another amendment moves it', async () => {
    const [c1, c2, c3] = citizens as [Headers, Headers, Headers];
    const id = articleIds[0] as string;
    const v1 = (await article(id)).currentVersion;
    const lines = splitLines(v1.text);

    const first = await proposed(c1, {
      articleId: id,
      versionNumber: 1,
      lineStart: 3,
      lineEnd: 4,
      proposedText: `${lines[2]} Ces crédits sont fléchés.\n${lines[3]}`,
      rationale: 'Préciser l’usage des crédits.\n\nDeuxième paragraphe\tavec tabulation.',
    });
    expect(first).toMatchObject({
      lineStart: 3,
      lineEnd: 4,
      originalText: `${lines[2]}\n${lines[3]}`,
      status: 'OPEN',
      kind: 'REPLACEMENT',
      baseVersion: { number: 1 },
      article: { id },
      author: { id: citizenIds[0] },
      rationale: 'Préciser l’usage des crédits.\n\nDeuxième paragraphe\tavec tabulation.',
      incorporatedIn: null,
      revisions: [{ number: 1, kind: 'CREATED', lineStart: 3, lineEnd: 4, baseVersionNumber: 1 }],
    });
    expect(first.diff).toEqual([
      { kind: 'EQUAL', text: lines[2] },
      { kind: 'INSERT', text: ' Ces crédits sont fléchés.' },
      { kind: 'EQUAL', text: `\n${lines[3]}` },
    ]);
    expect(first.resultingText).toBe(
      replaceLines(v1.text, 3, 4, [`${lines[2]} Ces crédits sont fléchés.`, lines[3] as string]),
    );

    // Another citizen rewrites line 1 into two lines; a third amends line 8.
    const second = await proposed(c2, {
      articleId: id,
      versionNumber: 1,
      lineStart: 1,
      lineEnd: 1,
      proposedText: `${lines[0]}\nLe fonds est évalué à mi-parcours.`,
      rationale: 'Évaluer le fonds.',
    });
    const third = await proposed(c3, {
      articleId: id,
      versionNumber: 1,
      lineStart: 8,
      lineEnd: 8,
      proposedText: 'VII. — Une ligne réécrite.',
      rationale: 'Réécrire.',
    });
    expect((await article(id)).lineActivity).toEqual([1, 0, 1, 1, 0, 0, 0, 1, 0]);

    const seq = (await t.sql<{ seq: string }>('SELECT max(seq)::text AS seq FROM event'))[0]?.seq;
    // The admin takes in the second amendment and rewrites line 8 differently.
    const v2Text = replaceLines(second.resultingText, 9, 9, ['VII. — Une autre rédaction.']);
    const published = data(
      await publish({
        articleId: id,
        text: v2Text,
        changelog: 'Évaluation à mi-parcours ; ligne 8 reprise.',
        incorporatedAmendmentIds: [second.id],
      }),
    ).publishArticleVersion;
    expect(published).toMatchObject({
      number: 2,
      incorporatedAmendments: [{ id: second.id, status: 'INCORPORATED' }],
    });

    const moved = await amendment(first.id);
    expect(moved).toMatchObject({
      status: 'OPEN',
      baseVersion: { number: 2 },
      lineStart: 4,
      lineEnd: 5,
      originalText: first.originalText,
    });
    expect(extractRange(v2Text, { lineStart: 4, lineEnd: 5 })).toBe(moved.originalText);
    expect(
      moved.revisions.map((r) => [r.kind, r.baseVersionNumber, r.lineStart, r.lineEnd]),
    ).toEqual([
      ['CREATED', 1, 3, 4],
      ['REANCHORED', 2, 4, 5],
    ]);
    expect(moved.resultingText).toBe(
      replaceLines(v2Text, 4, 5, [`${lines[2]} Ces crédits sont fléchés.`, lines[3] as string]),
    );
    expect(await amendment(second.id)).toMatchObject({
      status: 'INCORPORATED',
      incorporatedIn: { number: 2 },
      baseVersion: { number: 1 },
    });
    const outdated = await amendment(third.id);
    expect(outdated).toMatchObject({
      status: 'OUTDATED',
      baseVersion: { number: 1 },
      lineStart: 8,
    });
    expect(outdated.revisions.map((r) => r.kind)).toEqual(['CREATED', 'OUTDATED']);
    expect((await article(id)).lineActivity).toEqual([0, 0, 0, 1, 1, 0, 0, 0, 0, 0]);

    const events = await t.sql<{
      type: string;
      subject_id: string;
      payload: Record<string, unknown>;
    }>(`SELECT type, subject_id, payload FROM event WHERE seq > $1 ORDER BY seq`, [seq]);
    expect(events.map((e) => e.type)).toEqual([
      'article.version.published',
      'amendment.incorporated',
      'amendment.reanchored',
      'amendment.outdated',
    ]);
    const [c3Row] = await t.sql<{ id: string }>(
      `SELECT id FROM participant WHERE email = 'citoyen3@amendo.test'`,
    );
    expect(events[3]?.payload).toMatchObject({
      authorId: c3Row?.id,
      versionNumber: 1,
      newVersionNumber: 2,
    });
    expect(events[2]?.payload).toMatchObject({
      from: { versionNumber: 1, lineStart: 3, lineEnd: 4 },
      to: { versionNumber: 2, lineStart: 4, lineEnd: 5 },
    });

    // The author of the outdated amendment re-proposes it on version 2, in one step.
    await refused(
      () =>
        t.graphql(
          REPROPOSE,
          { input: { amendmentId: third.id, versionNumber: 2, lineStart: 9, lineEnd: 9 } },
          c1,
        ),
      'FORBIDDEN',
    );
    const again = data(
      await t.graphql<{ reproposeAmendment: AmendmentData }>(
        REPROPOSE,
        { input: { amendmentId: third.id, versionNumber: 2, lineStart: 9, lineEnd: 9 } },
        c3,
      ),
    ).reproposeAmendment;
    expect(again).toMatchObject({
      status: 'OPEN',
      baseVersion: { number: 2 },
      lineStart: 9,
      lineEnd: 9,
      originalText: 'VII. — Une autre rédaction.',
      proposedText: 'VII. — Une ligne réécrite.',
      rationale: 'Réécrire.',
      reproposedFrom: { id: third.id },
    });
    expect(await amendment(third.id)).toMatchObject({
      status: 'OUTDATED',
      reproposedAs: { id: again.id },
    });
    await refused(
      () =>
        t.graphql(
          REPROPOSE,
          { input: { amendmentId: third.id, versionNumber: 2, lineStart: 9, lineEnd: 9 } },
          c3,
        ),
      'CONFLICT',
      /déjà été reproposé/,
    );
    await refused(
      () =>
        t.graphql(
          REPROPOSE,
          { input: { amendmentId: first.id, versionNumber: 2, lineStart: 9, lineEnd: 9 } },
          c1,
        ),
      'CONFLICT',
      /dépassé/,
    );

    // The incorporated amendment cannot be incorporated again, and nothing is written.
    await refused(
      () =>
        publish({
          articleId: id,
          text: `${v2Text}\nUne ligne de plus.`,
          changelog: 'Encore.',
          incorporatedAmendmentIds: [second.id],
        }),
      'CONFLICT',
      /intégré au texte/,
    );
    await refused(
      () =>
        publish({
          articleId: id,
          text: `${v2Text}\nUne ligne de plus.`,
          changelog: 'Encore.',
          incorporatedAmendmentIds: [
            toGlobalId('Amendment', '00000000-0000-4000-8000-000000000000'),
          ],
        }),
      'BAD_USER_INPUT',
      /ne porte pas sur cet article/,
    );
    await expectAnchored(id);
  });

  it('replaces, deletes, inserts at the start and at the end, and re-anchors each one', async () => {
    const [c1, c2, c3, c4] = citizens as [Headers, Headers, Headers, Headers];
    const id = articleIds[1] as string;
    const v1 = (await article(id)).currentVersion;
    const lines = splitLines(v1.text);
    expect(lines).toHaveLength(9);
    const base = { articleId: id, versionNumber: 1, rationale: 'Motif.' };

    const replace = await proposed(c1, {
      ...base,
      lineStart: 3,
      lineEnd: 4,
      proposedText: 'Nouvelle ligne.',
    });
    const remove = await proposed(c2, { ...base, lineStart: 6, lineEnd: 6, proposedText: '' });
    const atStart = await proposed(c3, {
      ...base,
      lineStart: 1,
      lineEnd: 0,
      proposedText: 'Préambule.',
    });
    const atEnd = await proposed(c4, {
      ...base,
      lineStart: 10,
      lineEnd: 9,
      proposedText: 'VII. — Fin.\nVIII. — Suite.',
    });

    expect([replace.kind, remove.kind, atStart.kind, atEnd.kind]).toEqual([
      'REPLACEMENT',
      'DELETION',
      'INSERTION',
      'INSERTION',
    ]);
    expect(remove).toMatchObject({ originalText: lines[5], proposedText: '' });
    expect(remove.diff).toEqual([{ kind: 'DELETE', text: lines[5] }]);
    expect(remove.resultingText).toBe(lines.filter((_, i) => i !== 5).join('\n'));
    expect(atStart).toMatchObject({
      originalText: '',
      diff: [{ kind: 'INSERT', text: 'Préambule.' }],
    });
    expect(atStart.resultingText).toBe(`Préambule.\n${v1.text}`);
    expect(atEnd.resultingText).toBe(`${v1.text}\nVII. — Fin.\nVIII. — Suite.`);
    expect(replace.resultingText).toBe(replaceLines(v1.text, 3, 4, ['Nouvelle ligne.']));
    // Lines touched: insertion at start touches line 1; at the end, line 9.
    expect((await article(id)).lineActivity).toEqual([1, 0, 1, 1, 0, 1, 0, 0, 1]);

    // Version 2 changes line 8 only: the four amendments move (their lines and neighbours stay).
    const v2 = replaceLines(v1.text, 8, 8, ['V. — Reformulé.']);
    data(await publish({ articleId: id, text: v2, changelog: 'Ligne 8.' }));
    expect(await amendment(replace.id)).toMatchObject({
      status: 'OPEN',
      lineStart: 3,
      lineEnd: 4,
      baseVersion: { number: 2 },
    });
    expect(await amendment(remove.id)).toMatchObject({ status: 'OPEN', lineStart: 6, lineEnd: 6 });
    expect(await amendment(atStart.id)).toMatchObject({ status: 'OPEN', lineStart: 1, lineEnd: 0 });
    // Line 9 (next to the end) is unchanged, so "at the end" still means the same place.
    expect(await amendment(atEnd.id)).toMatchObject({ status: 'OPEN', lineStart: 10, lineEnd: 9 });

    // Version 3 adds a line at the top: the start insertion is outdated, the others move down.
    const v3 = `Article liminaire.\n${v2}`;
    data(await publish({ articleId: id, text: v3, changelog: 'Ajout en tête.' }));
    expect(await amendment(atStart.id)).toMatchObject({ status: 'OUTDATED' });
    expect(await amendment(replace.id)).toMatchObject({
      status: 'OPEN',
      lineStart: 4,
      lineEnd: 5,
      baseVersion: { number: 3 },
    });
    expect(await amendment(remove.id)).toMatchObject({ status: 'OPEN', lineStart: 7, lineEnd: 7 });
    expect(await amendment(atEnd.id)).toMatchObject({ status: 'OPEN', lineStart: 11, lineEnd: 10 });

    // Version 4 changes line 8 (next to the deletion's line 7): the deletion is outdated.
    const v4 = replaceLines(v3, 8, 8, ['IV. — Changé.']);
    data(await publish({ articleId: id, text: v4, changelog: 'Ligne 8.', baseVersionNumber: 3 }));
    expect(await amendment(remove.id)).toMatchObject({
      status: 'OUTDATED',
      baseVersion: { number: 3 },
    });
    expect(await amendment(replace.id)).toMatchObject({ status: 'OPEN', lineStart: 4, lineEnd: 5 });
    await expectAnchored(id);
  });

  it('refuses bad input with a coded French error, writing nothing', async () => {
    const [c1, c2] = citizens as [Headers, Headers];
    const id = articleIds[2] as string;
    const base = { articleId: id, versionNumber: 1, rationale: 'Motif.', proposedText: 'Texte.' };

    await refused(
      () => propose(c1, { ...base, lineStart: 12, lineEnd: 12 }),
      'BAD_USER_INPUT',
      /La ligne 12 n'existe pas : l'article compte 9 lignes/,
    );
    await refused(
      () => propose(c1, { ...base, lineStart: 3, lineEnd: 10 }),
      'BAD_USER_INPUT',
      /La ligne 10 n'existe pas/,
    );
    await refused(
      () => propose(c1, { ...base, lineStart: 12, lineEnd: 11 }),
      'BAD_USER_INPUT',
      /insérer avant la ligne 12/,
    );
    await refused(
      () => propose(c1, { ...base, lineStart: 5, lineEnd: 2 }),
      'BAD_USER_INPUT',
      /plage est inversée/,
    );
    await refused(
      () => propose(c1, { ...base, lineStart: 0, lineEnd: 0 }),
      'BAD_USER_INPUT',
      /au moins 1/,
    );
    await refused(() => propose(c1, { ...base, lineStart: 1.5, lineEnd: 2 }), 'BAD_USER_INPUT');
    await refused(
      () => propose(c1, { ...base, versionNumber: 7, lineStart: 1, lineEnd: 1 }),
      'NOT_FOUND',
      /pas de version 7/,
    );
    const line2 = splitLines((await article(id)).currentVersion.text)[1] as string;
    await refused(
      () => propose(c1, { ...base, lineStart: 2, lineEnd: 2, proposedText: `${line2}   \r\n\n` }),
      'BAD_USER_INPUT',
      /identique/,
    );
    await refused(
      () => propose(c1, { ...base, lineStart: 2, lineEnd: 1, proposedText: '' }),
      'BAD_USER_INPUT',
      /insertion/,
    );
    await refused(
      () => propose(c1, { ...base, lineStart: 1, lineEnd: 1, rationale: '  \n ' }),
      'BAD_USER_INPUT',
      /exposé des motifs est vide/,
    );
    await refused(
      () => propose(c1, { ...base, lineStart: 1, lineEnd: 1, rationale: 'x'.repeat(5001) }),
      'BAD_USER_INPUT',
      /5\s001 caractères/,
    );
    await refused(
      () => propose(c1, { ...base, lineStart: 1, lineEnd: 1, proposedText: 'x'.repeat(20_001) }),
      'BAD_USER_INPUT',
      /20\s001 caractères/,
    );
    await refused(
      () => propose(c1, { ...base, lineStart: 1, lineEnd: 1, proposedText: 'a\u0000b' }),
      'BAD_USER_INPUT',
      /U\+0000/,
    );
    await refused(
      () => propose(c1, { ...base, lineStart: 1, lineEnd: 1, rationale: 'bip\u0007' }),
      'BAD_USER_INPUT',
      /caractère de contrôle/,
    );
    await refused(
      () => propose(c1, { ...base, articleId: 'pas-un-id', lineStart: 1, lineEnd: 1 }),
      'BAD_USER_INPUT',
      /identifiant valide/,
    );
    await refused(
      () =>
        propose(c1, {
          ...base,
          articleId: toGlobalId('Article', '00000000-0000-4000-8000-000000000000'),
          lineStart: 1,
          lineEnd: 1,
        }),
      'NOT_FOUND',
    );
    await refused(() => propose({}, { ...base, lineStart: 1, lineEnd: 1 }), 'UNAUTHENTICATED');

    // 2 MB of text: the body parser refuses it before anything runs.
    await refused(
      () => propose(c1, { ...base, lineStart: 1, lineEnd: 1, proposedText: 'é'.repeat(1_000_000) }),
      'BAD_USER_INPUT',
      /trop volumineuse/,
    );

    // A stale version number names the current one.
    const open = await proposed(c2, {
      ...base,
      lineStart: 9,
      lineEnd: 9,
      proposedText: 'VI. — Nouveau.',
    });
    const text = (await article(id)).currentVersion.text;
    data(
      await publish({
        articleId: id,
        text: replaceLines(text, 1, 1, ['I. — Reformulé.']),
        changelog: 'Ligne 1.',
      }),
    );
    await refused(
      () => propose(c1, { ...base, lineStart: 1, lineEnd: 1 }),
      'CONFLICT',
      /La version 1 de l’article \d+ n’est plus la version en vigueur : la version 2 a été publiée depuis/,
    );

    // Only the author edits or withdraws; a withdrawn amendment is neither edited nor withdrawn.
    await refused(
      () => t.graphql(EDIT, { input: { amendmentId: open.id, rationale: 'Autre.' } }, c1),
      'FORBIDDEN',
      /Seule la personne/,
    );
    await refused(() => t.graphql(WITHDRAW, { id: open.id }, c1), 'FORBIDDEN');
    await refused(
      () => t.graphql(EDIT, { input: { amendmentId: open.id, rationale: 'Motif.' } }, c2),
      'BAD_USER_INPUT',
      /Rien n’a changé/,
    );
    await refused(
      () => t.graphql(EDIT, { input: { amendmentId: open.id, lineStart: 2 } }, c2),
      'BAD_USER_INPUT',
      /à la fois/,
    );
    await refused(
      () => t.graphql(EDIT, { input: { amendmentId: open.id, lineStart: 30, lineEnd: 30 } }, c2),
      'BAD_USER_INPUT',
      /La ligne 30/,
    );
    await refused(
      () => t.graphql(EDIT, { input: { amendmentId: open.id, proposedText: 'x\u001b' } }, c2),
      'BAD_USER_INPUT',
      /U\+001B/,
    );

    const edited = data(
      await t.graphql<{ editAmendment: AmendmentData }>(
        EDIT,
        {
          input: {
            amendmentId: open.id,
            proposedText: 'VI. — Plus nouveau.',
            lineStart: 8,
            lineEnd: 9,
          },
        },
        c2,
      ),
    ).editAmendment;
    const v2Lines = splitLines((await article(id)).currentVersion.text);
    expect(edited).toMatchObject({
      lineStart: 8,
      lineEnd: 9,
      originalText: `${v2Lines[7]}\n${v2Lines[8]}`,
      proposedText: 'VI. — Plus nouveau.',
      baseVersion: { number: 2 },
    });
    expect(
      edited.revisions.map((r) => [
        r.kind,
        r.baseVersionNumber,
        r.lineStart,
        r.lineEnd,
        r.proposedText,
      ]),
    ).toEqual([
      ['CREATED', 1, 9, 9, 'VI. — Nouveau.'],
      ['REANCHORED', 2, 9, 9, 'VI. — Nouveau.'],
      ['EDITED', 2, 8, 9, 'VI. — Plus nouveau.'],
    ]);
    expect(new Date(edited.updatedAt).getTime()).toBeGreaterThan(
      new Date(open.updatedAt).getTime(),
    );

    const withdrawn = data(
      await t.graphql<{ withdrawAmendment: AmendmentData }>(WITHDRAW, { id: open.id }, c2),
    ).withdrawAmendment;
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect(withdrawn.revisions.at(-1)?.kind).toBe('WITHDRAWN');
    await refused(
      () => t.graphql(EDIT, { input: { amendmentId: open.id, rationale: 'Encore.' } }, c2),
      'CONFLICT',
      /retiré/,
    );
    await refused(() => t.graphql(WITHDRAW, { id: open.id }, c2), 'CONFLICT', /retiré/);
    await refused(
      () =>
        t.graphql(
          WITHDRAW,
          { id: toGlobalId('Amendment', '00000000-0000-4000-8000-000000000000') },
          c2,
        ),
      'NOT_FOUND',
    );
  });

  it('refuses amendments while the phase is closed or amendments are switched off', async () => {
    const [c1] = citizens as [Headers];
    const id = articleIds[3] as string;
    const input = {
      articleId: id,
      versionNumber: 1,
      lineStart: 1,
      lineEnd: 1,
      proposedText: 'Texte.',
      rationale: 'Motif.',
    };
    const open = await proposed(c1, { ...input, lineStart: 2, lineEnd: 2 });

    await t.sql(
      `UPDATE consultation SET opens_at = now() - interval '2 days', closes_at = now() - interval '1 second'`,
    );
    try {
      await refused(() => propose(c1, input), 'FORBIDDEN', /La consultation est close/);
      await refused(
        () => t.graphql(EDIT, { input: { amendmentId: open.id, rationale: 'Autre.' } }, c1),
        'FORBIDDEN',
        /close/,
      );
      await refused(() => t.graphql(WITHDRAW, { id: open.id }, c1), 'FORBIDDEN', /close/);
    } finally {
      await t.sql(`UPDATE consultation SET closes_at = now() + interval '60 days'`);
    }
    await t.sql('UPDATE consultation SET amendments_open = false');
    try {
      await refused(() => propose(c1, input), 'FORBIDDEN', /fermés/);
    } finally {
      await t.sql('UPDATE consultation SET amendments_open = true');
    }
    data(await propose(c1, input));
  });

  it('limits the open amendments of a participant on an article (a setting), exactly under concurrency', async () => {
    const [, , , , c5] = citizens as [Headers, Headers, Headers, Headers, Headers];
    const id = articleIds[4] as string;
    const [consultation] = await t.sql<{ id: string }>('SELECT id FROM consultation');
    const settings = data(
      await t.graphql<{
        updateConsultation: { settings: { maxOpenAmendmentsPerArticle: number } };
      }>(
        `mutation($input: UpdateConsultationInput!) { updateConsultation(input: $input) { settings { maxOpenAmendmentsPerArticle } } }`,
        {
          input: {
            consultationId: toGlobalId('Consultation', consultation?.id ?? ''),
            settings: { maxOpenAmendmentsPerArticle: 3 },
          },
        },
        admin,
      ),
    );
    expect(settings.updateConsultation.settings.maxOpenAmendmentsPerArticle).toBe(3);
    try {
      const attempts = await Promise.all(
        [1, 2, 3, 4, 5, 6].map((line) =>
          propose(c5, {
            articleId: id,
            versionNumber: 1,
            lineStart: line,
            lineEnd: line,
            proposedText: `Ligne ${line}.`,
            rationale: 'Motif.',
          }),
        ),
      );
      expect(attempts.filter((r) => !r.errors)).toHaveLength(3);
      for (const refusal of attempts.filter((r) => r.errors)) {
        expect(codeOf(refusal)).toBe('CONFLICT');
        expect(messageOf(refusal)).toMatch(/déjà 3 amendements ouverts/);
      }
      // Withdrawing one frees a place.
      const first = attempts.find((r) => !r.errors)?.data?.proposeAmendment.id as string;
      data(await t.graphql(WITHDRAW, { id: first }, c5));
      data(
        await propose(c5, {
          articleId: id,
          versionNumber: 1,
          lineStart: 7,
          lineEnd: 7,
          proposedText: 'Sept.',
          rationale: 'Motif.',
        }),
      );
    } finally {
      await t.sql('UPDATE consultation SET max_open_amendments_per_article = 10');
    }
  });

  it('lists an article’s amendments by status, lines and order, with stable keyset pages', async () => {
    const id = articleIds[5] as string;
    const created: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      const line = (i % 9) + 1;
      const amendmentData = await proposed(citizens[i % 5] as Headers, {
        articleId: id,
        versionNumber: 1,
        lineStart: line,
        lineEnd: i === 11 ? line - 1 : line,
        proposedText: `Rédaction ${i}.`,
        rationale: 'Motif.',
      });
      created.push(amendmentData.id);
    }
    data(await t.graphql(WITHDRAW, { id: created[0] }, citizens[0]));

    const list = async (vars: Record<string, unknown>) =>
      data(await t.graphql<ListData>(LIST, { id, ...vars })).article.amendments;
    const all = async (vars: Record<string, unknown>): Promise<string[]> => {
      const ids: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await list({ ...vars, first: 5, after });
        ids.push(...page.edges.map((edge) => edge.node.id));
        if (!page.pageInfo.hasNextPage) return ids;
        after = page.pageInfo.endCursor;
      }
    };

    const newest = await all({ orderBy: 'NEWEST' });
    expect(newest).toEqual([...created].reverse());
    // The total is the same on the first page (counted with the rows) and after a cursor.
    const first = await list({ orderBy: 'MOST_VOTED', first: 5 });
    const second = await list({ orderBy: 'MOST_VOTED', first: 5, after: first.pageInfo.endCursor });
    expect([first.totalCount, second.totalCount]).toEqual([12, 12]);
    expect((await list({ fromLine: 3, toLine: 4, first: 1 })).totalCount).toBe(3);
    expect(await all({ orderBy: 'OLDEST' })).toEqual(created);
    const random = await all({ orderBy: 'RANDOM', seed: 42 });
    expect([...random].sort()).toEqual([...created].sort());
    expect(await all({ orderBy: 'RANDOM', seed: 42 })).toEqual(random);
    expect(await all({ orderBy: 'RANDOM', seed: 7 })).not.toEqual(random);
    expect((await list({ status: 'OPEN' })).totalCount).toBe(11);
    expect((await list({ status: 'WITHDRAWN' })).edges.map((e) => e.node.id)).toEqual([created[0]]);

    // Lines 3..4: replacements of lines 3 and 4 (i = 2, 3) and the insertion before line 3 (i = 11).
    const touching = await list({ fromLine: 3, toLine: 4, orderBy: 'OLDEST' });
    expect(touching.edges.map((e) => e.node.id)).toEqual([created[2], created[3], created[11]]);
    expect(touching.totalCount).toBe(3);
    expect((await list({ fromLine: 9 })).edges.map((e) => e.node.id).sort()).toEqual(
      [created[8]].sort(),
    );
    const activity = (await article(id)).lineActivity;
    expect(activity).toEqual([1, 3, 2, 1, 1, 1, 1, 1, 1]);

    const inverted = await t.graphql(LIST, { id, fromLine: 5, toLine: 2 });
    expect(codeOf(inverted)).toBe('BAD_USER_INPUT');
    const badCursor = await t.graphql(LIST, { id, after: 'nimporte' });
    expect(codeOf(badCursor)).toBe('BAD_USER_INPUT');

    // Orders by votes (the deliberation context's tallies).
    const byVotes = await t.graphql<ListData>(LIST, { id, orderBy: 'MOST_VOTED' });
    expect(byVotes.errors).toBeUndefined();
    expect(byVotes.data?.article.amendments.totalCount).toBe(12);
  });

  it('reads a page of amendments with their relations in a constant number of SQL queries', async () => {
    const id = articleIds[5] as string;
    const dataSource = t.app.get(DataSource);
    const runner = dataSource.createQueryRunner();
    const prototype = Object.getPrototypeOf(runner) as { query: (...args: unknown[]) => unknown };
    await runner.release();
    const original = prototype.query;
    let queries = 0;
    prototype.query = function (this: unknown, ...args: unknown[]) {
      queries += 1;
      return original.apply(this, args);
    };
    // Every relation of an amendment: the count must not grow with the page.
    const everything = (first: number) =>
      t.graphql(
        `query($id: ID!, $first: Int) { article(id: $id) { title lineActivity
           amendments(first: $first, orderBy: OLDEST) { totalCount edges { node {
             id author { displayName } baseVersion { number lines { number } } article { number }
             revisions { kind } diff { kind } resultingText incorporatedIn { number }
             reproposedAs { id } reproposedFrom { id }
             votes { agree mixed disagree total } viewerVote moderation { hidden reason }
             officialResponses { id decision } } } } } }`,
        { id, first },
      );
    // The article page of the design: article, lines, amendments with tallies, authors, responses.
    const articlePage = (first: number) =>
      t.graphql(
        `query($id: ID!, $first: Int) { article(id: $id) { number title currentVersion { number lines { number text } }
           votes { total } lineActivity
           amendments(first: $first, orderBy: MOST_VOTED) { totalCount edges { node {
             id lineStart lineEnd proposedText status author { displayName }
             votes { agree mixed disagree total } officialResponses { decision } } } } } }`,
        { id, first },
      );
    const count = async (run: () => Promise<{ errors?: unknown }>): Promise<number> => {
      queries = 0;
      expect((await run()).errors).toBeUndefined();
      return queries;
    };
    try {
      const small = await count(() => everything(2));
      expect(await count(() => everything(12))).toBe(small);
      const page = await count(() => articlePage(2));
      expect(await count(() => articlePage(12))).toBe(page);
      // The design's target: at most 10 statements, whatever the page size — the article, the
      // page of amendments with their total and vote counters, the current version, the line
      // activity, the article's counters, the responses of the article and of the amendments,
      // the amendments' moderation states and their authors.
      expect(page).toBeLessThanOrEqual(10);
    } finally {
      prototype.query = original;
    }
  });

  it('registers amendments as nodes and as targets, active while OPEN', async () => {
    const [c1] = citizens as [Headers];
    const id = articleIds[6] as string;
    const created = await proposed(c1, {
      articleId: id,
      versionNumber: 1,
      lineStart: 1,
      lineEnd: 1,
      proposedText: 'Autre.',
      rationale: 'Motif.',
    });
    const node = data(
      await t.graphql<{ node: { id: string; lineStart: number } | null }>(
        `query($id: ID!) { node(id: $id) { id ... on Amendment { lineStart } } }`,
        { id: created.id },
      ),
    );
    expect(node.node).toEqual({ id: created.id, lineStart: 1 });
    const targets = t.app.get(TargetRegistry);
    expect(await targets.resolve(created.id, ['Amendment'])).toMatchObject({
      kind: 'Amendment',
      articleId: Buffer.from(id, 'base64').toString().split(':')[1],
      hidden: false,
      active: true,
      rules: { amendmentsOpen: true },
    });
    data(await t.graphql(WITHDRAW, { id: created.id }, c1));
    expect(await targets.resolve(created.id, ['Amendment'])).toMatchObject({ active: false });
  });

  it('refuses to edit an amendment someone has voted on', async () => {
    const [c1] = citizens as [Headers];
    const id = articleIds[6] as string;
    const created = await proposed(c1, {
      articleId: id,
      versionNumber: 1,
      lineStart: 3,
      lineEnd: 3,
      proposedText: 'Autre.',
      rationale: 'Motif.',
    });
    // A real vote, through the API (the deliberation context's tally and event included).
    const vote = await t.graphql(
      'mutation($input: CastVoteInput!) { castVote(input: $input) { total } }',
      { input: { targetId: created.id, value: 'AGREE' } },
      await t.as('citoyen2@amendo.test'),
    );
    expect(vote.errors).toBeUndefined();
    await refused(
      () => t.graphql(EDIT, { input: { amendmentId: created.id, rationale: 'Autre motif.' } }, c1),
      'CONFLICT',
      /reçu des votes/,
    );
    // Withdrawing stays possible.
    data(await t.graphql(WITHDRAW, { id: created.id }, c1));
  });

  describe('races', () => {
    it('two publications at once: both versions apply in turn and no amendment is left on the wrong lines', async () => {
      const id = articleIds[7] as string;
      const v1 = (await article(id)).currentVersion.text;
      for (const [i, line] of [1, 3, 5, 7, 9].entries()) {
        await proposed(citizens[i] as Headers, {
          articleId: id,
          versionNumber: 1,
          lineStart: line,
          lineEnd: line,
          proposedText: `Ligne ${line} réécrite.`,
          rationale: 'Motif.',
        });
      }
      const a = `Tête A.\n${v1}`;
      const b = replaceLines(v1, 5, 5, ['Milieu B.']);
      const [ra, rb] = await Promise.all([
        publish({ articleId: id, text: a, changelog: 'A.' }),
        publish({ articleId: id, text: b, changelog: 'B.' }),
      ]);
      expect(ra.errors).toBeUndefined();
      expect(rb.errors).toBeUndefined();
      expect(
        [ra.data?.publishArticleVersion.number, rb.data?.publishArticleVersion.number].sort(),
      ).toEqual([2, 3]);
      await expectAnchored(id);
      const statuses = await t.sql<{ status: string; n: number }>(
        `SELECT status, count(*)::int AS n FROM amendment WHERE article_id = $1 GROUP BY status ORDER BY status`,
        [Buffer.from(id, 'base64').toString().split(':')[1]],
      );
      // Whichever came first, each amendment is now on version 3's lines, or outdated.
      expect(statuses.reduce((sum, row) => sum + row.n, 0)).toBe(5);

      // With the same base version, the second publication is refused and writes nothing.
      const current = (await article(id)).currentVersion;
      const [rc, rd] = await Promise.all([
        publish({
          articleId: id,
          text: `${current.text}\nC.`,
          changelog: 'C.',
          baseVersionNumber: current.number,
        }),
        publish({
          articleId: id,
          text: `${current.text}\nD.`,
          changelog: 'D.',
          baseVersionNumber: current.number,
        }),
      ]);
      expect([codeOf(rc), codeOf(rd)].sort()).toEqual(['CONFLICT', undefined].sort());
      await expectAnchored(id);
    });

    it('a publication racing 50 proposals: every amendment is on its version’s lines, outdated, or refused', async () => {
      const id = articleIds[8] as string;
      const extra: Headers[] = [];
      for (let i = 0; i < 5; i += 1) {
        const email = `course-${i}-${Date.now()}@example.org`;
        const registered = await t.graphql<{ register: { token: string } }>(
          'mutation($input: RegisterInput!) { register(input: $input) { token } }',
          { input: { email, password: 'Course-rapide-2026-ouvree!', displayName: `Coureur ${i}` } },
        );
        extra.push({ authorization: `Bearer ${data(registered).register.token}` });
      }
      const people = [...citizens, ...extra];
      const v1 = (await article(id)).currentVersion.text;
      // The new version rewrites line 5 and inserts a line after line 2.
      const v2 = replaceLines(replaceLines(v1, 5, 5, ['Ligne cinq réécrite.']), 3, 2, ['Insérée.']);
      const proposals = Array.from({ length: 50 }, (_, i) => {
        const line = (i % 9) + 1;
        const insertion = i % 7 === 0;
        return () =>
          propose(people[i % people.length] as Headers, {
            articleId: id,
            versionNumber: 1,
            lineStart: line,
            lineEnd: insertion ? line - 1 : line,
            proposedText: `Course ${i}.`,
            rationale: 'Motif.',
          });
      });
      // Spread over ~300 ms with the publication early: some proposals commit before it,
      // some wait for its lock, some arrive after it.
      const later = <T>(ms: number, run: () => Promise<T>): Promise<T> =>
        new Promise((resolve, reject) => setTimeout(() => run().then(resolve, reject), ms));
      const [published, ...outcomes] = await Promise.all([
        later(40, () => publish({ articleId: id, text: v2, changelog: 'Course.' })),
        ...proposals.map((run, i) => later(i * 6, run)),
      ]);
      expect(published.errors).toBeUndefined();
      let accepted = 0;
      let conflicts = 0;
      for (const outcome of outcomes) {
        if (outcome.errors) {
          conflicts += 1;
          expect(codeOf(outcome)).toBe('CONFLICT');
          expect(messageOf(outcome)).toMatch(/n’est plus la version en vigueur/);
        } else accepted += 1;
      }
      const rows = await t.sql<{
        status: string;
        base_version_number: number;
        line_start: number;
        line_end: number;
        original_text: string;
      }>(
        `SELECT status, base_version_number, line_start, line_end, original_text FROM amendment WHERE article_id = $1`,
        [Buffer.from(id, 'base64').toString().split(':')[1]],
      );
      expect(rows).toHaveLength(accepted);
      for (const row of rows) {
        if (row.status === 'OPEN') {
          expect(row.base_version_number).toBe(2);
          expect(extractRange(v2, { lineStart: row.line_start, lineEnd: row.line_end })).toBe(
            row.original_text,
          );
        } else {
          expect(row).toMatchObject({ status: 'OUTDATED', base_version_number: 1 });
          expect(extractRange(v1, { lineStart: row.line_start, lineEnd: row.line_end })).toBe(
            row.original_text,
          );
        }
      }
      expect(accepted + conflicts).toBe(50);
      await expectAnchored(id);
    });
  });
});
