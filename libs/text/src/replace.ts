import { joinLines, splitLines } from './lines.js';
import type { LineRange, Replacement } from './range.js';
import { assertValidRange } from './validate-range.js';

function dropTrailingEmptyLines(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0 && lines[end - 1] === '') end -= 1;
  return end === lines.length ? lines : lines.slice(0, end);
}

/**
 * The text of the lines `lineStart..lineEnd` (the `originalText` an amendment replaces);
 * `''` for an insertion point (and, by the text convention, for a range made of one empty line).
 * @throws LineRangeError when the range does not fit the text.
 */
export function extractRange(text: string, range: LineRange): string {
  return joinLines(rangeLines(text, range));
}

/**
 * The lines `lineStart..lineEnd` of `text` as an array (`[]` for an insertion point). Unlike
 * `splitLines(extractRange(…))`, a range made of one empty line gives `['']`.
 * @throws LineRangeError when the range does not fit the text.
 */
export function rangeLines(text: string, range: LineRange): string[] {
  const lines = splitLines(text);
  assertValidRange(lines.length, range);
  return lines.slice(range.lineStart - 1, range.lineEnd);
}

/**
 * Replaces the lines `lineStart..lineEnd` of `text` with the lines of `proposedText`
 * (`''` = no lines, i.e. a deletion; `lineEnd = lineStart - 1` inserts before `lineStart`).
 *
 * Inputs are expected to be normalized (`normalizeText`). The result is kept normalized: if
 * deleting the last lines exposes empty lines at the end, those are dropped too (otherwise they
 * would not survive a round-trip through `splitLines`).
 * @throws LineRangeError when the range does not fit the text.
 */
export function applyReplacement(text: string, replacement: Replacement): string {
  const lines = splitLines(text);
  assertValidRange(lines.length, replacement);
  const result = [
    ...lines.slice(0, replacement.lineStart - 1),
    ...splitLines(replacement.proposedText),
    ...lines.slice(replacement.lineEnd),
  ];
  return joinLines(dropTrailingEmptyLines(result));
}
