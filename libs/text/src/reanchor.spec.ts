import { describe, expect, it } from '@jest/globals';
import { reanchor, reanchorMany } from './reanchor.js';
import { LineRangeError } from './validate-range.js';

const V1 = [
  'Article 3',
  'I. – Le conseil municipal délibère.',
  'II. – Le maire exécute les délibérations.',
  'III. – Le préfet exerce le contrôle de légalité.',
  'IV. – Un décret précise les modalités.',
].join('\n');

/** V1 with a line added at the top and line 5 reworded. */
const V2 = [
  'Article 3',
  'A. – Disposition nouvelle.',
  'I. – Le conseil municipal délibère.',
  'II. – Le maire exécute les délibérations.',
  'III. – Le préfet exerce le contrôle de légalité.',
  'IV. – Un décret en Conseil d’État précise les modalités.',
].join('\n');

describe('reanchor', () => {
  it('moves a range whose lines and neighbours are unchanged', () => {
    expect(reanchor(V1, V2, { lineStart: 3, lineEnd: 3 })).toEqual({
      status: 'moved',
      lineStart: 4,
      lineEnd: 4,
    });
  });

  it('conflicts when a replaced line changed', () => {
    expect(reanchor(V1, V2, { lineStart: 5, lineEnd: 5 })).toEqual({ status: 'conflict' });
  });

  it('conflicts when a neighbour line changed', () => {
    expect(reanchor(V1, V2, { lineStart: 4, lineEnd: 4 })).toEqual({ status: 'conflict' });
  });

  it('conflicts when lines were inserted between the range and its neighbour', () => {
    expect(reanchor(V1, V2, { lineStart: 2, lineEnd: 2 })).toEqual({ status: 'conflict' });
  });

  it('moves an insertion whose two neighbours stay adjacent', () => {
    expect(reanchor(V1, V2, { lineStart: 4, lineEnd: 3 })).toEqual({
      status: 'moved',
      lineStart: 5,
      lineEnd: 4,
    });
  });

  it('conflicts when the new version inserted lines at the same insertion point', () => {
    expect(reanchor(V1, V2, { lineStart: 2, lineEnd: 1 })).toEqual({ status: 'conflict' });
  });

  it('handles insertions at the start', () => {
    expect(reanchor('a\nb', 'a\nB', { lineStart: 1, lineEnd: 0 })).toEqual({
      status: 'moved',
      lineStart: 1,
      lineEnd: 0,
    });
    expect(reanchor('a\nb', 'x\na\nb', { lineStart: 1, lineEnd: 0 })).toEqual({
      status: 'conflict',
    });
    expect(reanchor('a\nb', 'A\nb', { lineStart: 1, lineEnd: 0 })).toEqual({ status: 'conflict' });
  });

  it('handles insertions at the end', () => {
    expect(reanchor('a\nb', 'x\na\nb', { lineStart: 3, lineEnd: 2 })).toEqual({
      status: 'moved',
      lineStart: 4,
      lineEnd: 3,
    });
    expect(reanchor('a\nb', 'a\nb\nc', { lineStart: 3, lineEnd: 2 })).toEqual({
      status: 'conflict',
    });
    expect(reanchor('a\nb', 'a\nB', { lineStart: 3, lineEnd: 2 })).toEqual({ status: 'conflict' });
  });

  it('handles ranges at the edges (a missing neighbour is not checked)', () => {
    expect(reanchor('a\nb\nc', 'x\na\nb\nc', { lineStart: 1, lineEnd: 1 })).toEqual({
      status: 'moved',
      lineStart: 2,
      lineEnd: 2,
    });
    expect(reanchor('a\nb\nc', 'a\nb\nc\nd', { lineStart: 3, lineEnd: 3 })).toEqual({
      status: 'moved',
      lineStart: 3,
      lineEnd: 3,
    });
    expect(reanchor('a\nb\nc', 'a\nb', { lineStart: 1, lineEnd: 2 })).toEqual({
      status: 'conflict',
    });
  });

  it('handles empty texts', () => {
    expect(reanchor('', '', { lineStart: 1, lineEnd: 0 })).toEqual({
      status: 'moved',
      lineStart: 1,
      lineEnd: 0,
    });
    expect(reanchor('', 'a', { lineStart: 1, lineEnd: 0 })).toEqual({ status: 'conflict' });
    expect(reanchor('a', '', { lineStart: 1, lineEnd: 1 })).toEqual({ status: 'conflict' });
    expect(reanchor('a', '', { lineStart: 2, lineEnd: 1 })).toEqual({ status: 'conflict' });
  });

  it('moves a range covering the whole unchanged text', () => {
    expect(reanchor(V1, V1, { lineStart: 1, lineEnd: 5 })).toEqual({
      status: 'moved',
      lineStart: 1,
      lineEnd: 5,
    });
  });

  it('throws a LineRangeError for a range outside the old text', () => {
    expect(() => reanchor(V1, V2, { lineStart: 7, lineEnd: 7 })).toThrow(LineRangeError);
  });
});

describe('reanchorMany', () => {
  it('re-anchors every range against one diff, in order', () => {
    expect(
      reanchorMany(V1, V2, [
        { lineStart: 3, lineEnd: 3 },
        { lineStart: 5, lineEnd: 5 },
        { lineStart: 6, lineEnd: 5 },
      ]),
    ).toEqual([
      { status: 'moved', lineStart: 4, lineEnd: 4 },
      { status: 'conflict' },
      { status: 'conflict' },
    ]);
  });
});
