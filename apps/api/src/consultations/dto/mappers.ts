import { type DiffHunk as TextDiffHunk, splitLines } from '@amendo/text';
import { toGlobalId } from '../../common/global-id.js';
import { rulesFor } from '../consultation-rules.js';
import type { ArticleVersionEntity } from '../entities/article-version.entity.js';
import type { ArticleEntity } from '../entities/article.entity.js';
import type { ConsultationEntity } from '../entities/consultation.entity.js';
import type { SectionEntity } from '../entities/section.entity.js';
import { ArticleVersion, Line } from './article-version.type.js';
import { Article } from './article.type.js';
import { ConsultationRules, ConsultationSettings } from './consultation-rules.type.js';
import { Consultation } from './consultation.type.js';
import {
  DiffHunk,
  type DiffHunkKind,
  DiffSegment,
  type DiffSegmentKind,
} from './diff-hunk.type.js';
import { Section } from './section.type.js';

export function toConsultation(row: ConsultationEntity, now = new Date()): Consultation {
  const rules = rulesFor(row, now);
  return Object.assign(new Consultation(), {
    id: toGlobalId('Consultation', row.id),
    uuid: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    phase: rules.phase,
    opensAt: row.opensAt,
    closesAt: row.closesAt,
    answeredAt: row.answeredAt,
    settings: Object.assign(new ConsultationSettings(), {
      amendmentsOpen: row.amendmentsOpen,
      proposalsOpen: row.proposalsOpen,
      votesOpen: row.votesOpen,
      argumentsOpen: row.argumentsOpen,
      maxOpenAmendmentsPerArticle: row.maxOpenAmendmentsPerArticle,
    }),
    rules: Object.assign(new ConsultationRules(), rules),
  });
}

export function toSection(row: SectionEntity): Section {
  return Object.assign(new Section(), {
    id: toGlobalId('Section', row.id),
    uuid: row.id,
    consultationUuid: row.consultationId,
    title: row.title,
    position: row.position,
  });
}

export function toArticle(row: ArticleEntity): Article {
  return Object.assign(new Article(), {
    id: toGlobalId('Article', row.id),
    uuid: row.id,
    sectionUuid: row.sectionId,
    consultationUuid: row.consultationId,
    number: row.number,
    title: row.title,
    position: row.position,
  });
}

export function toArticleVersion(row: ArticleVersionEntity): ArticleVersion {
  return Object.assign(new ArticleVersion(), {
    id: toGlobalId('ArticleVersion', row.id),
    uuid: row.id,
    articleUuid: row.articleId,
    number: row.number,
    text: row.text,
    publishedAt: row.publishedAt,
    changelog: row.changelog,
  });
}

/** The numbered lines of a text (numbered from 1; the empty text has none). */
export function toLines(text: string): Line[] {
  return splitLines(text).map((line, index) =>
    Object.assign(new Line(), { number: index + 1, text: line }),
  );
}

/** Hunks of `@amendo/text`'s `diffTexts` as GraphQL types (kinds upper-cased). */
export function toDiffHunks(hunks: readonly TextDiffHunk[]): DiffHunk[] {
  return hunks.map((hunk) =>
    Object.assign(new DiffHunk(), {
      kind: hunk.kind.toUpperCase() as DiffHunkKind,
      oldStart: hunk.oldStart,
      oldEnd: hunk.oldEnd,
      newStart: hunk.newStart,
      newEnd: hunk.newEnd,
      segments: hunk.segments.map((segment) =>
        Object.assign(new DiffSegment(), {
          kind: segment.kind.toUpperCase() as DiffSegmentKind,
          text: segment.text,
        }),
      ),
    }),
  );
}
