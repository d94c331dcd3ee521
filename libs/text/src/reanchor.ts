import { lineMapping } from './line-mapping.js';
import { lineCount } from './lines.js';
import { isInsertion, type LineRange } from './range.js';
import { assertValidRange } from './validate-range.js';

/** Outcome of re-anchoring a range onto a new version of the text. */
export type ReanchorResult =
  | { readonly status: 'moved'; readonly lineStart: number; readonly lineEnd: number }
  | { readonly status: 'conflict' };

interface Anchoring {
  readonly mapping: readonly (number | null)[];
  readonly newLineCount: number;
}

const CONFLICT: ReanchorResult = { status: 'conflict' };

/**
 * New line of an old line; the text boundaries map to boundaries: line 0 (start of text) to 0,
 * line n + 1 (end of text) to n' + 1.
 */
function mapAnchor({ mapping, newLineCount }: Anchoring, oldLine: number): number | null {
  if (oldLine === 0) return 0;
  if (oldLine === mapping.length + 1) return newLineCount + 1;
  return mapping[oldLine - 1] ?? null;
}

function reanchorInsertion(anchoring: Anchoring, { lineStart }: LineRange): ReanchorResult {
  const before = mapAnchor(anchoring, lineStart - 1);
  const after = mapAnchor(anchoring, lineStart);
  if (before === null || after === null || after !== before + 1) return CONFLICT;
  return { status: 'moved', lineStart: after, lineEnd: after - 1 };
}

function reanchorLines(anchoring: Anchoring, { lineStart, lineEnd }: LineRange): ReanchorResult {
  const first = Math.max(1, lineStart - 1);
  const last = Math.min(anchoring.mapping.length, lineEnd + 1);
  const firstNew = anchoring.mapping[first - 1] ?? null;
  if (firstNew === null) return CONFLICT;
  for (let line = first + 1; line <= last; line += 1) {
    if (anchoring.mapping[line - 1] !== firstNew + (line - first)) return CONFLICT;
  }
  const offset = firstNew - first;
  return { status: 'moved', lineStart: lineStart + offset, lineEnd: lineEnd + offset };
}

function reanchorWith(anchoring: Anchoring, range: LineRange): ReanchorResult {
  assertValidRange(anchoring.mapping.length, range);
  return isInsertion(range) ? reanchorInsertion(anchoring, range) : reanchorLines(anchoring, range);
}

/**
 * Re-anchors an amendment range written against `oldText` (version N) onto `newText` (N + 1).
 *
 * - Lines replaced (`lineEnd ≥ lineStart`): `moved` when those lines and their neighbours (the
 *   line just before and the line just after, when they exist) are unchanged in the new text and
 *   still contiguous; the range keeps its length.
 * - Insertion point (`lineEnd = lineStart - 1`): `moved` when the two sides of the insertion point
 *   are unchanged and still adjacent. At the start (`lineStart = 1`) or the end
 *   (`lineStart = n + 1`) one side is the text boundary: the insertion stays "at the start" /
 *   "at the end" only if the new version added nothing there. An insertion into an empty text
 *   stays valid only while the text is empty.
 *
 * Otherwise `conflict` (the amendment becomes OUTDATED).
 * @throws LineRangeError when the range does not fit `oldText`.
 */
export function reanchor(oldText: string, newText: string, range: LineRange): ReanchorResult {
  return reanchorMany(oldText, newText, [range])[0] ?? CONFLICT;
}

/**
 * `reanchor` for many ranges against the same pair of texts (the diff is computed once), e.g.
 * every open amendment of an article when a new version is published. Results are in the order
 * of `ranges`.
 * @throws LineRangeError when a range does not fit `oldText`.
 */
export function reanchorMany(
  oldText: string,
  newText: string,
  ranges: readonly LineRange[],
): ReanchorResult[] {
  const anchoring: Anchoring = {
    mapping: lineMapping(oldText, newText),
    newLineCount: lineCount(newText),
  };
  return ranges.map((range) => reanchorWith(anchoring, range));
}
