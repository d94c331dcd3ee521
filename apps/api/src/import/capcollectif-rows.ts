import { alignRow, type ExportColumns, type RowType, rowTypeOf } from './capcollectif-layout.js';
import { cleanLine, cleanText, htmlToText, linksOf } from './import-text.js';
import { parseExportDate } from './paris-time.js';

export type VoteValue = 'AGREE' | 'MIXED' | 'DISAGREE';
export type Stance = 'FOR' | 'AGAINST';
export type ReportReason =
  'SPAM' | 'OFFENSIVE' | 'HARASSMENT' | 'OFF_TOPIC' | 'PERSONAL_DATA' | 'MISINFORMATION' | 'OTHER';

/** Cap Collectif's vote values. */
export const VOTE_VALUES: Record<string, VoteValue> = {
  YES: 'AGREE',
  OK: 'AGREE',
  MITIGE: 'MIXED',
  MITIGATED: 'MIXED',
  NO: 'DISAGREE',
  NOK: 'DISAGREE',
};

/**
 * Cap Collectif's reporting types: SEX (sexual content), OFF (offensive or hateful), SPAM,
 * ERROR (« contenu erroné » — in this export, reporters used it for ambiguous or badly worded
 * proposals, not for false information, hence OTHER with their words as details), OFF_TOPIC.
 */
export const REPORT_REASONS: Record<string, ReportReason> = {
  SEX: 'OFFENSIVE',
  OFF: 'OFFENSIVE',
  OFFENDING: 'OFFENSIVE',
  SPAM: 'SPAM',
  ERROR: 'OTHER',
  OFF_TOPIC: 'OFF_TOPIC',
};

/** The category of a moderator's free-text reason for trashing an item. */
export function reasonCategoryOf(reason: string): ReportReason {
  const text = reason.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (/spam|publicit/.test(text)) return 'SPAM';
  if (/harcel/.test(text)) return 'HARASSMENT';
  if (/haine|haineu|violen|insult|injur|offens|raciste|menace|grossier/.test(text)) {
    return 'OFFENSIVE';
  }
  if (/hors[- ]sujet|hors du sujet/.test(text)) return 'OFF_TOPIC';
  if (/donnees personnelles|vie privee|personal data/.test(text)) return 'PERSONAL_DATA';
  if (/fausse|desinformation|erron|mensong/.test(text)) return 'MISINFORMATION';
  return 'OTHER';
}

/** An item moved to the trash by the original platform's moderators. */
export interface Trash {
  /** VISIBLE: content still readable in the trash; INVISIBLE: content hidden. */
  readonly status: string;
  readonly at: Date | null;
  readonly reason: string;
}

export interface VoteCounters {
  readonly total: number;
  readonly agree: number;
  readonly mixed: number;
  readonly disagree: number;
}

interface Base {
  /** First line of the row in the file. */
  readonly line: number;
  /** The item's id in the export. */
  readonly id: string;
  readonly repairs: readonly string[];
}

export interface OpinionItem extends Base {
  readonly kind: 'opinion';
  readonly authorId: string | null;
  readonly consultationTitle: string;
  readonly sectionTitle: string;
  readonly title: string;
  /** '' when the export lost it. */
  readonly body: string;
  readonly createdAt: Date | null;
  readonly updatedAt: Date | null;
  readonly url: string | null;
  readonly trash: Trash | null;
  /** The export's own vote counters, null when the row lost them. */
  readonly counters: VoteCounters | null;
}

export interface VoteItem extends Base {
  readonly kind: 'vote';
  readonly targetId: string;
  readonly authorId: string;
  readonly value: VoteValue;
  readonly createdAt: Date | null;
}

export interface ArgumentItem extends Base {
  readonly kind: 'argument';
  readonly targetId: string;
  readonly targetKind: string;
  readonly authorId: string | null;
  readonly stance: Stance;
  readonly body: string;
  readonly createdAt: Date | null;
  readonly updatedAt: Date | null;
  readonly trash: Trash | null;
}

export interface SourceItem extends Base {
  readonly kind: 'source';
  readonly targetId: string;
  readonly targetKind: string;
  readonly authorId: string | null;
  readonly url: string;
  /** The text around the link ('' when the source is only a link). */
  readonly text: string;
  readonly createdAt: Date | null;
  readonly trash: Trash | null;
}

export interface ReportItem extends Base {
  readonly kind: 'report';
  readonly targetId: string;
  readonly targetKind: string;
  readonly authorId: string;
  readonly reason: ReportReason;
  readonly originalType: string;
  readonly details: string;
  readonly createdAt: Date | null;
}

/** An alternative wording of an opinion (Cap Collectif « version »). */
export interface VersionItem extends Base {
  readonly kind: 'version';
  readonly targetId: string;
  readonly title: string;
  readonly body: string;
  readonly createdAt: Date | null;
}

export type ExportItem =
  OpinionItem | VoteItem | ArgumentItem | SourceItem | ReportItem | VersionItem;

/** Why a row was skipped. */
export const SKIP_REASONS = {
  'malformed-csv': 'the CSV itself is malformed there',
  'unknown-type': 'unknown row type',
  'missing-id': 'no id',
  'missing-author': 'no author',
  'missing-target': 'no related item',
  'unknown-target': 'related item neither in the file nor imported',
  'unsupported-target': 'related to an item that cannot carry it',
  'bad-value': 'unknown vote value or stance',
  'empty-text': 'no text',
  'source-without-link': 'source without a link (the export has none)',
  unpublished: 'unpublished on the original platform',
  'duplicate-id': 'same id as an earlier row',
  'duplicate-report': 'same reporter and item as an earlier report',
  'rejected-by-database': 'refused by the database',
} as const;
export type SkipReason = keyof typeof SKIP_REASONS;

export interface RowProblem {
  readonly line: number;
  readonly type: string;
  readonly reason: SkipReason;
  readonly message: string;
}

export type MappedRow =
  | { readonly item: ExportItem; readonly problem?: undefined }
  | { readonly problem: RowProblem; readonly item?: undefined };

const count = (raw: string): number | null => {
  const text = raw.trim();
  return /^\d+$/.test(text) ? Number(text) : null;
};

function trashOf(flag: string, status: string, at: string, reason: string): Trash | null {
  if (!['1', 'true', 'yes'].includes(flag.trim().toLowerCase())) return null;
  return {
    status: status.trim().toUpperCase(),
    at: parseExportDate(at),
    reason: cleanLine(reason),
  };
}

/** The item kind of each row type. */
const KIND_OF: Record<RowType, ExportItem['kind']> = {
  opinion: 'opinion',
  vote: 'vote',
  argument: 'argument',
  source: 'source',
  reportings: 'report',
  version: 'version',
};

/** Maps one row of the export to an item, or says why it cannot be imported. */
export function mapRow(columns: ExportColumns, fields: readonly string[], line: number): MappedRow {
  const rawType = (fields[columns.positionOf('type') ?? 0] ?? '').trim();
  const type = rowTypeOf(rawType);
  const problem = (reason: SkipReason, message: string = SKIP_REASONS[reason]): MappedRow => ({
    problem: { line, type: type ? KIND_OF[type] : rawType.slice(0, 40) || '?', reason, message },
  });
  if (!type) return problem('unknown-type', `unknown row type « ${rawType.slice(0, 40)} »`);
  const { values, repairs: aligned } = alignRow(columns, type, fields);
  const repairs = [...aligned];
  const get = (name: string): string => (values.get(`contributions_${name}`) ?? '').trim();
  const raw = (name: string): string => values.get(`contributions_${name}`) ?? '';
  const date = (name: string): Date | null => parseExportDate(get(name));
  const unpublished = (name: string): boolean => get(name) === '0';
  return mapTyped(type);

  function mapTyped(kind: RowType): MappedRow {
    switch (kind) {
      case 'opinion': {
        const id = get('id');
        if (!id) return problem('missing-id');
        let title = cleanLine(raw('title'));
        const body = cleanText(raw('bodyText'));
        if (!title && !body) return problem('empty-text');
        if (!title) {
          title = cleanLine(body.split('\n')[0] ?? '');
          repairs.push('no title: the first line of the body used');
        }
        if (unpublished('published')) return problem('unpublished');
        const counters = [
          count(get('votesCount')),
          count(get('votesCountOk')),
          count(get('votesCountMitige')),
          count(get('votesCountNok')),
        ];
        return {
          item: {
            kind: 'opinion',
            line,
            id,
            repairs,
            authorId: get('author_id') || null,
            consultationTitle: cleanLine(raw('consultation_title')),
            sectionTitle: cleanLine(raw('section_title')),
            title,
            body,
            createdAt: date('createdAt'),
            updatedAt: date('updatedAt'),
            url: /^https?:\/\//.test(get('url')) ? get('url') : null,
            trash: trashOf(
              get('trashed'),
              get('trashedStatus'),
              get('trashedAt'),
              raw('trashedReason'),
            ),
            counters: counters.every((n) => n !== null)
              ? {
                  total: counters[0] as number,
                  agree: counters[1] as number,
                  mixed: counters[2] as number,
                  disagree: counters[3] as number,
                }
              : null,
          },
        };
      }
      case 'vote': {
        const targetId = get('votes_related_id');
        const authorId = get('votes_author_id');
        const value = VOTE_VALUES[get('votes_value').toUpperCase()];
        if (!targetId) return problem('missing-target');
        if (!authorId) return problem('missing-author');
        if (!value) return problem('bad-value', `unknown vote value « ${get('votes_value')} »`);
        return {
          item: {
            kind: 'vote',
            line,
            id: get('votes_id'),
            repairs,
            targetId,
            authorId,
            value,
            createdAt: date('votes_createdAt'),
          },
        };
      }
      case 'argument': {
        const id = get('arguments_id');
        const targetId = get('arguments_related_id');
        const stance = get('arguments_type').toUpperCase();
        const body = cleanText(raw('arguments_body'));
        if (!id) return problem('missing-id');
        if (!targetId) return problem('missing-target');
        if (stance !== 'FOR' && stance !== 'AGAINST') {
          return problem('bad-value', `unknown stance « ${get('arguments_type')} »`);
        }
        if (!body) return problem('empty-text');
        if (unpublished('arguments_published')) return problem('unpublished');
        return {
          item: {
            kind: 'argument',
            line,
            id,
            repairs,
            targetId,
            targetKind: get('arguments_related_kind').toLowerCase() || 'opinion',
            authorId: get('arguments_author_id') || null,
            stance,
            body,
            createdAt: date('arguments_createdAt'),
            updatedAt: date('arguments_updatedAt'),
            trash: trashOf(
              get('arguments_trashed'),
              get('arguments_trashedStatus'),
              get('arguments_trashedAt'),
              raw('arguments_trashedReason'),
            ),
          },
        };
      }
      case 'source': {
        const id = get('sources_id');
        const targetId = get('sources_related_id');
        if (!id) return problem('missing-id');
        if (!targetId) return problem('missing-target');
        if (unpublished('sources_published')) return problem('unpublished');
        const html = raw('sources_body');
        const [url] = linksOf(html);
        if (!url) return problem('source-without-link');
        const text = htmlToText(html)
          .replace(/https?:\/\/\S+/g, '')
          .replace(/\s+/g, ' ')
          .trim();
        return {
          item: {
            kind: 'source',
            line,
            id,
            repairs,
            targetId,
            targetKind: get('sources_related_kind').toLowerCase() || 'opinion',
            authorId: get('sources_author_id') || null,
            url,
            text,
            createdAt: date('sources_createdAt'),
            trash: trashOf(
              get('sources_trashed'),
              get('sources_trashedStatus'),
              get('sources_trashedAt'),
              raw('sources_trashedReason'),
            ),
          },
        };
      }
      case 'reportings': {
        const id = get('reportings_id');
        const targetId = get('reportings_related_id');
        const authorId = get('reportings_author_id');
        if (!id) return problem('missing-id');
        if (!targetId) return problem('missing-target');
        if (!authorId) return problem('missing-author');
        const originalType = get('reportings_type').toUpperCase();
        return {
          item: {
            kind: 'report',
            line,
            id,
            repairs,
            targetId,
            targetKind: get('reportings_related_kind').toLowerCase() || 'opinion',
            authorId,
            reason: REPORT_REASONS[originalType] ?? 'OTHER',
            originalType,
            details: cleanText(raw('reportings_body')),
            createdAt: date('reportings_createdAt'),
          },
        };
      }
      case 'version': {
        const id = (values.get('contribution_versions_id') ?? '').trim();
        const targetId = get('id');
        const body = cleanText(values.get('contribution_versions_bodyText') ?? '');
        if (!id) return problem('missing-id');
        if (!targetId) return problem('missing-target');
        if (!body) return problem('empty-text');
        return {
          item: {
            kind: 'version',
            line,
            id,
            repairs,
            targetId,
            title: cleanLine(values.get('contribution_versions_title') ?? ''),
            body,
            createdAt: parseExportDate(values.get('contribution_versions_createdAt')),
          },
        };
      }
    }
  }
}

/** The participant an item is by, if any. */
export function authorOf(item: ExportItem): string | null {
  return item.kind === 'version' ? null : item.authorId;
}

/** The opinion an item hangs on (itself for an opinion). */
export function opinionOf(item: ExportItem): string | null {
  if (item.kind === 'opinion') return item.id;
  if (item.kind === 'vote' || item.kind === 'version') return item.targetId;
  return item.targetKind === 'opinion' ? item.targetId : null;
}
