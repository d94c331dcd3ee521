import { describe, expect, it } from '@jest/globals';
import { isNormalized, normalizeText } from './normalize.js';

describe('normalizeText', () => {
  it('converts CRLF and CR to LF', () => {
    expect(normalizeText('Alinéa 1\r\nAlinéa 2\rAlinéa 3')).toBe('Alinéa 1\nAlinéa 2\nAlinéa 3');
  });

  it('applies Unicode NFC', () => {
    const decomposed = 'Le pre\u0301fet de\u0301cide';
    expect(normalizeText(decomposed)).toBe('Le préfet décide');
  });

  it('strips trailing spaces and tabs on each line, not leading ones', () => {
    expect(normalizeText('  I. – Texte  \t\n\tII. – Suite \t')).toBe('  I. – Texte\n\tII. – Suite');
  });

  it('keeps non-breaking spaces inside a line (French typography)', () => {
    expect(normalizeText('Article 1\u00a0: le code')).toBe('Article 1\u00a0: le code');
  });

  it('removes trailing empty lines, including blank ones', () => {
    expect(normalizeText('Article 1\n\n  \n\t\n')).toBe('Article 1');
  });

  it('keeps leading and inner empty lines', () => {
    expect(normalizeText('\nArticle 1\n\nArticle 2')).toBe('\nArticle 1\n\nArticle 2');
  });

  it('normalizes blank texts to the empty text', () => {
    expect(normalizeText('')).toBe('');
    expect(normalizeText(' \r\n\t\n')).toBe('');
  });

  it('is idempotent', () => {
    const once = normalizeText('a \r\n\r\nb\t\r\n\r\n');
    expect(normalizeText(once)).toBe(once);
  });
});

describe('isNormalized', () => {
  it('detects non-normalized texts', () => {
    expect(isNormalized('Article 1\nLe code.')).toBe(true);
    expect(isNormalized('Article 1\n')).toBe(false);
    expect(isNormalized('Article 1 ')).toBe(false);
    expect(isNormalized('a\r\nb')).toBe(false);
  });
});
