/** Lines `start..end` of a text, numbered from 1, both included (`start <= end`). */
export interface LineRange {
  readonly start: number;
  readonly end: number;
}

const hashPattern = /^#L(\d{1,7})(?:-L(\d{1,7}))?$/;

/** `#L12` is line 12, `#L3-L5` lines 3 to 5 (in either order); anything else is no range. */
export function parseLineHash(hash: string): LineRange | null {
  const match = hashPattern.exec(hash);
  if (!match) return null;
  const first = Number(match[1]);
  const second = match[2] === undefined ? first : Number(match[2]);
  const range = { start: Math.min(first, second), end: Math.max(first, second) };
  return range.start >= 1 ? range : null;
}

/** The URL hash of a range: `#L12`, `#L3-L5`, or `''` for none. */
export function lineHash(range: LineRange | null): string {
  if (!range) return '';
  return range.start === range.end ? `#L${range.start}` : `#L${range.start}-L${range.end}`;
}

/** The range cut to a text of `lineCount` lines; null when it starts past the end. */
export function clampRange(range: LineRange | null, lineCount: number): LineRange | null {
  if (!range || range.start > lineCount) return null;
  return { start: range.start, end: Math.min(range.end, lineCount) };
}

/** The range from `anchor` to `line`, whichever comes first. */
export function rangeBetween(anchor: number, line: number): LineRange {
  return { start: Math.min(anchor, line), end: Math.max(anchor, line) };
}

export function sameRange(a: LineRange | null, b: LineRange | null): boolean {
  return a?.start === b?.start && a?.end === b?.end;
}

/** The DOM id of a line of the article text (not `L12`, so the router does not jump to it). */
export function lineElementId(line: number): string {
  return `ligne-${line}`;
}
