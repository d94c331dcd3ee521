import { splitLines } from './lines.js';

/**
 * A range of lines `lineStart..lineEnd`, 1-based and inclusive.
 * An empty range (`lineEnd = lineStart - 1`) is an insertion point: "before line `lineStart`"
 * (`lineStart = n + 1` means "at the end" of an `n`-line text).
 */
export interface LineRange {
  readonly lineStart: number;
  readonly lineEnd: number;
}

/** Replaces the lines of the range with `proposedText` (zero or more lines; `''` = no lines). */
export interface Replacement extends LineRange {
  readonly proposedText: string;
}

/** True when the range is an insertion point (`lineEnd = lineStart - 1`): it replaces no line. */
export function isInsertion(range: LineRange): boolean {
  return range.lineEnd === range.lineStart - 1;
}

/** True when the replacement removes at least one line and proposes none (`proposedText = ''`). */
export function isDeletion(replacement: Replacement): boolean {
  return !isInsertion(replacement) && replacement.proposedText === '';
}

/** Number of lines covered by a range (0 for an insertion point). */
export function rangeLength(range: LineRange): number {
  return range.lineEnd - range.lineStart + 1;
}

/**
 * The range occupied by the proposed lines in the text produced by `applyReplacement`:
 * starts at `lineStart` and spans the lines of `proposedText` (an insertion point when empty).
 */
export function proposedRange(replacement: Replacement): LineRange {
  const count = splitLines(replacement.proposedText).length;
  return { lineStart: replacement.lineStart, lineEnd: replacement.lineStart + count - 1 };
}
