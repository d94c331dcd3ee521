import { describe, expect, it } from '@jest/globals';
import { wordDiff, type WordSegment } from './word-diff.js';

function side(segments: WordSegment[], skip: WordSegment['kind']): string {
  return segments
    .filter((segment) => segment.kind !== skip)
    .map((segment) => segment.text)
    .join('');
}

describe('wordDiff', () => {
  it('finds inserted words', () => {
    expect(
      wordDiff(
        'Le maire peut déléguer sa signature.',
        'Le maire peut déléguer par arrêté sa signature.',
      ),
    ).toEqual([
      { kind: 'equal', text: 'Le maire peut déléguer ' },
      { kind: 'insert', text: 'par arrêté ' },
      { kind: 'equal', text: 'sa signature.' },
    ]);
  });

  it('treats accented words as whole words', () => {
    expect(wordDiff("l'État garantit l'égalité", "l'État assure l'égalité")).toEqual([
      { kind: 'equal', text: "l'État " },
      { kind: 'delete', text: 'garantit' },
      { kind: 'insert', text: 'assure' },
      { kind: 'equal', text: " l'égalité" },
    ]);
  });

  it('handles empty sides', () => {
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('', 'Nouvel alinéa')).toEqual([{ kind: 'insert', text: 'Nouvel alinéa' }]);
    expect(wordDiff('Alinéa supprimé', '')).toEqual([{ kind: 'delete', text: 'Alinéa supprimé' }]);
    expect(wordDiff('Inchangé', 'Inchangé')).toEqual([{ kind: 'equal', text: 'Inchangé' }]);
  });

  it('rebuilds both texts and never emits empty or repeated segments', () => {
    const a = 'Les communes de plus de 3 500 habitants publient\nleurs délibérations.';
    const b = 'Les communes publient en ligne,\ndans un délai d’un mois, leurs délibérations.';
    const segments = wordDiff(a, b);
    expect(side(segments, 'insert')).toBe(a);
    expect(side(segments, 'delete')).toBe(b);
    segments.forEach((segment, index) => {
      expect(segment.text).not.toBe('');
      expect(segment.kind).not.toBe(segments[index + 1]?.kind);
    });
  });
});

describe('wordDiff on huge rewrites', () => {
  it('falls back to "delete all, insert all" beyond MAX_WORD_EDITS', () => {
    const a = Array.from({ length: 700 }, (_, i) => `ancien${i}`).join(' ');
    const b = Array.from({ length: 700 }, (_, i) => `nouveau${i}`).join(' ');
    expect(wordDiff(a, b)).toEqual([
      { kind: 'delete', text: a },
      { kind: 'insert', text: b },
    ]);
  });
});
