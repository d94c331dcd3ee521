import { describe, expect, it } from '@jest/globals';
import { assertValidRange, LineRangeError, validateRange } from './validate-range.js';

describe('validateRange', () => {
  it('accepts ranges inside the text', () => {
    expect(validateRange(10, { lineStart: 1, lineEnd: 10 })).toEqual({ ok: true });
    expect(validateRange(10, { lineStart: 4, lineEnd: 4 })).toEqual({ ok: true });
  });

  it('accepts insertions at the start, in the middle and at the end', () => {
    expect(validateRange(10, { lineStart: 1, lineEnd: 0 })).toEqual({ ok: true });
    expect(validateRange(10, { lineStart: 5, lineEnd: 4 })).toEqual({ ok: true });
    expect(validateRange(10, { lineStart: 11, lineEnd: 10 })).toEqual({ ok: true });
  });

  it('accepts only the insertion at line 1 in an empty text', () => {
    expect(validateRange(0, { lineStart: 1, lineEnd: 0 })).toEqual({ ok: true });
    expect(validateRange(0, { lineStart: 1, lineEnd: 1 })).toEqual({
      ok: false,
      code: 'END_AFTER_LAST_LINE',
      message:
        "La ligne 1 n'existe pas : l'article est vide. Seule une insertion est possible (ligne de début 1, ligne de fin 0).",
    });
  });

  it('rejects a line after the last one', () => {
    expect(validateRange(10, { lineStart: 12, lineEnd: 12 })).toEqual({
      ok: false,
      code: 'START_AFTER_LAST_LINE',
      message: "La ligne 12 n'existe pas : l'article compte 10 lignes.",
    });
    expect(validateRange(10, { lineStart: 9, lineEnd: 11 })).toEqual({
      ok: false,
      code: 'END_AFTER_LAST_LINE',
      message: "La ligne 11 n'existe pas : l'article compte 10 lignes.",
    });
  });

  it('uses the singular for a one-line article', () => {
    const result = validateRange(1, { lineStart: 2, lineEnd: 2 });
    expect(result.ok || result.message).toBe("La ligne 2 n'existe pas : l'article compte 1 ligne.");
  });

  it('explains how to append when an insertion is too far', () => {
    const result = validateRange(10, { lineStart: 13, lineEnd: 12 });
    expect(result).toEqual({
      ok: false,
      code: 'START_AFTER_LAST_LINE',
      message:
        "Impossible d'insérer avant la ligne 13 : l'article compte 10 lignes. Pour ajouter à la fin, insérez avant la ligne 11.",
    });
  });

  it('rejects line 0 and negative lines', () => {
    expect(validateRange(10, { lineStart: 0, lineEnd: 2 })).toMatchObject({
      ok: false,
      code: 'START_BEFORE_FIRST_LINE',
      message: "La ligne 0 n'existe pas : la numérotation commence à la ligne 1.",
    });
    expect(validateRange(10, { lineStart: -1, lineEnd: -2 })).toMatchObject({
      code: 'START_BEFORE_FIRST_LINE',
    });
  });

  it('rejects inverted ranges and suggests the insertion form', () => {
    expect(validateRange(10, { lineStart: 5, lineEnd: 3 })).toEqual({
      ok: false,
      code: 'END_BEFORE_START',
      message:
        'La plage est inversée : elle commence à la ligne 5 et finit à la ligne 3. ' +
        'La ligne de fin doit être au moins la ligne de début (ou 4 pour une insertion avant la ligne 5).',
    });
  });

  it('rejects non-integer line numbers', () => {
    for (const lineStart of [1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(validateRange(10, { lineStart, lineEnd: 2 })).toMatchObject({
        code: 'NOT_AN_INTEGER',
      });
    }
  });
});

describe('assertValidRange', () => {
  it('throws a LineRangeError carrying the code and the French message', () => {
    let thrown: unknown;
    try {
      assertValidRange(3, { lineStart: 5, lineEnd: 5 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(LineRangeError);
    expect(thrown).toMatchObject({
      name: 'LineRangeError',
      code: 'START_AFTER_LAST_LINE',
      message: "La ligne 5 n'existe pas : l'article compte 3 lignes.",
    });
  });

  it('does not throw for a valid range', () => {
    expect(() => assertValidRange(3, { lineStart: 4, lineEnd: 3 })).not.toThrow();
  });
});
