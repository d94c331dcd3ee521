import type { EntityManager } from 'typeorm';
import type { ReportReason, Stance, VoteValue } from '../capcollectif-rows.js';

/**
 * The import's bulk writes: one multi-row statement per table and batch (`unnest` of arrays),
 * in the caller's transaction. This context writes the rows of the contexts it imports into
 * directly, as a migration would: their use cases work one contribution at a time, check the
 * phase (closed here) and append one event each, which a 10,000-row import must not do. What
 * those use cases keep true is kept here too: tallies equal a recount of the vote rows, a hidden
 * contribution has its HIDE action and moderation state, proposals start with revision 1.
 */

export interface NewParticipant {
  readonly id: string;
  readonly displayName: string;
  readonly importedKey: string;
  readonly createdAt: Date;
}

export async function insertParticipants(
  manager: EntityManager,
  rows: readonly NewParticipant[],
): Promise<void> {
  if (rows.length === 0) return;
  await manager.query(
    `INSERT INTO participant (id, display_name, roles, imported_key, created_at, updated_at)
     SELECT u.id, u.name, '{CITIZEN}', u.key, u.at, u.at
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[]) AS u(id, name, key, at)`,
    [
      rows.map((row) => row.id),
      rows.map((row) => row.displayName),
      rows.map((row) => row.importedKey),
      rows.map((row) => row.createdAt),
    ],
  );
}

/** Where external ids come from: the platform, and the instance of it their ids are unique in. */
export interface ImportOrigin {
  readonly source: string;
  readonly scope: string;
}

/** Which of our rows an item of the source became (kind: proposal, argument, source…). */
export async function recordSources(
  manager: EntityManager,
  origin: ImportOrigin,
  kind: string,
  consultationId: string,
  rows: readonly { readonly externalId: string; readonly entityId: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  await manager.query(
    `INSERT INTO import_source (source, scope, kind, external_id, entity_id, consultation_id)
     SELECT $1, $2, $3, u.external_id, u.entity_id, $4
     FROM unnest($5::text[], $6::uuid[]) AS u(external_id, entity_id)`,
    [
      origin.source,
      origin.scope,
      kind,
      consultationId,
      rows.map((row) => row.externalId),
      rows.map((row) => row.entityId),
    ],
  );
}

export interface NewProposal {
  readonly id: string;
  readonly sectionId: string;
  readonly title: string;
  readonly body: string;
  readonly authorId: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** Proposals (status OPEN) with their revision 1 (CREATED), as a proposal is born. */
export async function insertProposals(
  manager: EntityManager,
  consultationId: string,
  rationale: string,
  rows: readonly NewProposal[],
): Promise<void> {
  if (rows.length === 0) return;
  await manager.query(
    `WITH created AS (
       INSERT INTO proposal (id, consultation_id, section_id, title, body, rationale, status, author_id, created_at, updated_at)
       SELECT u.id, $1, u.section_id, u.title, u.body, $2, 'OPEN', u.author_id, u.created_at, u.updated_at
       FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::uuid[], $8::timestamptz[], $9::timestamptz[])
         AS u(id, section_id, title, body, author_id, created_at, updated_at)
       RETURNING id, title, body, rationale, created_at)
     INSERT INTO proposal_revision (proposal_id, number, kind, title, body, rationale, created_at)
     SELECT id, 1, 'CREATED', title, body, rationale, created_at FROM created`,
    [
      consultationId,
      rationale,
      rows.map((row) => row.id),
      rows.map((row) => row.sectionId),
      rows.map((row) => row.title),
      rows.map((row) => row.body),
      rows.map((row) => row.authorId),
      rows.map((row) => row.createdAt),
      rows.map((row) => row.updatedAt),
    ],
  );
}

export interface NewRevision {
  readonly proposalId: string;
  readonly title: string;
  readonly body: string;
  readonly createdAt: Date;
}

/** Alternative wordings of proposals, as revisions (EDITED) numbered after the last one, by date. */
export async function insertRevisions(
  manager: EntityManager,
  rows: readonly NewRevision[],
): Promise<void> {
  if (rows.length === 0) return;
  await manager.query(
    `INSERT INTO proposal_revision (proposal_id, number, kind, title, body, rationale, created_at)
     SELECT u.proposal_id,
            coalesce((SELECT max(r.number) FROM proposal_revision r WHERE r.proposal_id = u.proposal_id), 0)
              + row_number() OVER (PARTITION BY u.proposal_id ORDER BY u.created_at, u.ord),
            'EDITED', coalesce(nullif(u.title, ''), p.title), u.body, p.rationale, u.created_at
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[]) WITH ORDINALITY
       AS u(proposal_id, title, body, created_at, ord)
     JOIN proposal p ON p.id = u.proposal_id`,
    [
      rows.map((row) => row.proposalId),
      rows.map((row) => row.title),
      rows.map((row) => row.body),
      rows.map((row) => row.createdAt),
    ],
  );
}

export interface NewVote {
  readonly targetId: string;
  readonly participantId: string;
  readonly value: VoteValue;
  readonly at: Date;
}

/**
 * Votes, one per participant and target (the primary key): a vote already there keeps its value
 * unless this one is as late and differs (a later export wins). Returns the targets whose votes
 * changed, and how many rows were inserted and updated.
 */
export async function upsertVotes(
  manager: EntityManager,
  rows: readonly NewVote[],
): Promise<{ targets: Set<string>; inserted: number; updated: number }> {
  if (rows.length === 0) return { targets: new Set(), inserted: 0, updated: 0 };
  const written = (await manager.query(
    `INSERT INTO vote AS v (target_id, participant_id, target_kind, value, created_at, updated_at)
     SELECT u.target_id, u.participant_id, 'Proposal', u.value, u.at, u.at
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[]) AS u(target_id, participant_id, value, at)
     ON CONFLICT (target_id, participant_id) DO UPDATE
       SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at
       WHERE v.updated_at <= EXCLUDED.updated_at AND v.value <> EXCLUDED.value
     RETURNING v.target_id, (xmax = 0) AS inserted`,
    [
      rows.map((row) => row.targetId),
      rows.map((row) => row.participantId),
      rows.map((row) => row.value),
      rows.map((row) => row.at),
    ],
  )) as { target_id: string; inserted: boolean }[];
  const inserted = written.filter((row) => row.inserted).length;
  return {
    targets: new Set(written.map((row) => row.target_id)),
    inserted,
    updated: written.length - inserted,
  };
}

/** Tallies of targets set to a recount of their vote rows (written only where they differ). */
export async function recountTallies(
  manager: EntityManager,
  targetIds: readonly string[],
): Promise<void> {
  if (targetIds.length === 0) return;
  await manager.query(
    `INSERT INTO vote_tally AS t (target_id, target_kind, agree, mixed, disagree)
     SELECT target_id, min(target_kind),
            count(*) FILTER (WHERE value = 'AGREE'), count(*) FILTER (WHERE value = 'MIXED'),
            count(*) FILTER (WHERE value = 'DISAGREE')
     FROM vote WHERE target_id = ANY($1::uuid[]) GROUP BY target_id
     ON CONFLICT (target_id) DO UPDATE
       SET agree = EXCLUDED.agree, mixed = EXCLUDED.mixed, disagree = EXCLUDED.disagree
       WHERE (t.agree, t.mixed, t.disagree) IS DISTINCT FROM (EXCLUDED.agree, EXCLUDED.mixed, EXCLUDED.disagree)`,
    [targetIds],
  );
}

export interface NewArgument {
  readonly id: string;
  readonly targetId: string;
  readonly targetKind: string;
  readonly stance: Stance;
  readonly body: string;
  readonly authorId: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export async function insertArguments(
  manager: EntityManager,
  consultationId: string,
  rows: readonly NewArgument[],
): Promise<void> {
  if (rows.length === 0) return;
  await manager.query(
    `INSERT INTO argument (id, target_id, target_kind, consultation_id, stance, body, author_id, created_at, updated_at)
     SELECT u.id, u.target_id, u.target_kind, $1, u.stance, u.body, u.author_id, u.created_at, u.updated_at
     FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::timestamptz[], $9::timestamptz[])
       AS u(id, target_id, target_kind, stance, body, author_id, created_at, updated_at)`,
    [
      consultationId,
      rows.map((row) => row.id),
      rows.map((row) => row.targetId),
      rows.map((row) => row.targetKind),
      rows.map((row) => row.stance),
      rows.map((row) => row.body),
      rows.map((row) => row.authorId),
      rows.map((row) => row.createdAt),
      rows.map((row) => row.updatedAt),
    ],
  );
}

export interface NewSource {
  readonly id: string;
  readonly targetId: string;
  readonly targetKind: string;
  readonly url: string;
  readonly title: string;
  readonly description: string | null;
  readonly authorId: string | null;
  readonly createdAt: Date;
}

/** Sources; one per link and target (a repeated link is not inserted). Returns the ids inserted. */
export async function insertSources(
  manager: EntityManager,
  consultationId: string,
  rows: readonly NewSource[],
): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted = (await manager.query(
    `INSERT INTO source (id, target_id, target_kind, consultation_id, url, title, description, author_id, created_at)
     SELECT u.id, u.target_id, u.target_kind, $1, u.url, u.title, u.description, u.author_id, u.created_at
     FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::uuid[], $9::timestamptz[])
       AS u(id, target_id, target_kind, url, title, description, author_id, created_at)
     ON CONFLICT (target_id, url) DO NOTHING
     RETURNING id`,
    [
      consultationId,
      rows.map((row) => row.id),
      rows.map((row) => row.targetId),
      rows.map((row) => row.targetKind),
      rows.map((row) => row.url),
      rows.map((row) => row.title),
      rows.map((row) => row.description),
      rows.map((row) => row.authorId),
      rows.map((row) => row.createdAt),
    ],
  )) as { id: string }[];
  return new Set(inserted.map((row) => row.id));
}

export interface NewReport {
  readonly id: string;
  readonly targetId: string;
  readonly targetKind: string;
  readonly reporterId: string;
  readonly reason: ReportReason;
  readonly details: string | null;
  readonly createdAt: Date;
}

/**
 * Reports, one per reporter and target (a repeated one is not inserted). A report on a
 * contribution the original moderators trashed is UPHELD by that HIDE action; the others are
 * PENDING, for Amendo's moderators. Returns the ids inserted.
 */
export async function insertReports(
  manager: EntityManager,
  consultationId: string,
  rows: readonly NewReport[],
): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted = (await manager.query(
    `INSERT INTO report (id, target_id, target_kind, consultation_id, reporter_id, reason, details, status, resolved_by, created_at)
     SELECT u.id, u.target_id, u.target_kind, $1, u.reporter_id, u.reason, u.details,
            CASE WHEN s.hidden THEN 'UPHELD' ELSE 'PENDING' END, CASE WHEN s.hidden THEN s.action_id END,
            u.created_at
     FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::uuid[], $6::text[], $7::text[], $8::timestamptz[])
       AS u(id, target_id, target_kind, reporter_id, reason, details, created_at)
     LEFT JOIN moderation_state s ON s.target_id = u.target_id
     ON CONFLICT ON CONSTRAINT report_once_per_reporter DO NOTHING
     RETURNING id`,
    [
      consultationId,
      rows.map((row) => row.id),
      rows.map((row) => row.targetId),
      rows.map((row) => row.targetKind),
      rows.map((row) => row.reporterId),
      rows.map((row) => row.reason),
      rows.map((row) => row.details),
      rows.map((row) => row.createdAt),
    ],
  )) as { id: string }[];
  return new Set(inserted.map((row) => row.id));
}

export interface NewHiding {
  readonly actionId: string;
  readonly targetId: string;
  readonly targetKind: string;
  readonly reasonCategory: ReportReason;
  readonly reason: string;
  readonly at: Date;
}

/** HIDE actions (in the public moderation log) and the hidden state they give their targets. */
export async function insertHidings(
  manager: EntityManager,
  consultationId: string,
  rows: readonly NewHiding[],
): Promise<void> {
  if (rows.length === 0) return;
  await manager.query(
    `WITH action AS (
       INSERT INTO moderation_action (id, kind, target_id, target_kind, consultation_id, automatic, reason_category, reason, created_at)
       SELECT u.id, 'HIDE', u.target_id, u.target_kind, $1, false, u.category, u.reason, u.at
       FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::timestamptz[])
         AS u(id, target_id, target_kind, category, reason, at)
       RETURNING id, target_id, target_kind, created_at)
     INSERT INTO moderation_state (target_id, target_kind, hidden, action_id, hidden_at)
     SELECT target_id, target_kind, true, id, created_at FROM action`,
    [
      consultationId,
      rows.map((row) => row.actionId),
      rows.map((row) => row.targetId),
      rows.map((row) => row.targetKind),
      rows.map((row) => row.reasonCategory),
      rows.map((row) => row.reason),
      rows.map((row) => row.at),
    ],
  );
}
