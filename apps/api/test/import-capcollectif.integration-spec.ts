import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { loadConfig } from '../src/config/config.js';
import type { ImportSummary } from '../src/import/import-summary.js';
import { CapCollectifImporter } from '../src/import/services/capcollectif-importer.service.js';
import { createTestDatabase, startTestApp, type TestApp } from './test-app.js';

const ROOT = loadConfig().rootDir;
/** The public export of the 2019 RUA consultation (Licence Ouverte), beside the checkout. */
const RUA =
  process.env.AMENDO_RUA_CSV ??
  join(ROOT, '..', 'shared', 'data', 'cap-collectif-rua-fonctionnement.csv');
const describeWithRua = existsSync(RUA) ? describe : describe.skip;

const globalId = (type: string, uuid: string): string =>
  Buffer.from(`${type}:${uuid}`).toString('base64');

const TABLES = [
  'consultation',
  'section',
  'participant',
  'proposal',
  'proposal_revision',
  'vote',
  'argument',
  'source',
  'report',
  'moderation_action',
  'moderation_state',
  'event',
  'import_source',
];

/** Row counts of every table an import writes, and a digest of the tallies. */
async function snapshot(t: TestApp): Promise<Record<string, string | number>> {
  const [row] = await t.sql<Record<string, string>>(
    `SELECT ${TABLES.map((table) => `(SELECT count(*) FROM ${table})::int AS ${table}`).join(', ')},
            (SELECT md5(coalesce(string_agg(target_id::text || agree || '/' || mixed || '/' || disagree, ',' ORDER BY target_id), ''))
             FROM vote_tally) AS tallies,
            (SELECT md5(coalesce(string_agg(target_id::text || participant_id::text || value || updated_at::text, ',' ORDER BY target_id, participant_id), ''))
             FROM vote) AS votes`,
  );
  return row ?? {};
}

interface Tally {
  agree: number;
  mixed: number;
  disagree: number;
}

/** The file's own recount, written independently of the importer: rows in file order, the later vote of a participant on an opinion wins. */
function recountFile(path: string): Map<string, Tally> {
  const records = parse(readFileSync(path), {
    delimiter: ';',
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
  }) as string[][];
  const header = records[0] as string[];
  const col = (name: string): number => header.indexOf(name);
  const [type, target, author, value] = [
    col('type'),
    col('contributions_votes_related_id'),
    col('contributions_votes_author_id'),
    col('contributions_votes_value'),
  ];
  const votes = new Map<string, string>();
  for (const record of records.slice(1)) {
    if (record[type] !== 'vote') continue;
    votes.set(`${record[target]}|${record[author]}`, record[value] as string);
  }
  const tallies = new Map<string, Tally>();
  for (const [key, vote] of votes) {
    const opinion = key.split('|')[0] as string;
    const tally = tallies.get(opinion) ?? { agree: 0, mixed: 0, disagree: 0 };
    if (vote === 'YES') tally.agree += 1;
    else if (vote === 'MITIGE') tally.mixed += 1;
    else if (vote === 'NO') tally.disagree += 1;
    tallies.set(opinion, tally);
  }
  return tallies;
}

/** A small export with one row of each kind of trouble, in the RUA file's columns. */
function fixture(dir: string): string {
  const header = (readFileSync(RUA, 'utf8').split('\n')[0] as string).split(';');
  const url =
    'https://consultation.example.org/consultations/essai-import/consultation/consultation/opinions';
  const rows: Record<string, string>[] = [
    {
      type: 'opinion',
      contributions_id: 'op-1',
      contributions_author_id: 'author-1',
      contributions_consultation_title: 'Essai d’import',
      contributions_section_title: '1. Première partie',
      contributions_title: 'Une première proposition',
      contributions_bodyText: 'Son texte &gt; tout le reste.',
      contributions_createdAt: '01/10/2019 09:00',
      contributions_updatedAt: '01/10/2019 09:00',
      contributions_url: `${url}/1-premiere-partie/une-premiere-proposition`,
      contributions_published: '1',
      contributions_votesCount: '2',
      contributions_votesCountOk: '1',
      contributions_votesCountMitige: '1',
      contributions_votesCountNok: '0',
    },
    vote('v-1', 'op-1', 'author-2', 'YES', '01/10/2019 10:00'),
    vote('v-2', 'op-1', 'author-2', 'MITIGE', '01/10/2019 11:00'),
    vote('v-3', 'op-1', 'author-3', 'PEUT-ETRE', '01/10/2019 11:00'),
    argument('arg-1', 'op-2', 'FOR', 'Un argument sur une proposition qui vient après.'),
    argument('arg-2', 'op-inconnue', 'AGAINST', 'Un argument sur une proposition absente.'),
    {
      type: 'opinion',
      contributions_id: 'op-2',
      contributions_author_id: 'author-3',
      contributions_consultation_title: 'Essai d’import',
      contributions_section_title: '2. Seconde partie',
      contributions_title: 'Une proposition mise à la corbeille',
      contributions_bodyText: 'Achetez mes montres.',
      contributions_createdAt: '02/10/2019 09:00',
      contributions_url: `${url}/2-seconde-partie/une-proposition-mise-a-la-corbeille`,
      contributions_published: '1',
      contributions_trashed: '1',
      contributions_trashedStatus: 'INVISIBLE',
      contributions_trashedAt: '03/10/2019 09:00',
      contributions_trashedReason: 'Spam publicitaire',
      contributions_votesCount: '0',
      contributions_votesCountOk: '0',
      contributions_votesCountMitige: '0',
      contributions_votesCountNok: '0',
    },
    report('1', 'op-2', 'author-1', 'SPAM'),
    report('2', 'op-2', 'author-1', 'OFF'),
    {
      type: 'source',
      contributions_sources_id: 'src-1',
      contributions_sources_related_id: 'op-1',
      contributions_sources_related_kind: 'opinion',
      contributions_sources_author_id: 'author-2',
      contributions_sources_body: '<p>Une <a href="https://www.example.org/etude">étude</a></p>',
      contributions_sources_createdAt: '02/10/2019 12:00',
      contributions_sources_published: '1',
    },
    {
      type: 'version',
      contributions_id: 'op-1',
      contribution_versions_id: 'ver-1',
      contribution_versions_title: 'Une autre rédaction',
      contribution_versions_bodyText: 'Son texte, autrement dit.',
      contribution_versions_createdAt: '02/10/2019 15:00',
    },
    { type: 'petition', contributions_id: 'x' },
    vote('v-4', 'op-1', '', 'NO', '01/10/2019 12:00'),
    {
      // A link longer than Amendo takes: the database refuses the row, the batch goes on.
      type: 'source',
      contributions_sources_id: 'src-2',
      contributions_sources_related_id: 'op-1',
      contributions_sources_related_kind: 'opinion',
      contributions_sources_author_id: 'author-2',
      contributions_sources_body: `<a href="https://www.example.org/${'x'.repeat(2100)}">long</a>`,
      contributions_sources_createdAt: '02/10/2019 12:00',
      contributions_sources_published: '1',
    },
  ];
  // Ragged, as real exports: trailing empty fields left out.
  const lines = rows.map((row) =>
    header
      .map((name) => row[name] ?? '')
      .join(';')
      .replace(/;+$/, ''),
  );
  const path = join(dir, 'essai.csv');
  writeFileSync(path, [header.join(';'), ...lines].join('\n') + '\n');
  return path;

  function vote(id: string, target: string, author: string, value: string, at: string) {
    return {
      type: 'vote',
      contributions_votes_id: id,
      contributions_votes_related_id: target,
      contributions_votes_author_id: author,
      contributions_votes_value: value,
      contributions_votes_createdAt: at,
    };
  }
  function argument(id: string, target: string, stance: string, body: string) {
    return {
      type: 'argument',
      contributions_arguments_related_id: target,
      contributions_arguments_related_kind: 'opinion',
      contributions_arguments_id: id,
      contributions_arguments_author_id: 'author-2',
      contributions_arguments_type: stance,
      contributions_arguments_body: body,
      contributions_arguments_createdAt: '02/10/2019 10:00',
      contributions_arguments_published: '1',
    };
  }
  function report(id: string, target: string, author: string, type: string) {
    return {
      type: 'reportings',
      contributions_reportings_related_id: target,
      contributions_reportings_related_kind: 'opinion',
      contributions_reportings_id: id,
      contributions_reportings_author_id: author,
      contributions_reportings_type: type,
      contributions_reportings_body: 'Du démarchage.',
      contributions_reportings_createdAt: '02/10/2019 11:00',
    };
  }
}

describeWithRua('import of a Cap Collectif export (RUA, 2019)', () => {
  let t: TestApp;
  let importer: CapCollectifImporter;
  let first: ImportSummary;
  let dir: string;

  beforeAll(async () => {
    t = await startTestApp();
    importer = t.app.get(CapCollectifImporter);
    dir = mkdtempSync(join(tmpdir(), 'amendo-import-'));
    first = await importer.import(RUA, { now: new Date('2026-01-01T00:00:00Z') });
  }, 120_000);
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  it('imports the whole file, fast, and says what it skipped and why', async () => {
    expect(first.rowsRead).toBe(11_831);
    expect(first.imported).toMatchObject({
      sections: 3,
      proposals: 434,
      votes: 9_600,
      arguments: 1_777,
      reports: 13,
      // One trashed opinion, two trashed arguments.
      hidden: 3,
      participants: 2_904,
    });
    expect(first.votesSuperseded).toEqual([{ line: 11_718, by: 11_719 }]);
    // The export keeps no link for four of its six sources.
    expect(first.skippedByReason).toEqual({ 'source-without-link': 4 });
    expect(first.imported.sources).toBe(2);
    const differing = first.counterMismatches.filter((m) => m.file !== null);
    expect(differing.map((m) => m.line)).toEqual([11_618]);
    expect(first.counterMismatches.filter((m) => m.file === null)).toHaveLength(22);
    expect(first.durationMs).toBeLessThan(30_000);

    const [counts] = await t.sql<Record<string, number>>(
      `SELECT (SELECT count(*) FROM proposal)::int AS proposals, (SELECT count(*) FROM vote)::int AS votes,
              (SELECT count(*) FROM argument)::int AS arguments, (SELECT count(*) FROM report)::int AS reports,
              (SELECT count(*) FROM moderation_state WHERE hidden AND target_kind = 'Proposal')::int AS hidden_proposals,
              (SELECT count(*) FROM participant WHERE imported_key IS NOT NULL AND email IS NULL AND password_hash IS NULL)::int AS participants,
              (SELECT count(*) FROM proposal_revision)::int AS revisions`,
    );
    expect(counts).toEqual({
      proposals: 434,
      votes: 9_600,
      arguments: 1_777,
      reports: 13,
      hidden_proposals: 1,
      participants: 2_904,
      revisions: 434,
    });
    // Original dates, in Paris time: the first opinion of the file was posted on 07/10/2019 at 15:47.
    const [dated] = await t.sql<{ created_at: Date }>(
      `SELECT p.created_at FROM proposal p JOIN import_source s ON s.entity_id = p.id
       WHERE s.kind = 'proposal' AND s.external_id = 'f0175fce-e908-11e9-adee-0242ac110003'`,
    );
    expect(dated?.created_at.toISOString()).toBe('2019-10-07T13:47:00.000Z');
  });

  it('counts every proposal’s votes as the file’s vote rows do', async () => {
    const expected = recountFile(RUA);
    const rows = await t.sql<{
      external_id: string;
      agree: number;
      mixed: number;
      disagree: number;
    }>(
      `SELECT s.external_id, coalesce(t.agree, 0) AS agree, coalesce(t.mixed, 0) AS mixed,
              coalesce(t.disagree, 0) AS disagree
       FROM import_source s LEFT JOIN vote_tally t ON t.target_id = s.entity_id
       WHERE s.kind = 'proposal'`,
    );
    expect(rows).toHaveLength(434);
    for (const row of rows) {
      expect({
        id: row.external_id,
        agree: row.agree,
        mixed: row.mixed,
        disagree: row.disagree,
      }).toEqual({
        id: row.external_id,
        ...(expected.get(row.external_id) ?? { agree: 0, mixed: 0, disagree: 0 }),
      });
    }
    // And each tally is its vote rows' recount.
    const [drift] = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM vote_tally t
       LEFT JOIN (SELECT target_id, count(*) FILTER (WHERE value = 'AGREE') AS agree,
                         count(*) FILTER (WHERE value = 'MIXED') AS mixed,
                         count(*) FILTER (WHERE value = 'DISAGREE') AS disagree
                  FROM vote GROUP BY target_id) v ON v.target_id = t.target_id
       WHERE (t.agree, t.mixed, t.disagree) IS DISTINCT FROM (v.agree, v.mixed, v.disagree)`,
    );
    expect(drift?.n).toBe(0);
  });

  it('serves the consultation, closed, and its proposals with their tallies over GraphQL', async () => {
    const { data, errors } = await t.graphql<{
      consultation: {
        phase: string;
        sections: { title: string; proposals: { totalCount: number } }[];
      };
    }>(
      `query { consultation(slug: "comment-doit-fonctionner-le-rua") {
         phase sections { title proposals(first: 1) { totalCount } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data?.consultation.phase).toBe('CLOSED');
    expect(data?.consultation.sections.map((s) => s.proposals.totalCount)).toEqual([289, 48, 97]);
    expect(data?.consultation.sections[0]?.title).toMatch(/^1\. Les conditions/);

    const [row] = await t.sql<{ entity_id: string }>(
      `SELECT entity_id FROM import_source WHERE kind = 'proposal' AND external_id = 'd911e77f-ea55-11e9-bb9d-0242ac110002'`,
    );
    const proposal = await t.graphql<{
      node: {
        title: string;
        votes: { agree: number; mixed: number; disagree: number; total: number };
        author: { displayName: string };
        arguments: { totalCount: number };
        moderation: { hidden: boolean };
      };
    }>(
      `query($id: ID!) { node(id: $id) { ... on Proposal {
         title votes { agree mixed disagree total } author { displayName }
         arguments(first: 1) { totalCount } moderation { hidden } } } }`,
      { id: globalId('Proposal', row?.entity_id as string) },
    );
    expect(proposal.errors).toBeUndefined();
    expect(proposal.data?.node).toEqual({
      title: "activité en contrepartie du Revenu Universel d'Activité",
      votes: { agree: 66, mixed: 13, disagree: 65, total: 144 },
      author: { displayName: expect.stringMatching(/^Participant·e importé·e n° \d+$/) },
      arguments: { totalCount: 34 },
      moderation: { hidden: false },
    });
  });

  it('keeps the trashed opinion as a tombstone with its reason, in the public moderation log', async () => {
    const [row] = await t.sql<{ entity_id: string }>(
      `SELECT entity_id FROM import_source WHERE kind = 'proposal' AND external_id = 'c01ca485-f716-11e9-bb9d-0242ac110002'`,
    );
    const id = globalId('Proposal', row?.entity_id as string);
    const { data } = await t.graphql<{
      node: {
        title: string | null;
        body: string | null;
        moderation: { hidden: boolean; reason: string; reasonCategory: string };
      };
      moderationLog: { edges: { node: { kind: string; reasonCategory: string } }[] };
    }>(
      `query($id: ID!) {
         node(id: $id) { ... on Proposal { title body moderation { hidden reason reasonCategory } } }
         moderationLog(consultationSlug: "comment-doit-fonctionner-le-rua", first: 10) {
           edges { node { kind reasonCategory } } } }`,
      { id },
    );
    expect(data?.node.body).toBeNull();
    expect(data?.node.moderation).toMatchObject({ hidden: true, reasonCategory: 'OFFENSIVE' });
    expect(data?.node.moderation.reason).toMatch(/^Propos violents/);
    expect(data?.moderationLog.edges).toHaveLength(3);
    expect(data?.moderationLog.edges.every((edge) => edge.node.kind === 'HIDE')).toBe(true);
    // Its report was upheld by that hiding; the others wait for Amendo's moderators.
    const reports = await t.sql<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM report GROUP BY status ORDER BY status`,
    );
    expect(reports).toEqual([
      { status: 'PENDING', n: 12 },
      { status: 'UPHELD', n: 1 },
    ]);
  });

  it('records events that keep the log readable', async () => {
    const events = await t.sql<{ type: string; n: number }>(
      `SELECT type, count(*)::int AS n FROM event GROUP BY type ORDER BY type`,
    );
    expect(Object.fromEntries(events.map((e) => [e.type, e.n]))).toEqual({
      'consultation.created': 1,
      'consultation.imported': 1,
      'contribution.hidden': 3,
      'import.batch': 12,
      'proposal.imported': 434,
      'section.created': 3,
    });
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await snapshot(t);
    const second = await importer.import(RUA);
    expect(await snapshot(t)).toEqual(before);
    expect(Object.values(second.imported).every((count) => count === 0)).toBe(true);
    expect(second.votesUpdated).toBe(0);
    expect(second.unchanged).toMatchObject({
      proposals: 434,
      votes: 9_600,
      arguments: 1_777,
      reports: 13,
    });
    expect(second.consultation.created).toBe(false);
  });

  it('reports bad rows with their line and imports the rest, related items that come later included', async () => {
    const summary = await importer.import(fixture(dir), { batchSize: 3 });
    expect(summary.consultation).toMatchObject({
      slug: 'essai-import',
      created: true,
      phase: 'CLOSED',
    });
    expect(summary.imported).toMatchObject({
      proposals: 2,
      votes: 1,
      arguments: 1,
      sources: 1,
      reports: 1,
      revisions: 1,
      hidden: 1,
      participants: 3,
    });
    expect(summary.skipped.map(({ line, reason }) => ({ line, reason }))).toEqual([
      { line: 5, reason: 'bad-value' },
      { line: 7, reason: 'unknown-target' },
      { line: 10, reason: 'duplicate-report' },
      { line: 13, reason: 'unknown-type' },
      { line: 14, reason: 'missing-author' },
      { line: 15, reason: 'rejected-by-database' },
    ]);
    expect(summary.votesSuperseded).toEqual([{ line: 3, by: 4 }]);
    expect(summary.counterMismatches).toEqual([
      expect.objectContaining({
        line: 2,
        file: { total: 2, agree: 1, mixed: 1, disagree: 0 },
        rows: { total: 1, agree: 0, mixed: 1, disagree: 0 },
      }),
    ]);
    const [op1] = await t.sql<{ id: string; body: string }>(
      `SELECT p.id, p.body FROM proposal p JOIN import_source s ON s.entity_id = p.id WHERE s.external_id = 'op-1'`,
    );
    expect(op1?.body).toBe('Son texte > tout le reste.');
    const revisions = await t.sql<{ number: number; kind: string; body: string }>(
      `SELECT number, kind, body FROM proposal_revision WHERE proposal_id = $1 ORDER BY number`,
      [op1?.id],
    );
    expect(revisions).toEqual([
      { number: 1, kind: 'CREATED', body: 'Son texte > tout le reste.' },
      { number: 2, kind: 'EDITED', body: 'Son texte, autrement dit.' },
    ]);
    const [source] = await t.sql<{ url: string; title: string }>(
      `SELECT url, title FROM source WHERE target_id = $1`,
      [op1?.id],
    );
    expect(source).toEqual({ url: 'https://www.example.org/etude', title: 'Une étude' });
    const [report] = await t.sql<{ status: string; reason: string }>(
      `SELECT r.status, r.reason FROM report r JOIN import_source s ON s.entity_id = r.id
       WHERE s.scope = 'consultation.example.org' AND s.kind = 'report' AND s.external_id = '1'`,
    );
    expect(report).toEqual({ status: 'UPHELD', reason: 'SPAM' });
    // A second consultation's participants are numbered after the first one's.
    const names = await t.sql<{ display_name: string }>(
      `SELECT display_name FROM participant WHERE imported_key = 'cap-collectif:consultation.example.org:author-1'`,
    );
    expect(names).toEqual([{ display_name: 'Participant·e importé·e n° 2905' }]);
  });
});

describeWithRua('npm run import:capcollectif', () => {
  const run = promisify(execFile);
  let dir: string;

  beforeAll(() => {
    execFileSync(
      process.execPath,
      [join(ROOT, 'tools', 'build.mjs'), 'text', 'migrations', 'api'],
      {
        stdio: 'ignore',
      },
    );
    dir = mkdtempSync(join(tmpdir(), 'amendo-import-cli-'));
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports into the database of DATABASE_URL, prints a summary, and refuses bad arguments', async () => {
    const database = await createTestDatabase();
    try {
      const env = { ...process.env, DATABASE_URL: database.url };
      const cli = join(ROOT, 'apps', 'api', 'dist', 'cli', 'import-capcollectif.js');
      const file = fixture(dir);
      const { stdout, stderr } = await run(
        process.execPath,
        [cli, file, '--consultation', 'essai-cli', '--json'],
        { env },
      );
      const summary = JSON.parse(stdout) as ImportSummary;
      expect(summary.consultation).toMatchObject({ slug: 'essai-cli', created: true });
      expect(summary.imported.proposals).toBe(2);
      expect(stderr).toMatch(/importing 100%/);

      const again = await run(process.execPath, [cli, file], { env });
      expect(again.stdout).toMatch(/already there, CLOSED/);
      expect(again.stdout).toMatch(/Imported: participants 0, sections 0, proposals 0/);

      await expect(run(process.execPath, [cli], { env })).rejects.toMatchObject({ code: 2 });
      await expect(
        run(process.execPath, [cli, file, '--consultation', 'Pas Un Slug'], { env }),
      ).rejects.toMatchObject({ code: 1 });
    } finally {
      await database.drop();
    }
  }, 60_000);
});
