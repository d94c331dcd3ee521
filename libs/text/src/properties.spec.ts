/**
 * Property-based tests (fast-check) tying together replacement, diff, line mapping and
 * re-anchoring. Two families of texts:
 * - "French" texts built from a tiny vocabulary: many repeated and empty lines, to stress the
 *   diff's ambiguous alignments (only sound properties can be checked);
 * - texts with unique lines, where the line diff of a replacement is fully determined, so exact
 *   results can be predicted.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { diffTexts, type DiffHunk } from './diff-texts.js';
import { lineMapping } from './line-mapping.js';
import { joinLines, splitLines } from './lines.js';
import { normalizeText } from './normalize.js';
import { isInsertion, rangeLength, type LineRange, type Replacement } from './range.js';
import { reanchor, reanchorMany, type ReanchorResult } from './reanchor.js';
import { applyReplacement, rangeLines } from './replace.js';
import { validateRange } from './validate-range.js';

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

const WORDS = [
  'Le',
  'préfet',
  'maire',
  'décide',
  'l’État',
  'alinéa',
  'est',
  'supprimé',
  ';',
  '«',
  '»',
];

const lineArb = fc
  .array(fc.constantFrom(...WORDS), { maxLength: 3 })
  .map((words) => words.join(' '));

/** A normalized text of up to `maxLines` lines drawn from a tiny vocabulary (many duplicates). */
const frenchTextArb = (maxLines = 10): fc.Arbitrary<string> =>
  fc.array(lineArb, { maxLength: maxLines }).map((lines) => normalizeText(joinLines(lines)));

/** A valid range of a text of `n` lines, insertions included (about one in three). */
const rangeArb = (n: number): fc.Arbitrary<LineRange> =>
  fc
    .integer({ min: 1, max: n + 1 })
    .chain((lineStart) =>
      fc.integer({ min: lineStart - 1, max: n }).map((lineEnd) => ({ lineStart, lineEnd })),
    );

/** An insertion point at the start or at the end of a text of `n` lines. */
const edgeInsertionArb = (n: number): fc.Arbitrary<LineRange> =>
  fc.constantFrom({ lineStart: 1, lineEnd: 0 }, { lineStart: n + 1, lineEnd: n });

interface Case {
  readonly oldText: string;
  readonly replacement: Replacement;
}

const caseArb = (
  textArb: fc.Arbitrary<string>,
  proposedArb: fc.Arbitrary<string>,
  rangeOf: (n: number) => fc.Arbitrary<LineRange> = rangeArb,
): fc.Arbitrary<Case> =>
  textArb.chain((oldText) =>
    fc
      .tuple(rangeOf(splitLines(oldText).length), proposedArb)
      .map(([range, proposedText]) => ({ oldText, replacement: { ...range, proposedText } })),
  );

/** `count` unique lines; `prefix` keeps old and proposed lines apart. */
const uniqueLines = (prefix: string, count: number): string[] =>
  Array.from({ length: count }, (_, index) => `${prefix} ${index + 1} : l’alinéa est modifié.`);

const uniqueTextArb = (maxLines: number): fc.Arbitrary<string> =>
  fc.integer({ min: 0, max: maxLines }).map((n) => joinLines(uniqueLines('Alinéa', n)));

const uniqueProposedArb = fc
  .integer({ min: 0, max: 4 })
  .map((count) => joinLines(uniqueLines('Nouvel alinéa', count)));

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/** Applies the hunks to the old lines, taking each hunk's new lines from the new text. */
function applyHunks(oldText: string, newText: string, hunks: readonly DiffHunk[]): string[] {
  const lines = splitLines(oldText);
  const newLines = splitLines(newText);
  for (const hunk of [...hunks].reverse()) {
    lines.splice(
      hunk.oldStart - 1,
      hunk.oldEnd - hunk.oldStart + 1,
      ...newLines.slice(hunk.newStart - 1, hunk.newEnd),
    );
  }
  return lines;
}

function sideOf(hunk: DiffHunk, skip: 'insert' | 'delete'): string {
  return hunk.segments
    .filter((segment) => segment.kind !== skip)
    .map((segment) => segment.text)
    .join('');
}

function expectWellFormedHunks(oldText: string, newText: string, hunks: readonly DiffHunk[]): void {
  const oldLines = splitLines(oldText);
  const newLines = splitLines(newText);
  let previous: DiffHunk | undefined;
  for (const hunk of hunks) {
    const oldCount = hunk.oldEnd - hunk.oldStart + 1;
    const newCount = hunk.newEnd - hunk.newStart + 1;
    expect(oldCount + newCount).toBeGreaterThan(0);
    expect(hunk.kind).toBe(oldCount === 0 ? 'insert' : newCount === 0 ? 'delete' : 'change');
    expect(
      validateRange(oldLines.length, { lineStart: hunk.oldStart, lineEnd: hunk.oldEnd }).ok,
    ).toBe(true);
    expect(
      validateRange(newLines.length, { lineStart: hunk.newStart, lineEnd: hunk.newEnd }).ok,
    ).toBe(true);
    if (previous) {
      expect(hunk.oldStart - previous.oldEnd).toBeGreaterThan(1);
      expect(hunk.oldStart - previous.oldEnd).toBe(hunk.newStart - previous.newEnd);
    }
    expect(sideOf(hunk, 'insert')).toBe(joinLines(oldLines.slice(hunk.oldStart - 1, hunk.oldEnd)));
    expect(sideOf(hunk, 'delete')).toBe(joinLines(newLines.slice(hunk.newStart - 1, hunk.newEnd)));
    previous = hunk;
  }
}

/** The line-by-line content of the spliced text before trailing empty lines are dropped. */
function splicedLength(oldText: string, replacement: Replacement): number {
  return (
    splitLines(oldText).length -
    rangeLength(replacement) +
    splitLines(replacement.proposedText).length
  );
}

function expectSoundReanchor(
  oldText: string,
  newText: string,
  range: LineRange,
  result: ReanchorResult,
): void {
  if (result.status === 'conflict') return;
  const oldLines = splitLines(oldText);
  const newLines = splitLines(newText);
  const moved = { lineStart: result.lineStart, lineEnd: result.lineEnd };
  expect(validateRange(newLines.length, moved).ok).toBe(true);
  expect(rangeLength(moved)).toBe(rangeLength(range));
  expect(rangeLines(newText, moved)).toEqual(rangeLines(oldText, range));
  const before = range.lineStart - 1;
  const after = range.lineEnd + 1;
  if (before >= 1) expect(newLines[moved.lineStart - 2]).toBe(oldLines[before - 1]);
  if (after <= oldLines.length) expect(newLines[moved.lineEnd]).toBe(oldLines[after - 1]);
  if (isInsertion(range) && before === 0) expect(moved.lineStart).toBe(1);
  if (isInsertion(range) && after === oldLines.length + 1)
    expect(moved.lineEnd).toBe(newLines.length);
  const mapping = lineMapping(oldText, newText);
  for (let line = Math.max(1, before); line <= Math.min(oldLines.length, after); line += 1) {
    expect(mapping[line - 1]).toBe(line + moved.lineStart - range.lineStart);
  }
}

/**
 * Expected re-anchoring of `range` when the only change between the versions is `change`
 * (unique lines: the diff is exactly the replacement).
 */
function expectedReanchor(n: number, change: Replacement, range: LineRange): ReanchorResult {
  const k = splitLines(change.proposedText).length;
  const { lineStart: s1, lineEnd: e1 } = change;
  const inserts = isInsertion(change) && k > 0;
  const first = Math.max(1, range.lineStart - 1);
  const last = Math.min(n, range.lineEnd + 1);
  const touched = first <= last && s1 <= e1 && !(e1 < first || s1 > last);
  const insertedInside = isInsertion(range)
    ? inserts && s1 === range.lineStart
    : inserts && first < s1 && s1 <= last;
  if (touched || insertedInside) return { status: 'conflict' };
  const shift =
    s1 <= range.lineStart && !(isInsertion(change) && k === 0) ? k - rangeLength(change) : 0;
  return { status: 'moved', lineStart: range.lineStart + shift, lineEnd: range.lineEnd + shift };
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

describe('applyReplacement then diffTexts', () => {
  it('covers exactly the replaced range when lines are unique', () => {
    fc.assert(
      fc.property(caseArb(uniqueTextArb(30), uniqueProposedArb), ({ oldText, replacement }) => {
        const newText = applyReplacement(oldText, replacement);
        const proposedCount = splitLines(replacement.proposedText).length;
        const expected =
          rangeLength(replacement) + proposedCount === 0
            ? []
            : [
                {
                  oldStart: replacement.lineStart,
                  oldEnd: replacement.lineEnd,
                  newStart: replacement.lineStart,
                  newEnd: replacement.lineStart + proposedCount - 1,
                },
              ];
        const hunks = diffTexts(oldText, newText);
        expect(
          hunks.map(({ oldStart, oldEnd, newStart, newEnd }) => ({
            oldStart,
            oldEnd,
            newStart,
            newEnd,
          })),
        ).toEqual(expected);
        expect(applyHunks(oldText, newText, hunks)).toEqual(splitLines(newText));
      }),
    );
  });

  it('round-trips on texts with repeated and empty lines, with a minimal diff', () => {
    fc.assert(
      fc.property(caseArb(frenchTextArb(), frenchTextArb(4)), ({ oldText, replacement }) => {
        const newText = applyReplacement(oldText, replacement);
        const hunks = diffTexts(oldText, newText);
        expectWellFormedHunks(oldText, newText, hunks);
        expect(applyHunks(oldText, newText, hunks)).toEqual(splitLines(newText));
        const edits = hunks.reduce(
          (sum, hunk) =>
            sum + (hunk.oldEnd - hunk.oldStart + 1) + (hunk.newEnd - hunk.newStart + 1),
          0,
        );
        const dropped = splicedLength(oldText, replacement) - splitLines(newText).length;
        const proposedCount = splitLines(replacement.proposedText).length;
        expect(edits).toBeLessThanOrEqual(rangeLength(replacement) + proposedCount + dropped);
      }),
    );
  });

  it('round-trips between unrelated texts, empty texts included', () => {
    fc.assert(
      fc.property(frenchTextArb(), frenchTextArb(), fc.constantFrom('', 'x'), (a, b, pick) => {
        const oldText = pick === '' ? '' : a;
        const hunks = diffTexts(oldText, b);
        expectWellFormedHunks(oldText, b, hunks);
        expect(applyHunks(oldText, b, hunks)).toEqual(splitLines(b));
      }),
    );
  });

  it('handles insertions at the start and at the end', () => {
    fc.assert(
      fc.property(
        caseArb(
          uniqueTextArb(10),
          uniqueProposedArb.filter((text) => text !== ''),
          edgeInsertionArb,
        ),
        ({ oldText, replacement }) => {
          const newText = applyReplacement(oldText, replacement);
          const proposed = splitLines(replacement.proposedText);
          const hunks = diffTexts(oldText, newText);
          expect(hunks).toHaveLength(1);
          expect(hunks[0]).toMatchObject({
            kind: 'insert',
            oldStart: replacement.lineStart,
            oldEnd: replacement.lineStart - 1,
            newStart: replacement.lineStart,
            newEnd: replacement.lineStart + proposed.length - 1,
          });
        },
      ),
    );
  });
});

describe('reanchor', () => {
  it('never points at changed lines (texts with duplicates, one replacement)', () => {
    fc.assert(
      fc.property(
        caseArb(frenchTextArb(), frenchTextArb(4)).chain((c) =>
          rangeArb(splitLines(c.oldText).length).map((range) => ({ ...c, range })),
        ),
        ({ oldText, replacement, range }) => {
          const newText = applyReplacement(oldText, replacement);
          expectSoundReanchor(oldText, newText, range, reanchor(oldText, newText, range));
        },
      ),
    );
  });

  it('never points at changed lines (unrelated texts)', () => {
    fc.assert(
      fc.property(
        frenchTextArb().chain((oldText) =>
          fc.tuple(fc.constant(oldText), frenchTextArb(), rangeArb(splitLines(oldText).length)),
        ),
        ([oldText, newText, range]) => {
          expectSoundReanchor(oldText, newText, range, reanchor(oldText, newText, range));
        },
      ),
    );
  });

  it('moves exactly the ranges away from the change (unique lines)', () => {
    fc.assert(
      fc.property(
        caseArb(uniqueTextArb(12), uniqueProposedArb).chain((c) =>
          fc
            .array(rangeArb(splitLines(c.oldText).length), { minLength: 1, maxLength: 5 })
            .map((ranges) => ({ ...c, ranges })),
        ),
        ({ oldText, replacement, ranges }) => {
          const newText = applyReplacement(oldText, replacement);
          const n = splitLines(oldText).length;
          expect(reanchorMany(oldText, newText, ranges)).toEqual(
            ranges.map((range) => expectedReanchor(n, replacement, range)),
          );
        },
      ),
    );
  });

  it('keeps insertions at the start and at the end only when nothing was added there', () => {
    fc.assert(
      fc.property(
        caseArb(uniqueTextArb(8), uniqueProposedArb, edgeInsertionArb).chain((c) =>
          edgeInsertionArb(splitLines(c.oldText).length).map((range) => ({ ...c, range })),
        ),
        ({ oldText, replacement, range }) => {
          const newText = applyReplacement(oldText, replacement);
          const result = reanchor(oldText, newText, range);
          const sameSpot =
            replacement.lineStart === range.lineStart && replacement.proposedText !== '';
          expect(result.status).toBe(sameSpot ? 'conflict' : 'moved');
          expectSoundReanchor(oldText, newText, range, result);
        },
      ),
    );
  });

  it('handles empty texts', () => {
    fc.assert(
      fc.property(frenchTextArb(), (text) => {
        const insertion = { lineStart: 1, lineEnd: 0 };
        expect(reanchor('', text, insertion).status).toBe(text === '' ? 'moved' : 'conflict');
        const whole = { lineStart: 1, lineEnd: splitLines(text).length };
        const expected = text === '' ? 'moved' : 'conflict';
        expect(reanchor(text, '', isInsertion(whole) ? insertion : whole).status).toBe(expected);
      }),
    );
  });
});

describe('a 5,000-line text', () => {
  it('diffs, round-trips and re-anchors quickly', () => {
    const oldText = joinLines(uniqueLines('Alinéa', 5000));
    const started = Date.now();
    fc.assert(
      fc.property(
        fc.tuple(
          rangeArb(5000),
          uniqueProposedArb,
          fc.array(rangeArb(5000), { minLength: 1, maxLength: 20 }),
        ),
        ([range, proposedText, ranges]) => {
          const replacement = { ...range, proposedText };
          const newText = applyReplacement(oldText, replacement);
          const hunks = diffTexts(oldText, newText);
          expect(applyHunks(oldText, newText, hunks)).toEqual(splitLines(newText));
          expect(reanchorMany(oldText, newText, ranges)).toEqual(
            ranges.map((r) => expectedReanchor(5000, replacement, r)),
          );
        },
      ),
      { numRuns: 25 },
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
