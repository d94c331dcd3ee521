import { describe, expect, it } from '@jest/globals';
import { changedPositions, moveTo } from './plan-order.js';

describe('moveTo', () => {
  const ids = ['a', 'b', 'c', 'd'];

  it('moves an item up, down, to the ends, or leaves it', () => {
    expect(moveTo(ids, 'c', 1)).toEqual(['c', 'a', 'b', 'd']);
    expect(moveTo(ids, 'a', 3)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveTo(ids, 'b', 4)).toEqual(['a', 'c', 'd', 'b']);
    expect(moveTo(ids, 'b', 2)).toEqual(ids);
  });

  it('inserts an item that was not there (a move from another list)', () => {
    expect(moveTo(ids, 'x', 2)).toEqual(['a', 'x', 'b', 'c', 'd']);
    expect(moveTo(ids, 'x', 5)).toEqual(['a', 'b', 'c', 'd', 'x']);
    expect(moveTo([], 'x', 1)).toEqual(['x']);
  });

  it('clamps a position past the end', () => {
    expect(moveTo(ids, 'a', 99)).toEqual(['b', 'c', 'd', 'a']);
  });
});

describe('changedPositions', () => {
  it('lists only the items whose position changes', () => {
    const before = new Map([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    expect(changedPositions(['a', 'c', 'b'], before)).toEqual([
      { id: 'c', position: 2 },
      { id: 'b', position: 3 },
    ]);
    expect(changedPositions(['a', 'b', 'c'], before)).toEqual([]);
    expect(changedPositions(['x'], new Map())).toEqual([{ id: 'x', position: 1 }]);
  });
});
