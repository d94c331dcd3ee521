import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { DemoSeedService } from '../src/demo/demo-seed.service.js';
import { startTestApp, type TestApp } from './test-app.js';

type Headers = Record<string, string>;

const SLUG = 'schema-regional-du-numerique';
/** Quotes of both kinds, commas, backslashes (one before an `n`), a newline, a tab, non-ASCII. */
const TRICKY =
  'Il dit "oui", \'non\' et « peut-être » ; C:\\dossier\\nom \\\\ fin\nDeuxième ligne\tavec tabulation ✓ 🚀';
const HIDDEN_BODY = 'Argument masqué SECRET-XYZ-42 : propos injurieux.';

interface SchemaField {
  name: string;
  type: string;
  format?: string;
  description?: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
}
interface Resource {
  name: string;
  path: string;
  format: string;
  mediatype: string;
  encoding: string;
  schema: {
    fields: SchemaField[];
    primaryKey: string[];
    foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
  };
}
interface DataPackage {
  name: string;
  title: string;
  licenses: { name: string; path: string; title: string }[];
  resources: Resource[];
}

/** A row as read from a file: CSV cells (strings, '' for null) or NDJSON values. */
type Row = Record<string, unknown>;

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Checks one value against its Table Schema field; returns the problem, or null. CSV cells are
 * strings to parse (missing value: ''); NDJSON values are JSON (missing value: null).
 */
function problemOf(field: SchemaField, value: unknown, csv: boolean): string | null {
  const missing = csv ? value === '' : value === null;
  if (missing) return field.constraints?.required ? 'required but missing' : null;
  if (value === undefined) return 'absent';
  let typed: unknown = value;
  switch (field.type) {
    case 'integer':
      if (csv) {
        if (typeof value !== 'string' || !/^-?\d+$/.test(value))
          return `not an integer: ${String(value)}`;
        typed = Number(value);
      } else if (!Number.isInteger(value)) return `not an integer: ${JSON.stringify(value)}`;
      break;
    case 'boolean':
      if (csv) {
        if (value !== 'true' && value !== 'false') return `not a boolean: ${String(value)}`;
      } else if (typeof value !== 'boolean') return `not a boolean: ${JSON.stringify(value)}`;
      break;
    case 'datetime':
      if (typeof value !== 'string' || !ISO_DATETIME.test(value) || Number.isNaN(Date.parse(value)))
        return `not a datetime: ${String(value)}`;
      break;
    case 'object':
      if (csv) {
        try {
          typed = JSON.parse(value as string);
        } catch {
          return `not JSON: ${String(value)}`;
        }
      }
      if (typeof typed !== 'object' || typed === null || Array.isArray(typed))
        return `not an object: ${JSON.stringify(value)}`;
      break;
    case 'string':
      if (typeof value !== 'string') return `not a string: ${JSON.stringify(value)}`;
      if (field.format === 'uuid' && !UUID.test(value)) return `not a uuid: ${value}`;
      if (field.format === 'uri' && !/^https?:\/\/\S+$/.test(value)) return `not a uri: ${value}`;
      break;
    default:
      return `unknown type ${field.type}`;
  }
  if (field.constraints?.enum && !field.constraints.enum.includes(typed as string))
    return `not in enum: ${String(typed)}`;
  if (field.constraints?.pattern && !new RegExp(field.constraints.pattern).test(typed as string))
    return `does not match ${field.constraints.pattern}: ${String(typed)}`;
  return null;
}

/** Every problem of a file against its schema (names and order of fields, types, constraints, keys). */
function validate(resource: Resource, names: string[], rows: Row[], csv: boolean): string[] {
  const problems: string[] = [];
  const expected = resource.schema.fields.map((field) => field.name);
  if (JSON.stringify(names) !== JSON.stringify(expected))
    problems.push(`${resource.path}: fields ${names.join(',')} instead of ${expected.join(',')}`);
  const keys = new Set<string>();
  rows.forEach((row, index) => {
    if (!csv && JSON.stringify(Object.keys(row)) !== JSON.stringify(expected))
      problems.push(`${resource.path} row ${index + 1}: keys ${Object.keys(row).join(',')}`);
    for (const field of resource.schema.fields) {
      const problem = problemOf(field, row[field.name], csv);
      if (problem) problems.push(`${resource.path} row ${index + 1} ${field.name}: ${problem}`);
    }
    const key = JSON.stringify(resource.schema.primaryKey.map((name) => row[name]));
    if (keys.has(key)) problems.push(`${resource.path} row ${index + 1}: duplicate key ${key}`);
    keys.add(key);
  });
  return problems;
}

function parseCsv(text: string): { names: string[]; rows: Row[] } {
  const records = parse(text, { bom: false, relax_column_count: false }) as string[][];
  const [names = [], ...cells] = records;
  return {
    names,
    rows: cells.map((values) => Object.fromEntries(names.map((name, i) => [name, values[i]]))),
  };
}

function parseNdjson(text: string): { names: string[]; rows: Row[] } {
  expect(text === '' || text.endsWith('\n')).toBe(true);
  const rows = text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Row);
  return { names: rows[0] ? Object.keys(rows[0]) : [], rows };
}

/** A GET with the path sent exactly as written (fetch would resolve `..` itself). */
function rawGet(
  base: string,
  path: string,
): Promise<{ status: number; body: string; type: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body, type: String(res.headers['content-type']) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('open data: bulk exports', () => {
  let t: TestApp;
  let base: string;
  let pkg: DataPackage;
  const files = new Map<string, { text: string; names: string[]; rows: Row[] }>();
  const who: Record<string, Headers> = {};
  const ids: Record<string, string> = {};

  const uuidOf = (globalId: string): string =>
    Buffer.from(globalId, 'base64').toString().split(':')[1] as string;

  async function ok<T>(
    query: string,
    input: Record<string, unknown>,
    headers: Headers,
  ): Promise<T> {
    const { data, errors } = await t.graphql<T>(query, { input }, headers);
    if (!data || errors) throw new Error(JSON.stringify(errors));
    return data;
  }

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    await t.app.get(DemoSeedService).seed();
    base = `${t.url}/open-data/${SLUG}`;
    for (const [name, email] of Object.entries({
      author: 'citoyen1@amendo.test',
      c2: 'citoyen2@amendo.test',
      c3: 'citoyen3@amendo.test',
      c4: 'citoyen4@amendo.test',
      c5: 'citoyen5@amendo.test',
      official: 'elu@amendo.test',
      mod: 'moderation@amendo.test',
      facilitator: 'mediation@amendo.test',
    })) {
      who[name] = await t.as(email);
    }
    const [article] = await t.sql<{ id: string; section_id: string }>(
      'SELECT id, section_id FROM article ORDER BY number LIMIT 1',
    );
    const articleId = Buffer.from(`Article:${article?.id}`).toString('base64');
    const sectionId = Buffer.from(`Section:${article?.section_id}`).toString('base64');

    const amendment = await ok<{ proposeAmendment: { id: string } }>(
      'mutation($input: ProposeAmendmentInput!) { proposeAmendment(input: $input) { id } }',
      {
        articleId,
        versionNumber: 1,
        lineStart: 1,
        lineEnd: 1,
        proposedText: TRICKY,
        rationale: 'Des "guillemets", des virgules, et un \\ pour voir.',
      },
      who.author as Headers,
    );
    ids.amendment = amendment.proposeAmendment.id;
    const proposal = await ok<{ proposeArticle: { id: string } }>(
      'mutation($input: ProposeArticleInput!) { proposeArticle(input: $input) { id } }',
      {
        sectionId,
        title: 'Un article « nouveau »',
        body: 'Premier alinéa.\nSecond alinéa, avec "citation".',
        rationale: 'Parce que.',
      },
      who.c2 as Headers,
    );
    ids.proposal = proposal.proposeArticle.id;

    const VOTE = 'mutation($input: CastVoteInput!) { castVote(input: $input) { total } }';
    for (const [voter, targetId, value] of [
      [who.c2, ids.amendment, 'AGREE'],
      [who.c3, ids.amendment, 'DISAGREE'],
      [who.c4, ids.amendment, 'MIXED'],
      [who.c2, articleId, 'AGREE'],
      [who.c5, ids.proposal, 'AGREE'],
      [who.c3, ids.proposal, 'MIXED'],
    ] as const) {
      await ok(VOTE, { targetId, value }, voter as Headers);
    }

    const ARGUE = 'mutation($input: PostArgumentInput!) { postArgument(input: $input) { id } }';
    await ok(
      ARGUE,
      { targetId: ids.amendment, stance: 'FOR', body: 'Oui : "clair", net \\ précis.' },
      who.c2 as Headers,
    );
    const hidden = await ok<{ postArgument: { id: string } }>(
      ARGUE,
      { targetId: articleId, stance: 'AGAINST', body: HIDDEN_BODY },
      who.c3 as Headers,
    );
    ids.hiddenArgument = hidden.postArgument.id;
    await ok(
      'mutation($input: ModerateInput!) { moderate(input: $input) { id } }',
      {
        contributionId: ids.hiddenArgument,
        action: 'HIDE',
        reasonCategory: 'OFFENSIVE',
        reason: 'Propos injurieux envers une personne nommée.',
      },
      who.mod as Headers,
    );
    await ok(
      'mutation($input: AddSourceInput!) { addSource(input: $input) { id } }',
      { targetId: articleId, url: 'https://cnnumerique.fr/rapport', title: 'Rapport du CNNum' },
      who.c4 as Headers,
    );
    await ok(
      'mutation($input: PublishResponseInput!) { publishOfficialResponse(input: $input) { id } }',
      {
        targetId: ids.amendment,
        decision: 'UNDER_STUDY',
        body: 'Nous étudions cette "proposition".',
      },
      who.official as Headers,
    );

    // A workshop, and an argument a facilitator entered on its behalf (issue 12).
    const [consultation] = await t.sql<{ id: string }>('SELECT id FROM consultation LIMIT 1');
    const workshop = await ok<{ recordWorkshop: { id: string } }>(
      'mutation($input: RecordWorkshopInput!) { recordWorkshop(input: $input) { id } }',
      {
        consultationId: Buffer.from(`Consultation:${consultation?.id}`).toString('base64'),
        title: 'Atelier « Citoyenneté »',
        place: 'Châteauroux',
        heldOn: new Date().toISOString().slice(0, 10),
        participantCount: 18,
      },
      who.facilitator as Headers,
    );
    ids.workshop = workshop.recordWorkshop.id;
    const fromWorkshop = await ok<{ postArgument: { id: string } }>(
      ARGUE,
      {
        targetId: ids.amendment,
        stance: 'AGAINST',
        body: 'Entendu à l’atelier.',
        workshopId: ids.workshop,
      },
      who.facilitator as Headers,
    );
    ids.workshopArgument = fromWorkshop.postArgument.id;

    const response = await fetch(`${base}/datapackage.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    pkg = (await response.json()) as DataPackage;
    for (const resource of pkg.resources) {
      const res = await fetch(new URL(resource.path, `${base}/datapackage.json`));
      expect([resource.path, res.status]).toEqual([resource.path, 200]);
      expect(res.headers.get('content-type')).toBe(
        resource.format === 'csv'
          ? 'text/csv; charset=utf-8'
          : 'application/x-ndjson; charset=utf-8',
      );
      expect(res.headers.get('content-disposition')).toBe(
        `inline; filename="${SLUG}-${resource.path}"`,
      );
      expect(res.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
      const text = await res.text();
      files.set(resource.path, {
        text,
        ...(resource.format === 'csv' ? parseCsv(text) : parseNdjson(text)),
      });
    }
  });
  afterAll(() => t.close());

  const rowsOf = (path: string): Row[] => files.get(path)?.rows ?? [];

  it('describes every dataset as CSV and NDJSON with relative paths, real types and the licence', () => {
    expect(pkg.name).toBe(`amendo-${SLUG}`);
    expect(pkg.licenses).toEqual([
      expect.objectContaining({
        name: 'etalab-2.0',
        path: expect.stringMatching(/^https:\/\/www\.etalab\.gouv\.fr\//),
      }),
    ]);
    const datasets = [
      'articles',
      'versions',
      'amendments',
      'proposals',
      'arguments',
      'sources',
      'votes',
      'responses',
      'moderation',
      'events',
      'workshops',
    ];
    expect(pkg.resources.map((resource) => resource.path).sort()).toEqual(
      datasets.flatMap((name) => [`${name}.csv`, `${name}.ndjson`]).sort(),
    );
    expect(new Set(pkg.resources.map((resource) => resource.name)).size).toBe(pkg.resources.length);
    for (const resource of pkg.resources) {
      expect(resource.path).toMatch(/^[a-z]+\.(csv|ndjson)$/);
      expect(resource).toMatchObject({ encoding: 'utf-8' });
      expect(resource.mediatype).toBe(
        resource.format === 'csv' ? 'text/csv' : 'application/x-ndjson',
      );
      for (const field of resource.schema.fields) {
        expect(['string', 'integer', 'boolean', 'datetime', 'object']).toContain(field.type);
        expect(field.description?.length).toBeGreaterThan(3);
      }
      expect(resource.schema.primaryKey.length).toBeGreaterThan(0);
    }
    const types = new Set(pkg.resources.flatMap((r) => r.schema.fields.map((f) => f.type)));
    expect([...types].sort()).toEqual(['boolean', 'datetime', 'integer', 'object', 'string']);
    const votes = pkg.resources.find((resource) => resource.path === 'votes.csv');
    expect(votes?.schema.fields.map((field) => [field.name, field.type])).toEqual([
      ['target_id', 'string'],
      ['target_kind', 'string'],
      ['participant', 'string'],
      ['value', 'string'],
      ['created_at', 'datetime'],
      ['updated_at', 'datetime'],
    ]);
  });

  it('validates every row of every file against its Table Schema', () => {
    const problems: string[] = [];
    for (const resource of pkg.resources) {
      const file = files.get(resource.path);
      if (!file) throw new Error(`${resource.path} not downloaded`);
      problems.push(...validate(resource, file.names, file.rows, resource.format === 'csv'));
    }
    expect(problems).toEqual([]);
    // Nothing is empty by accident, and both formats hold the same rows.
    for (const name of [
      'articles',
      'versions',
      'amendments',
      'proposals',
      'arguments',
      'sources',
      'votes',
      'responses',
      'moderation',
      'events',
      'workshops',
    ]) {
      expect([name, rowsOf(`${name}.csv`).length > 0]).toEqual([name, true]);
      expect(rowsOf(`${name}.ndjson`).length).toBe(rowsOf(`${name}.csv`).length);
    }
    // Foreign keys hold.
    for (const resource of pkg.resources.filter((r) => r.format === 'csv')) {
      for (const key of resource.schema.foreignKeys ?? []) {
        const targets = new Set(
          rowsOf(`${key.reference.resource}.csv`).map((row) => row[key.reference.fields]),
        );
        for (const row of rowsOf(resource.path)) {
          if (row[key.fields] !== '')
            expect([resource.path, targets.has(row[key.fields])]).toEqual([resource.path, true]);
        }
      }
    }
  });

  it('round-trips quotes, backslashes, newlines and tabs in both formats', () => {
    const id = uuidOf(ids.amendment as string);
    const csv = rowsOf('amendments.csv').find((row) => row.id === id);
    const ndjson = rowsOf('amendments.ndjson').find((row) => row.id === id);
    expect(csv?.proposed_text).toBe(TRICKY);
    expect(ndjson?.proposed_text).toBe(TRICKY);
    expect(ndjson?.rationale).toBe('Des "guillemets", des virgules, et un \\ pour voir.');
    expect(csv?.rationale).toBe(ndjson?.rationale);
    expect(ndjson?.hidden).toBe(false);
    const proposal = rowsOf('proposals.ndjson').find(
      (row) => row.id === uuidOf(ids.proposal as string),
    );
    expect(proposal?.body).toBe('Premier alinéa.\nSecond alinéa, avec "citation".');
  });

  it('exports the workshops and the provenance of what was entered on their behalf', () => {
    const workshop = uuidOf(ids.workshop as string);
    expect(rowsOf('workshops.ndjson')).toEqual([
      expect.objectContaining({
        id: workshop,
        title: 'Atelier « Citoyenneté »',
        place: 'Châteauroux',
        participant_count: 18,
      }),
    ]);
    const argument = rowsOf('arguments.ndjson').find(
      (row) => row.id === uuidOf(ids.workshopArgument as string),
    );
    expect(argument?.workshop_id).toBe(workshop);
    expect(argument?.author).toBe(rowsOf('workshops.ndjson')[0]?.facilitator);
    // Everything written online has no workshop.
    for (const name of ['amendments', 'proposals', 'arguments']) {
      const online = rowsOf(`${name}.ndjson`).filter((row) => row.id !== argument?.id);
      expect([name, online.every((row) => row.workshop_id === null)]).toEqual([name, true]);
    }
  });

  it('exports a hidden argument as a tombstone: no body anywhere', () => {
    const id = uuidOf(ids.hiddenArgument as string);
    expect(rowsOf('arguments.ndjson').find((row) => row.id === id)).toMatchObject({
      hidden: true,
      body: null,
    });
    expect(rowsOf('arguments.csv').find((row) => row.id === id)).toMatchObject({
      hidden: 'true',
      body: '',
    });
    for (const [path, file] of files)
      expect([path, file.text.includes('SECRET-XYZ-42')]).toEqual([path, false]);
    expect(rowsOf('moderation.ndjson')).toContainEqual(
      expect.objectContaining({ kind: 'HIDE', target_id: id, reason_category: 'OFFENSIVE' }),
    );
  });

  it('has no email and no participant id in any file, and consistent pseudonyms', async () => {
    const participants = await t.sql<{ id: string }>('SELECT id FROM participant');
    for (const [path, file] of files) {
      expect([path, /[\w.+-]+@[\w-]+\.[\w.-]+/.test(file.text)]).toEqual([path, false]);
      expect([path, file.text.includes('@')]).toEqual([path, false]);
      for (const { id } of participants)
        expect([path, file.text.includes(id)]).toEqual([path, false]);
    }
    const amendmentId = uuidOf(ids.amendment as string);
    const amendment = rowsOf('amendments.ndjson').find((row) => row.id === amendmentId);
    const proposed = rowsOf('events.ndjson').find(
      (row) => row.type === 'amendment.proposed' && row.subject_id === amendmentId,
    );
    expect(amendment?.author).toMatch(/^[0-9a-f]{32}$/);
    expect(proposed?.actor).toBe(amendment?.author);
    expect(proposed?.payload).toEqual(expect.not.objectContaining({ authorId: expect.anything() }));
    const votes = rowsOf('votes.ndjson').filter((row) => row.target_id === amendmentId);
    expect(votes.map((row) => row.value).sort()).toEqual(['AGREE', 'DISAGREE', 'MIXED']);
    expect(new Set(votes.map((row) => row.participant)).size).toBe(3);
    const castEvents = rowsOf('events.ndjson').filter(
      (row) => row.type === 'vote.cast' && row.subject_id === amendmentId,
    );
    expect(castEvents.map((row) => row.actor).sort()).toEqual(
      votes.map((row) => row.participant).sort(),
    );
    // Moderators are not named, not even by pseudonym.
    const hiding = rowsOf('events.ndjson').find((row) => row.type === 'contribution.hidden');
    expect(hiding).toMatchObject({ actor: null });
    expect(rowsOf('responses.ndjson')).toContainEqual(
      expect.objectContaining({
        target_id: amendmentId,
        decision: 'UNDER_STUDY',
        official_name: 'Claire Vasseur',
      }),
    );
  });

  it('answers unknown names, odd characters and `..` with a coded 4xx, never a 500', async () => {
    const expectNotFound = async (path: string): Promise<void> => {
      const res = await rawGet(t.url, path);
      expect([path, res.status]).toEqual([path, 404]);
      expect([path, res.type]).toEqual([path, expect.stringMatching(/^application\/json/)]);
      const body = JSON.parse(res.body) as {
        errors: { message: string; extensions: { code: string } }[];
      };
      expect([path, body.errors[0]?.extensions.code]).toEqual([path, 'NOT_FOUND']);
      expect(body.errors[0]?.message.length).toBeGreaterThan(0);
    };
    for (const path of [
      '/open-data/inconnue/datapackage.json',
      '/open-data/inconnue/votes.csv',
      `/open-data/${SLUG}/nope.csv`,
      `/open-data/${SLUG}/votes.xml`,
      `/open-data/${SLUG}/votes`,
      `/open-data/${SLUG}/VOTES.CSV`,
      `/open-data/${SLUG}/../../etc/passwd`,
      `/open-data/${SLUG}/..%2F..%2Fetc%2Fpasswd`,
      `/open-data/${SLUG}/%2e%2e/votes.csv`,
      `/open-data/..%2F${SLUG}/votes.csv`,
      '/open-data/../graphql',
      '/open-data/Schema-Regional/votes.csv',
      `/open-data/${SLUG}/votes.csv%00.ndjson`,
      `/open-data/${SLUG}/a/b/c.csv`,
      `/open-data/${'x'.repeat(5000)}/votes.csv`,
    ]) {
      await expectNotFound(path);
    }
    // A malformed percent-encoding is refused by the router itself, before any route: a 400.
    const malformed = await rawGet(t.url, `/open-data/${SLUG}/%E0%A4%A.csv`);
    expect(malformed.status).toBe(400);
    expect(malformed.type).toMatch(/^application\/json/);
    expect(JSON.parse(malformed.body)).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT' } }],
    });
    const index = await fetch(`${t.url}/open-data/`);
    expect(
      ((await index.json()) as { consultations: { datapackage: string }[] }).consultations,
    ).toContainEqual(expect.objectContaining({ datapackage: `${SLUG}/datapackage.json` }));
  });

  it('leaves no export connection busy once the downloads are done', async () => {
    const busy = await t.sql(
      `SELECT pid FROM pg_stat_activity WHERE application_name = 'amendo-open-data' AND state <> 'idle'`,
    );
    expect(busy).toEqual([]);
  });
});
