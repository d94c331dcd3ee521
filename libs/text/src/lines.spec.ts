import { describe, expect, it } from '@jest/globals';
import { joinLines, lineCount, splitLines } from './lines.js';

describe('splitLines', () => {
  it('numbers lines from the text split on \\n', () => {
    expect(splitLines('a\nb')).toEqual(['a', 'b']);
  });

  it('gives zero lines for the empty text', () => {
    expect(splitLines('')).toEqual([]);
  });

  it('keeps empty lines inside the text', () => {
    expect(splitLines('Article 1\n\nLe présent code…')).toEqual([
      'Article 1',
      '',
      'Le présent code…',
    ]);
  });

  it('keeps a trailing empty line of a non-normalized text', () => {
    expect(splitLines('a\n')).toEqual(['a', '']);
  });
});

describe('joinLines', () => {
  it('joins with \\n', () => {
    expect(joinLines(['Alinéa 1', 'Alinéa 2'])).toBe('Alinéa 1\nAlinéa 2');
  });

  it('gives the empty text for zero lines', () => {
    expect(joinLines([])).toBe('');
  });

  it('round-trips with splitLines', () => {
    const text = 'I. – Le code est ainsi modifié :\n1° L’article L. 1 est abrogé ;\n\n2° Fin.';
    expect(joinLines(splitLines(text))).toBe(text);
  });
});

describe('lineCount', () => {
  it('counts lines', () => {
    expect(lineCount('')).toBe(0);
    expect(lineCount('Une seule ligne')).toBe(1);
    expect(lineCount('a\n\nb')).toBe(3);
  });
});
