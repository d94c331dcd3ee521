import type { LineRange } from '../consultations/line-range';

/** What a participant chooses to do with the selected lines. */
export type AmendmentChoice = 'replace' | 'delete' | 'insertBefore' | 'insertAfter';

export const amendmentChoices = [
  'replace',
  'delete',
  'insertBefore',
  'insertAfter',
] as const satisfies readonly AmendmentChoice[];

/**
 * The lines an amendment names, by the design's convention: `lineStart..lineEnd` replaced
 * (inclusive); an insertion has `lineEnd = lineStart - 1` (before `lineStart`; `n + 1` appends).
 */
export function amendmentRange(
  choice: AmendmentChoice,
  selection: LineRange,
): { lineStart: number; lineEnd: number } {
  switch (choice) {
    case 'replace':
    case 'delete':
      return { lineStart: selection.start, lineEnd: selection.end };
    case 'insertBefore':
      return { lineStart: selection.start, lineEnd: selection.start - 1 };
    case 'insertAfter':
      return { lineStart: selection.end + 1, lineEnd: selection.end };
  }
}

export function isInsertChoice(choice: AmendmentChoice): boolean {
  return choice === 'insertBefore' || choice === 'insertAfter';
}

/** Characters as the API counts them (an emoji is one). */
export function characterCount(text: string): number {
  return [...text].length;
}

/** The API's limits (apps/api amendments/text-rules.ts), checked here first to answer at once. */
export const amendmentLimits = {
  proposedText: 20_000,
  rationale: 5_000,
  proposalTitle: 200,
  proposalBody: 50_000,
} as const;
