/**
 * Lines of an article text.
 *
 * Convention (used by every function of this library): a text is split on `\n` and its lines
 * are numbered from 1. The empty text `''` has **zero** lines (not one empty line), so that an
 * empty `proposedText` means "no lines" (a deletion) and an empty article has nothing to
 * replace. The consequence is that a text made of a single empty line cannot be represented:
 * `joinLines([''])` is `''`, which reads back as zero lines. Normalized texts (see
 * `normalizeText`) never end with an empty line, so they always round-trip.
 */

/**
 * Splits a text into its lines (split on `\n`; line `i` is at index `i - 1`).
 * The empty text has zero lines: `splitLines('')` is `[]`.
 */
export function splitLines(text: string): string[] {
  return text === '' ? [] : text.split('\n');
}

/**
 * Joins lines with `\n` (inverse of `splitLines` for normalized texts).
 * `joinLines([])` and `joinLines([''])` are both `''`.
 */
export function joinLines(lines: readonly string[]): string {
  return lines.join('\n');
}

/** Number of lines of a text (0 for the empty text). */
export function lineCount(text: string): number {
  return splitLines(text).length;
}
