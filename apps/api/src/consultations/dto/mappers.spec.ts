import { diffTexts } from '@amendo/text';
import { describe, expect, it } from '@jest/globals';
import { toDiffHunks, toLines } from './mappers.js';

describe('toLines', () => {
  it('numbers the lines of a text from 1; the empty text has none', () => {
    expect(toLines('Un.\n\nTrois.')).toEqual([
      { number: 1, text: 'Un.' },
      { number: 2, text: '' },
      { number: 3, text: 'Trois.' },
    ]);
    expect(toLines('')).toEqual([]);
  });
});

describe('toDiffHunks', () => {
  it('maps the hunks of diffTexts with upper-case kinds', () => {
    const hunks = toDiffHunks(diffTexts('a\nb c\nd', 'a\nb x c\nd\ne'));
    expect(hunks).toEqual([
      {
        kind: 'CHANGE',
        oldStart: 2,
        oldEnd: 2,
        newStart: 2,
        newEnd: 2,
        segments: [
          { kind: 'EQUAL', text: 'b ' },
          { kind: 'INSERT', text: 'x ' },
          { kind: 'EQUAL', text: 'c' },
        ],
      },
      {
        kind: 'INSERT',
        oldStart: 4,
        oldEnd: 3,
        newStart: 4,
        newEnd: 4,
        segments: [{ kind: 'INSERT', text: 'e' }],
      },
    ]);
    expect(toDiffHunks(diffTexts('a\nb', 'a'))[0]?.kind).toBe('DELETE');
  });
});
