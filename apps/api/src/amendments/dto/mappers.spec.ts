import { describe, expect, it } from '@jest/globals';
import { wordDiff } from '@amendo/text';
import { amendmentKind, toDiffSegments } from './mappers.js';

describe('amendment mappers', () => {
  it('name the kind of an amendment from its range and text', () => {
    expect(amendmentKind({ lineStart: 3, lineEnd: 4, proposedText: 'x' })).toBe('REPLACEMENT');
    expect(amendmentKind({ lineStart: 3, lineEnd: 3, proposedText: '' })).toBe('DELETION');
    expect(amendmentKind({ lineStart: 3, lineEnd: 2, proposedText: 'x' })).toBe('INSERTION');
  });

  it('map a word diff to GraphQL segments', () => {
    expect(toDiffSegments(wordDiff('un deux', 'un trois'))).toEqual([
      { kind: 'EQUAL', text: 'un ' },
      { kind: 'DELETE', text: 'deux' },
      { kind: 'INSERT', text: 'trois' },
    ]);
  });
});
