import { describe, expect, it } from '@jest/globals';
import { place } from './amendment.service.js';

const TEXT = ['un', 'deux', 'trois'].join('\n');

const codeOf = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return [
      (error as { code: string }).code,
      (error as { details?: { field?: string } }).details?.field,
    ];
  }
  return undefined;
};

describe('place', () => {
  it('reads the lines an amendment replaces, for a replacement, a deletion and insertions', () => {
    expect(place(TEXT, { lineStart: 2, lineEnd: 3 }, 'DEUX')).toEqual({
      lineStart: 2,
      lineEnd: 3,
      originalText: 'deux\ntrois',
      proposedText: 'DEUX',
    });
    expect(place(TEXT, { lineStart: 1, lineEnd: 1 }, '').originalText).toBe('un');
    expect(place(TEXT, { lineStart: 1, lineEnd: 0 }, 'zéro').originalText).toBe('');
    expect(place(TEXT, { lineStart: 4, lineEnd: 3 }, 'quatre').originalText).toBe('');
  });

  it('refuses a range that does not fit, an empty insertion and a text identical to the lines', () => {
    expect(() => place(TEXT, { lineStart: 5, lineEnd: 5 }, 'x')).toThrow(
      "La ligne 5 n'existe pas : l'article compte 3 lignes.",
    );
    expect(codeOf(() => place(TEXT, { lineStart: 3, lineEnd: 1 }, 'x'))).toEqual([
      'BAD_USER_INPUT',
      'lineStart',
    ]);
    expect(codeOf(() => place(TEXT, { lineStart: 2, lineEnd: 1 }, ''))).toEqual([
      'BAD_USER_INPUT',
      'proposedText',
    ]);
    expect(() => place(TEXT, { lineStart: 2, lineEnd: 2 }, 'deux')).toThrow(/identique/);
  });
});
