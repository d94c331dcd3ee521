import { describe, expect, it } from '@jest/globals';
import { lineMapping } from './line-mapping.js';

describe('lineMapping', () => {
  it('maps every line of identical texts to itself', () => {
    expect(lineMapping('a\nb\nc', 'a\nb\nc')).toEqual([1, 2, 3]);
  });

  it('shifts lines after an insertion and nulls changed or removed lines', () => {
    const oldText = 'Article 2\nAlinéa 1\nAlinéa 2\nAlinéa 3';
    const newText = 'Article 2\nAlinéa 0\nAlinéa 1\nAlinéa 3 modifié';
    expect(lineMapping(oldText, newText)).toEqual([1, 3, null, null]);
  });

  it('handles empty texts', () => {
    expect(lineMapping('', 'a')).toEqual([]);
    expect(lineMapping('a\nb', '')).toEqual([null, null]);
  });
});
