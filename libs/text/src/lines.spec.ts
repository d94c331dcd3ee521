import { describe, expect, it } from '@jest/globals';
import { splitLines } from './lines.js';

describe('splitLines', () => {
  it('numbers lines from the text split on \\n', () => {
    expect(splitLines('a\nb')).toEqual(['a', 'b']);
  });
});
