import { describe, expect, it } from '@jest/globals';
import { applyReplacement, extractRange, rangeLines } from './replace.js';
import { LineRangeError } from './validate-range.js';

const ARTICLE = [
  "I. – L'article L. 111-1 du code de l'urbanisme est ainsi modifié :",
  '1° Au premier alinéa, le mot : « peut » est remplacé par le mot : « doit » ;',
  '2° Le second alinéa est supprimé.',
  "II. – Le présent article entre en vigueur le 1er janvier de l'année suivante.",
].join('\n');

describe('extractRange', () => {
  it('returns the lines replaced by an amendment', () => {
    expect(extractRange(ARTICLE, { lineStart: 2, lineEnd: 3 })).toBe(
      '1° Au premier alinéa, le mot : « peut » est remplacé par le mot : « doit » ;\n' +
        '2° Le second alinéa est supprimé.',
    );
  });

  it('returns the empty text for an insertion point', () => {
    expect(extractRange(ARTICLE, { lineStart: 5, lineEnd: 4 })).toBe('');
    expect(extractRange('', { lineStart: 1, lineEnd: 0 })).toBe('');
  });

  it('throws a LineRangeError for a range outside the text', () => {
    expect(() => extractRange(ARTICLE, { lineStart: 6, lineEnd: 6 })).toThrow(
      new LineRangeError(
        'START_AFTER_LAST_LINE',
        "La ligne 6 n'existe pas : l'article compte 4 lignes.",
      ),
    );
  });
});

describe('rangeLines', () => {
  it('keeps a single empty line as one line', () => {
    expect(rangeLines('a\n\nb', { lineStart: 2, lineEnd: 2 })).toEqual(['']);
  });
});

describe('applyReplacement', () => {
  it('rewords one line', () => {
    const text = applyReplacement(ARTICLE, {
      lineStart: 3,
      lineEnd: 3,
      proposedText: '2° Le second alinéa est ainsi rédigé : « Le maire est informé. »',
    });
    expect(text.split('\n')[2]).toBe(
      '2° Le second alinéa est ainsi rédigé : « Le maire est informé. »',
    );
    expect(text.split('\n')).toHaveLength(4);
  });

  it('replaces several lines with a different number of lines', () => {
    expect(applyReplacement('a\nb\nc\nd', { lineStart: 2, lineEnd: 3, proposedText: 'x' })).toBe(
      'a\nx\nd',
    );
    expect(applyReplacement('a\nb', { lineStart: 1, lineEnd: 1, proposedText: 'x\ny\nz' })).toBe(
      'x\ny\nz\nb',
    );
  });

  it('deletes lines when proposedText is empty', () => {
    expect(applyReplacement(ARTICLE, { lineStart: 2, lineEnd: 3, proposedText: '' })).toBe(
      [ARTICLE.split('\n')[0], ARTICLE.split('\n')[3]].join('\n'),
    );
  });

  it('inserts before a line, at the start and at the end', () => {
    expect(applyReplacement('a\nb', { lineStart: 2, lineEnd: 1, proposedText: 'x' })).toBe(
      'a\nx\nb',
    );
    expect(applyReplacement('a\nb', { lineStart: 1, lineEnd: 0, proposedText: 'x' })).toBe(
      'x\na\nb',
    );
    expect(applyReplacement('a\nb', { lineStart: 3, lineEnd: 2, proposedText: 'x' })).toBe(
      'a\nb\nx',
    );
  });

  it('inserts into an empty text and deletes everything', () => {
    expect(
      applyReplacement('', { lineStart: 1, lineEnd: 0, proposedText: 'Article unique.' }),
    ).toBe('Article unique.');
    expect(applyReplacement('a\nb', { lineStart: 1, lineEnd: 2, proposedText: '' })).toBe('');
  });

  it('drops empty lines exposed at the end, so the result stays normalized', () => {
    expect(applyReplacement('a\n\nb', { lineStart: 3, lineEnd: 3, proposedText: '' })).toBe('a');
    expect(applyReplacement('\n\nb', { lineStart: 2, lineEnd: 3, proposedText: '' })).toBe('');
  });

  it('keeps empty lines inside proposedText', () => {
    expect(applyReplacement('a\nb', { lineStart: 2, lineEnd: 1, proposedText: 'x\n\ny' })).toBe(
      'a\nx\n\ny\nb',
    );
  });

  it('throws a LineRangeError for an invalid range', () => {
    expect(() => applyReplacement('a', { lineStart: 3, lineEnd: 2, proposedText: 'x' })).toThrow(
      LineRangeError,
    );
  });
});
