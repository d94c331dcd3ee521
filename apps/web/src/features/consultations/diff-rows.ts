import type { DiffHunk, WordSegment } from '@amendo/text';

import type { DiffHunkFieldsFragment } from '../../gql/graphql';

/** A line both versions share, with its number in each. */
export interface SameRow {
  readonly kind: 'same';
  readonly oldNumber: number;
  readonly newNumber: number;
  readonly text: string;
}

/** Unchanged lines folded away, far from any change. */
export interface GapRow {
  readonly kind: 'gap';
  readonly rows: readonly SameRow[];
}

/** A changed region, its words split into lines: each side's, and both merged. */
export interface HunkRow {
  readonly kind: 'hunk';
  readonly hunk: DiffHunk;
  readonly oldLines: readonly WordSegment[][];
  readonly newLines: readonly WordSegment[][];
  readonly mergedLines: readonly WordSegment[][];
}

export type DiffRow = SameRow | GapRow | HunkRow;

/** The API's hunks (kinds in capitals) in the shape `@amendo/text` gives them. */
export function fromApiHunks(hunks: readonly DiffHunkFieldsFragment[]): DiffHunk[] {
  return hunks.map((hunk) => ({
    kind: hunk.kind === 'CHANGE' ? 'change' : hunk.kind === 'INSERT' ? 'insert' : 'delete',
    oldStart: hunk.oldStart,
    oldEnd: hunk.oldEnd,
    newStart: hunk.newStart,
    newEnd: hunk.newEnd,
    segments: hunk.segments.map((segment) => ({
      kind: segment.kind === 'EQUAL' ? 'equal' : segment.kind === 'INSERT' ? 'insert' : 'delete',
      text: segment.text,
    })),
  }));
}

/** The segments of the kinds kept, cut into lines at each `\n`. */
export function segmentLines(
  segments: readonly WordSegment[],
  keep: (kind: WordSegment['kind']) => boolean,
): WordSegment[][] {
  const lines: WordSegment[][] = [[]];
  for (const segment of segments) {
    if (!keep(segment.kind)) continue;
    segment.text.split('\n').forEach((part, index) => {
      if (index > 0) lines.push([]);
      if (part !== '') lines[lines.length - 1].push({ kind: segment.kind, text: part });
    });
  }
  return lines;
}

function hunkRow(hunk: DiffHunk): HunkRow {
  const oldCount = hunk.oldEnd - hunk.oldStart + 1;
  const newCount = hunk.newEnd - hunk.newStart + 1;
  return {
    kind: 'hunk',
    hunk,
    oldLines: oldCount > 0 ? segmentLines(hunk.segments, (kind) => kind !== 'insert') : [],
    newLines: newCount > 0 ? segmentLines(hunk.segments, (kind) => kind !== 'delete') : [],
    mergedLines: segmentLines(hunk.segments, () => true),
  };
}

/** Folds the middle of a run of unchanged lines, keeping `context` lines next to each change. */
function foldRun(run: SameRow[], keepBefore: number, keepAfter: number): (SameRow | GapRow)[] {
  const folded = run.length - keepBefore - keepAfter;
  if (folded < 2) return run;
  return [
    ...run.slice(0, keepBefore),
    { kind: 'gap', rows: run.slice(keepBefore, run.length - keepAfter) },
    ...run.slice(run.length - keepAfter),
  ];
}

/**
 * The rows of a diff view: the new text's lines, unchanged ones with both their numbers, changed
 * regions from the hunks; unchanged lines more than `context` lines away from a change folded.
 */
export function diffRows(
  hunks: readonly DiffHunk[],
  newLines: readonly string[],
  context = 2,
): DiffRow[] {
  const rows: DiffRow[] = [];
  let oldLine = 1;
  let newLine = 1;
  let run: SameRow[] = [];

  function sameUntil(newEnd: number) {
    while (newLine <= newEnd) {
      run.push({
        kind: 'same',
        oldNumber: oldLine,
        newNumber: newLine,
        text: newLines[newLine - 1],
      });
      oldLine += 1;
      newLine += 1;
    }
  }

  const ordered = [...hunks].sort((a, b) => a.newStart - b.newStart || a.oldStart - b.oldStart);
  ordered.forEach((hunk, index) => {
    sameUntil(hunk.newStart - 1);
    rows.push(...foldRun(run, index === 0 ? 0 : context, context));
    run = [];
    rows.push(hunkRow(hunk));
    oldLine = hunk.oldEnd + 1;
    newLine = hunk.newEnd + 1;
  });
  sameUntil(newLines.length);
  rows.push(...(ordered.length === 0 ? run : foldRun(run, context, 0)));
  return rows;
}
