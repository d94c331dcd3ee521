import { diffLineBlocks, isChangedBlock, type ChangedBlock } from './line-diff.js';
import { joinLines, splitLines } from './lines.js';
import type { LineRange } from './range.js';
import { rangeLines } from './replace.js';
import { wordDiff, type WordSegment } from './word-diff.js';

/**
 * A changed region between two texts. `oldStart..oldEnd` are the old lines replaced by the new
 * lines `newStart..newEnd` (1-based, inclusive). An empty side has `end = start - 1`, as for
 * amendments: an `insert` hunk inserts before old line `oldStart`, a `delete` hunk leaves the
 * new text at line `newStart`. `segments` is the word diff of the old lines against the new
 * lines (each side joined with `\n`).
 */
export interface DiffHunk {
  readonly kind: 'change' | 'insert' | 'delete';
  readonly oldStart: number;
  readonly oldEnd: number;
  readonly newStart: number;
  readonly newEnd: number;
  readonly segments: WordSegment[];
}

function sliceLines(lines: readonly string[], start: number, end: number): string {
  return joinLines(lines.slice(start - 1, end));
}

function toHunk(
  block: ChangedBlock,
  oldLines: readonly string[],
  newLines: readonly string[],
): DiffHunk {
  const { oldStart, oldEnd, newStart, newEnd } = block;
  const segments = wordDiff(
    sliceLines(oldLines, oldStart, oldEnd),
    sliceLines(newLines, newStart, newEnd),
  );
  return { kind: block.kind, oldStart, oldEnd, newStart, newEnd, segments };
}

function diffLineArrays(oldLines: readonly string[], newLines: readonly string[]): DiffHunk[] {
  return diffLineBlocks(oldLines, newLines)
    .filter(isChangedBlock)
    .map((block) => toHunk(block, oldLines, newLines));
}

/**
 * Diffs two texts: a line-level diff (jsdiff `diffArrays`), then a word diff inside each changed
 * hunk. Hunks are in text order and never overlap; applying each hunk (replacing its old lines by
 * its new lines) to `oldText` gives `newText`.
 */
export function diffTexts(oldText: string, newText: string): DiffHunk[] {
  return diffLineArrays(splitLines(oldText), splitLines(newText));
}

function shift(hunk: DiffHunk, oldOffset: number, newOffset: number): DiffHunk {
  return {
    ...hunk,
    oldStart: hunk.oldStart + oldOffset,
    oldEnd: hunk.oldEnd + oldOffset,
    newStart: hunk.newStart + newOffset,
    newEnd: hunk.newEnd + newOffset,
  };
}

/**
 * Diffs the lines `oldRange` of `oldText` against the lines `newRange` of `newText`, e.g. an
 * amendment's original lines against the lines it proposes. Hunk line numbers are those of
 * `oldText` and `newText` (not relative to the ranges).
 * @throws LineRangeError when a range does not fit its text.
 */
export function diffRanges(
  oldText: string,
  oldRange: LineRange,
  newText: string,
  newRange: LineRange,
): DiffHunk[] {
  const oldLines = rangeLines(oldText, oldRange);
  const newLines = rangeLines(newText, newRange);
  return diffLineArrays(oldLines, newLines).map((hunk) =>
    shift(hunk, oldRange.lineStart - 1, newRange.lineStart - 1),
  );
}
