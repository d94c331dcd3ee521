import { applyReplacement, extractRange, reanchorMany, type ReanchorResult } from '@amendo/text';

export interface MergeableAmendment {
  readonly id: string;
  readonly lineStart: number;
  readonly lineEnd: number;
  /** Null when hidden by moderation: it cannot be applied from here. */
  readonly proposedText: string | null;
}

export type MergeResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: 'overlap'; readonly ids: readonly [string, string] }
  | { readonly ok: false; readonly reason: 'hidden'; readonly ids: readonly [string] };

const isInsertion = (amendment: MergeableAmendment) =>
  amendment.lineEnd === amendment.lineStart - 1;

/**
 * Two amendments that cannot both be applied without a person deciding: their lines overlap, an
 * insertion falls inside lines another one replaces, or two insertions go to the same place.
 */
function overlap(a: MergeableAmendment, b: MergeableAmendment): boolean {
  if (isInsertion(a) && isInsertion(b)) return a.lineStart === b.lineStart;
  if (isInsertion(a)) return a.lineStart > b.lineStart && a.lineStart <= b.lineEnd;
  if (isInsertion(b)) return b.lineStart > a.lineStart && b.lineStart <= a.lineEnd;
  return a.lineStart <= b.lineEnd && b.lineStart <= a.lineEnd;
}

/**
 * The text with every chosen amendment applied, when they do not overlap (each is written against
 * the same version, so they are applied from the bottom of the text up and none moves another).
 */
export function mergeAmendments(
  text: string,
  amendments: readonly MergeableAmendment[],
): MergeResult {
  for (const amendment of amendments) {
    if (amendment.proposedText === null)
      return { ok: false, reason: 'hidden', ids: [amendment.id] };
  }
  for (let i = 0; i < amendments.length; i += 1) {
    for (let j = i + 1; j < amendments.length; j += 1) {
      if (overlap(amendments[i], amendments[j])) {
        return { ok: false, reason: 'overlap', ids: [amendments[i].id, amendments[j].id] };
      }
    }
  }
  // Bottom up; at the same line, the replacement first, then the insertion before it.
  const ordered = [...amendments].sort(
    (a, b) => b.lineStart - a.lineStart || Number(isInsertion(a)) - Number(isInsertion(b)),
  );
  let merged = text;
  for (const amendment of ordered) {
    merged = applyReplacement(merged, { ...amendment, proposedText: amendment.proposedText ?? '' });
  }
  return { ok: true, text: merged };
}

export interface Reanchoring<T> {
  /** Still on the same lines. */
  readonly unchanged: readonly T[];
  /** On the new version, at other line numbers. */
  readonly moved: readonly { amendment: T; lineStart: number; lineEnd: number }[];
  /** Their lines (or the lines around them) changed: they would become OUTDATED. */
  readonly outdated: readonly T[];
}

/**
 * What publishing `newText` (normalised) would do to each open amendment not incorporated, as
 * the API decides it: moved when its lines and their neighbours are unchanged and its lines still
 * read the same at their new place, outdated otherwise.
 */
export function previewReanchoring<
  T extends MergeableAmendment & { readonly originalText: string },
>(oldText: string, newText: string, amendments: readonly T[]): Reanchoring<T> {
  let results: ReanchorResult[];
  try {
    results = reanchorMany(oldText, newText, amendments);
  } catch {
    results = amendments.map(() => ({ status: 'conflict' }));
  }
  const unchanged: T[] = [];
  const moved: { amendment: T; lineStart: number; lineEnd: number }[] = [];
  const outdated: T[] = [];
  results.forEach((result, index) => {
    const amendment = amendments[index];
    if (result.status === 'conflict' || !readsTheSame(newText, result, amendment.originalText)) {
      outdated.push(amendment);
    } else if (result.lineStart === amendment.lineStart && result.lineEnd === amendment.lineEnd) {
      unchanged.push(amendment);
    } else {
      moved.push({ amendment, lineStart: result.lineStart, lineEnd: result.lineEnd });
    }
  });
  return { unchanged, moved, outdated };
}

function readsTheSame(
  text: string,
  range: { lineStart: number; lineEnd: number },
  originalText: string,
): boolean {
  try {
    return extractRange(text, range) === originalText;
  } catch {
    return false;
  }
}
