import { describe, expect, it } from '@jest/globals';
import { diffRanges, diffTexts } from './diff-texts.js';
import { LineRangeError } from './validate-range.js';

const V1 = [
  'Article 1er',
  'Les communes publient leurs délibérations.',
  'Elles peuvent les afficher en mairie.',
  'Le préfet en est informé.',
].join('\n');

describe('diffTexts', () => {
  it('returns no hunk for identical texts', () => {
    expect(diffTexts(V1, V1)).toEqual([]);
    expect(diffTexts('', '')).toEqual([]);
  });

  it('describes a reworded line with a word diff', () => {
    const v2 = V1.replace('publient leurs', 'publient en ligne leurs');
    expect(diffTexts(V1, v2)).toEqual([
      {
        kind: 'change',
        oldStart: 2,
        oldEnd: 2,
        newStart: 2,
        newEnd: 2,
        segments: [
          { kind: 'equal', text: 'Les communes publient ' },
          { kind: 'insert', text: 'en ligne ' },
          { kind: 'equal', text: 'leurs délibérations.' },
        ],
      },
    ]);
  });

  it('uses an empty old range (end = start - 1) for an insertion', () => {
    const v2 = V1.replace('Elles peuvent', 'Dans un délai d’un mois.\nElles peuvent');
    expect(diffTexts(V1, v2)).toEqual([
      {
        kind: 'insert',
        oldStart: 3,
        oldEnd: 2,
        newStart: 3,
        newEnd: 3,
        segments: [{ kind: 'insert', text: 'Dans un délai d’un mois.' }],
      },
    ]);
  });

  it('uses an empty new range for a deletion', () => {
    const v2 = V1.replace('Elles peuvent les afficher en mairie.\n', '');
    expect(diffTexts(V1, v2)).toEqual([
      {
        kind: 'delete',
        oldStart: 3,
        oldEnd: 3,
        newStart: 3,
        newEnd: 2,
        segments: [{ kind: 'delete', text: 'Elles peuvent les afficher en mairie.' }],
      },
    ]);
  });

  it('handles appending, prepending and empty texts', () => {
    expect(diffTexts('a', 'a\nb')).toMatchObject([
      { kind: 'insert', oldStart: 2, oldEnd: 1, newStart: 2, newEnd: 2 },
    ]);
    expect(diffTexts('a', 'b\na')).toMatchObject([
      { kind: 'insert', oldStart: 1, oldEnd: 0, newStart: 1, newEnd: 1 },
    ]);
    expect(diffTexts('', 'a\nb')).toMatchObject([
      { kind: 'insert', oldStart: 1, oldEnd: 0, newStart: 1, newEnd: 2 },
    ]);
    expect(diffTexts('a\nb', '')).toMatchObject([
      { kind: 'delete', oldStart: 1, oldEnd: 2, newStart: 1, newEnd: 0 },
    ]);
  });

  it('reports separate hunks in text order', () => {
    const hunks = diffTexts('a\nb\nc\nd\ne', 'A\nb\nc\nd\nE\nf');
    expect(
      hunks.map(({ kind, oldStart, oldEnd, newStart, newEnd }) => [
        kind,
        oldStart,
        oldEnd,
        newStart,
        newEnd,
      ]),
    ).toEqual([
      ['change', 1, 1, 1, 1],
      ['change', 5, 5, 5, 6],
    ]);
  });

  it('counts empty lines as lines', () => {
    expect(diffTexts('a\n\nb', 'a\nb')).toMatchObject([
      { kind: 'delete', oldStart: 2, oldEnd: 2, newStart: 2, newEnd: 1, segments: [] },
    ]);
  });
});

describe('diffRanges', () => {
  it('diffs an amendment’s original lines against its proposed lines, in text numbering', () => {
    const proposed =
      'Les communes publient en ligne leurs délibérations.\nElles peuvent les afficher en mairie.';
    const hunks = diffRanges(V1, { lineStart: 2, lineEnd: 3 }, proposed, {
      lineStart: 1,
      lineEnd: 2,
    });
    expect(hunks).toMatchObject([
      { kind: 'change', oldStart: 2, oldEnd: 2, newStart: 1, newEnd: 1 },
    ]);
  });

  it('diffs two ranges of two versions', () => {
    const v2 = `Préambule\n${V1.replace('informé', 'avisé')}`;
    const hunks = diffRanges(V1, { lineStart: 3, lineEnd: 4 }, v2, { lineStart: 4, lineEnd: 5 });
    expect(hunks).toEqual([
      {
        kind: 'change',
        oldStart: 4,
        oldEnd: 4,
        newStart: 5,
        newEnd: 5,
        segments: [
          { kind: 'equal', text: 'Le préfet en est ' },
          { kind: 'delete', text: 'informé' },
          { kind: 'insert', text: 'avisé' },
          { kind: 'equal', text: '.' },
        ],
      },
    ]);
  });

  it('handles an empty range on one side', () => {
    expect(
      diffRanges(V1, { lineStart: 5, lineEnd: 4 }, 'x\ny', { lineStart: 1, lineEnd: 2 }),
    ).toMatchObject([{ kind: 'insert', oldStart: 5, oldEnd: 4, newStart: 1, newEnd: 2 }]);
  });

  it('keeps a range made of one empty line', () => {
    expect(
      diffRanges('a\n\nb', { lineStart: 2, lineEnd: 2 }, 'x', { lineStart: 1, lineEnd: 1 }),
    ).toMatchObject([{ kind: 'change', oldStart: 2, oldEnd: 2, newStart: 1, newEnd: 1 }]);
  });

  it('throws a LineRangeError for a range outside its text', () => {
    expect(() =>
      diffRanges(V1, { lineStart: 1, lineEnd: 9 }, V1, { lineStart: 1, lineEnd: 1 }),
    ).toThrow(LineRangeError);
  });
});

describe('diffTexts on huge rewrites', () => {
  it('reports the differing middle as one exact change beyond MAX_LINE_EDITS, quickly', () => {
    const lines = (prefix: string) => Array.from({ length: 2500 }, (_, i) => `${prefix} ${i}`);
    const oldText = ['Titre', ...lines('ancien'), 'Fin'].join('\n');
    const newText = ['Titre', ...lines('nouveau'), 'Fin'].join('\n');
    const started = Date.now();
    const hunks = diffTexts(oldText, newText);
    expect(
      hunks.map(({ kind, oldStart, oldEnd, newStart, newEnd }) => ({
        kind,
        oldStart,
        oldEnd,
        newStart,
        newEnd,
      })),
    ).toEqual([{ kind: 'change', oldStart: 2, oldEnd: 2501, newStart: 2, newEnd: 2501 }]);
    expect(hunks[0]?.segments).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
