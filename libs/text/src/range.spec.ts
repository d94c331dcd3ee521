import { describe, expect, it } from '@jest/globals';
import { isDeletion, isInsertion, proposedRange, rangeLength } from './range.js';

describe('isInsertion', () => {
  it('is true for an empty range (lineEnd = lineStart - 1)', () => {
    expect(isInsertion({ lineStart: 3, lineEnd: 2 })).toBe(true);
    expect(isInsertion({ lineStart: 1, lineEnd: 0 })).toBe(true);
  });

  it('is false when the range covers lines', () => {
    expect(isInsertion({ lineStart: 3, lineEnd: 3 })).toBe(false);
  });
});

describe('isDeletion', () => {
  it('is true when lines are replaced by nothing', () => {
    expect(isDeletion({ lineStart: 2, lineEnd: 4, proposedText: '' })).toBe(true);
  });

  it('is false for a rewording or an empty insertion', () => {
    expect(isDeletion({ lineStart: 2, lineEnd: 2, proposedText: 'Nouvelle rédaction' })).toBe(
      false,
    );
    expect(isDeletion({ lineStart: 2, lineEnd: 1, proposedText: '' })).toBe(false);
  });
});

describe('rangeLength and proposedRange', () => {
  it('counts the lines of a range', () => {
    expect(rangeLength({ lineStart: 2, lineEnd: 4 })).toBe(3);
    expect(rangeLength({ lineStart: 2, lineEnd: 1 })).toBe(0);
  });

  it('gives the range of the proposed lines in the amended text', () => {
    expect(proposedRange({ lineStart: 5, lineEnd: 5, proposedText: 'a\nb' })).toEqual({
      lineStart: 5,
      lineEnd: 6,
    });
    expect(proposedRange({ lineStart: 5, lineEnd: 7, proposedText: '' })).toEqual({
      lineStart: 5,
      lineEnd: 4,
    });
  });
});
