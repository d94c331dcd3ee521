import type {
  ArgumentItem,
  OpinionItem,
  ReportItem,
  ReportReason,
  SourceItem,
  Trash,
} from './capcollectif-rows.js';
import { reasonCategoryOf } from './capcollectif-rows.js';
import { characterCount, shorten } from './import-text.js';

/** The limits of Amendo's tables (the database checks them too). */
export const LIMITS = {
  proposalTitle: 200,
  proposalBody: 50_000,
  argumentBody: 10_000,
  sourceTitle: 300,
  sourceDescription: 2_000,
  reportDetails: 2_000,
  sectionTitle: 200,
  consultationTitle: 200,
} as const;

/**
 * A proposal's exposé des motifs is required; Cap Collectif opinions have none (their argument is
 * in the text), so imported proposals all carry this one, which says so.
 */
export const IMPORTED_RATIONALE =
  'Proposition importée de Cap Collectif : la plateforme d’origine ne distinguait pas d’exposé des motifs, l’argumentation figure dans le texte.';

/** The body of an opinion whose text the export lost. */
export const MISSING_BODY = '[Texte absent de l’export Cap Collectif.]';

export interface Prepared<T> {
  readonly value: T;
  /** What had to change to fit Amendo (reported in the summary). */
  readonly repairs: readonly string[];
}

const tooLong = (text: string, max: number): boolean =>
  text.length > max && characterCount(text) > max;

/** An opinion as a proposal's title and body. */
export function proposalFieldsOf(item: OpinionItem): Prepared<{ title: string; body: string }> {
  const repairs: string[] = [];
  let { title, body } = item;
  if (!body) {
    body = MISSING_BODY;
    repairs.push('no body in the export: a placeholder says so');
  }
  if (tooLong(title, LIMITS.proposalTitle)) {
    body = `${title}\n\n${body}`;
    title = shorten(title, LIMITS.proposalTitle);
    repairs.push(
      `title longer than ${LIMITS.proposalTitle} characters: shortened, given in full at the top of the body`,
    );
  }
  if (tooLong(body, LIMITS.proposalBody)) {
    body = shorten(body, LIMITS.proposalBody);
    repairs.push(`body longer than ${LIMITS.proposalBody} characters: shortened`);
  }
  return { value: { title, body }, repairs };
}

export function argumentBodyOf(item: ArgumentItem): Prepared<string> {
  return tooLong(item.body, LIMITS.argumentBody)
    ? {
        value: shorten(item.body, LIMITS.argumentBody),
        repairs: [`argument longer than ${LIMITS.argumentBody} characters: shortened`],
      }
    : { value: item.body, repairs: [] };
}

/** A source's title (its words, or its address when it has none) and description. */
export function sourceFieldsOf(
  item: SourceItem,
): Prepared<{ title: string; description: string | null }> {
  if (!item.text) {
    const address = item.url.replace(/^https?:\/\/(www\.)?/i, '');
    return {
      value: { title: shorten(address, LIMITS.sourceTitle), description: null },
      repairs: [],
    };
  }
  if (!tooLong(item.text, LIMITS.sourceTitle)) {
    return { value: { title: item.text, description: null }, repairs: [] };
  }
  return {
    value: {
      title: shorten(item.text, LIMITS.sourceTitle),
      description: shorten(item.text, LIMITS.sourceDescription),
    },
    repairs: [],
  };
}

export function reportDetailsOf(item: ReportItem): Prepared<string | null> {
  if (!item.details) return { value: null, repairs: [] };
  return tooLong(item.details, LIMITS.reportDetails)
    ? {
        value: shorten(item.details, LIMITS.reportDetails),
        repairs: [`report details longer than ${LIMITS.reportDetails} characters: shortened`],
      }
    : { value: item.details, repairs: [] };
}

/** The statement of reasons of a hiding imported from the original platform's trash. */
export function hidingOf(trash: Trash): { reasonCategory: ReportReason; reason: string } {
  const reason = trash.reason || 'motif non précisé';
  const visible =
    trash.status === 'VISIBLE' ? ', où son contenu restait lisible dans la corbeille' : '';
  return {
    reasonCategory: reasonCategoryOf(trash.reason),
    reason: shorten(
      `${reason} — décision de la modération de la plateforme d’origine (Cap Collectif)${visible}.`,
      5000,
    ),
  };
}
