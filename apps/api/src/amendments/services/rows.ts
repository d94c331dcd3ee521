import type { EntityManager } from 'typeorm';
import type { AmendmentRevisionKind } from '../entities/amendment-revision.entity.js';
import type { AmendmentEntity, AmendmentStatusName } from '../entities/amendment.entity.js';
import type { ProposalRevisionKind } from '../entities/proposal-revision.entity.js';
import type { ProposalEntity, ProposalStatusName } from '../entities/proposal.entity.js';

/** Selects an `amendment` row's columns (not its search vector) from the table aliased `alias`. */
export function amendmentColumns(alias: string): string {
  return qualified(alias, [
    'id',
    'consultation_id',
    'article_id',
    'base_version_id',
    'base_version_number',
    'line_start',
    'line_end',
    'original_text',
    'proposed_text',
    'rationale',
    'status',
    'author_id',
    'incorporated_in_version_id',
    'reproposed_from_id',
    'workshop_id',
    'created_at',
    'updated_at',
  ]);
}

/** Selects a `proposal` row's columns (not its search vector) from the table aliased `alias`. */
export function proposalColumns(alias: string): string {
  return qualified(alias, [
    'id',
    'consultation_id',
    'section_id',
    'title',
    'body',
    'rationale',
    'status',
    'author_id',
    'adopted_as_article_id',
    'workshop_id',
    'created_at',
    'updated_at',
  ]);
}

function qualified(alias: string, columns: readonly string[]): string {
  return columns.map((column) => `${alias}.${column}`).join(', ');
}

/** An `amendment` row as `amendmentColumns` selects it. */
export interface AmendmentRow {
  id: string;
  consultation_id: string;
  article_id: string;
  base_version_id: string;
  base_version_number: number;
  line_start: number;
  line_end: number;
  original_text: string;
  proposed_text: string;
  rationale: string;
  status: AmendmentStatusName;
  author_id: string | null;
  incorporated_in_version_id: string | null;
  reproposed_from_id: string | null;
  workshop_id: string | null;
  created_at: Date;
  updated_at: Date;
}

export function amendmentOf(row: AmendmentRow): AmendmentEntity {
  return {
    id: row.id,
    consultationId: row.consultation_id,
    articleId: row.article_id,
    baseVersionId: row.base_version_id,
    baseVersionNumber: row.base_version_number,
    lineStart: row.line_start,
    lineEnd: row.line_end,
    originalText: row.original_text,
    proposedText: row.proposed_text,
    rationale: row.rationale,
    status: row.status,
    authorId: row.author_id,
    incorporatedInVersionId: row.incorporated_in_version_id,
    reproposedFromId: row.reproposed_from_id,
    workshopId: row.workshop_id ?? null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A `proposal` row as `proposalColumns` selects it. */
export interface ProposalRow {
  id: string;
  consultation_id: string;
  section_id: string;
  title: string;
  body: string;
  rationale: string;
  status: ProposalStatusName;
  author_id: string | null;
  adopted_as_article_id: string | null;
  workshop_id: string | null;
  created_at: Date;
  updated_at: Date;
}

export function proposalOf(row: ProposalRow): ProposalEntity {
  return {
    id: row.id,
    consultationId: row.consultation_id,
    sectionId: row.section_id,
    title: row.title,
    body: row.body,
    rationale: row.rationale,
    status: row.status,
    authorId: row.author_id,
    adoptedAsArticleId: row.adopted_as_article_id,
    workshopId: row.workshop_id ?? null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Appends a revision to each amendment: a snapshot of its row as it is now, numbered after its
 * last revision. The caller holds the amendments' row locks (they are being written), so numbers
 * never collide.
 */
export async function appendAmendmentRevisions(
  manager: EntityManager,
  entries: readonly { readonly id: string; readonly kind: AmendmentRevisionKind }[],
): Promise<void> {
  if (entries.length === 0) return;
  await manager.query(
    `INSERT INTO amendment_revision
       (amendment_id, number, kind, base_version_number, line_start, line_end, proposed_text, rationale)
     SELECT a.id,
            coalesce((SELECT max(r.number) FROM amendment_revision r WHERE r.amendment_id = a.id), 0) + 1,
            e.kind, a.base_version_number, a.line_start, a.line_end, a.proposed_text, a.rationale
     FROM unnest($1::uuid[], $2::text[]) AS e(id, kind) JOIN amendment a ON a.id = e.id`,
    [entries.map((entry) => entry.id), entries.map((entry) => entry.kind)],
  );
}

/** Appends a revision (a snapshot of the row as it is now) to a proposal the caller has locked. */
export async function appendProposalRevision(
  manager: EntityManager,
  proposalId: string,
  kind: ProposalRevisionKind,
): Promise<void> {
  await manager.query(
    `INSERT INTO proposal_revision (proposal_id, number, kind, title, body, rationale)
     SELECT p.id,
            coalesce((SELECT max(r.number) FROM proposal_revision r WHERE r.proposal_id = p.id), 0) + 1,
            $2, p.title, p.body, p.rationale
     FROM proposal p WHERE p.id = $1`,
    [proposalId, kind],
  );
}

/** A transaction-scoped lock on a string key (two proposals by one participant on one article). */
export async function lockKey(manager: EntityManager, key: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
}
