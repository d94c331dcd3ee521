import { isInsertion, type WordSegment } from '@amendo/text';
import { toGlobalId } from '../../common/global-id.js';
import { DiffSegment, type DiffSegmentKind } from '../../consultations/dto/diff-hunk.type.js';
import type { AmendmentRevisionEntity } from '../entities/amendment-revision.entity.js';
import type { AmendmentEntity } from '../entities/amendment.entity.js';
import type { ProposalRevisionEntity } from '../entities/proposal-revision.entity.js';
import type { ProposalEntity } from '../entities/proposal.entity.js';
import { Amendment, type AmendmentKind } from './amendment.type.js';
import { Proposal } from './proposal.type.js';
import { Revision } from '../../common/revision.type.js';

export function amendmentKind(
  row: Pick<AmendmentEntity, 'lineStart' | 'lineEnd' | 'proposedText'>,
): AmendmentKind {
  if (isInsertion(row)) return 'INSERTION';
  return row.proposedText === '' ? 'DELETION' : 'REPLACEMENT';
}

export function toAmendment(row: AmendmentEntity): Amendment {
  return Object.assign(new Amendment(), {
    id: toGlobalId('Amendment', row.id),
    uuid: row.id,
    articleUuid: row.articleId,
    consultationUuid: row.consultationId,
    baseVersionUuid: row.baseVersionId,
    baseVersionNumber: row.baseVersionNumber,
    authorUuid: row.authorId,
    incorporatedInVersionUuid: row.incorporatedInVersionId,
    reproposedFromUuid: row.reproposedFromId,
    workshopUuid: row.workshopId ?? null,
    lineStart: row.lineStart,
    lineEnd: row.lineEnd,
    originalText: row.originalText,
    proposedText: row.proposedText,
    rationale: row.rationale,
    status: row.status,
    kind: amendmentKind(row),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  });
}

export function toAmendmentRevision(row: AmendmentRevisionEntity): Revision {
  return Object.assign(new Revision(), {
    number: row.number,
    createdAt: row.createdAt,
    kind: row.kind,
    baseVersionNumber: row.baseVersionNumber,
    lineStart: row.lineStart,
    lineEnd: row.lineEnd,
    proposedText: row.proposedText,
    rationale: row.rationale,
    title: null,
    body: null,
  });
}

export function toProposal(row: ProposalEntity): Proposal {
  return Object.assign(new Proposal(), {
    id: toGlobalId('Proposal', row.id),
    uuid: row.id,
    sectionUuid: row.sectionId,
    consultationUuid: row.consultationId,
    authorUuid: row.authorId,
    adoptedAsArticleUuid: row.adoptedAsArticleId,
    workshopUuid: row.workshopId ?? null,
    title: row.title,
    body: row.body,
    rationale: row.rationale,
    status: row.status,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  });
}

export function toProposalRevision(row: ProposalRevisionEntity): Revision {
  return Object.assign(new Revision(), {
    number: row.number,
    createdAt: row.createdAt,
    kind: row.kind,
    baseVersionNumber: null,
    lineStart: null,
    lineEnd: null,
    proposedText: null,
    rationale: row.rationale,
    title: row.title,
    body: row.body,
  });
}

/** Segments of `@amendo/text`'s `wordDiff` as the GraphQL `DiffSegment` (kinds upper-cased). */
export function toDiffSegments(segments: readonly WordSegment[]): DiffSegment[] {
  return segments.map((segment) =>
    Object.assign(new DiffSegment(), {
      kind: segment.kind.toUpperCase() as DiffSegmentKind,
      text: segment.text,
    }),
  );
}
