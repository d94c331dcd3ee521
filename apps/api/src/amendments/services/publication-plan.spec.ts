import { describe, expect, it } from '@jest/globals';
import { extractRange } from '@amendo/text';
import { type OpenAmendment, planPublication } from './publication-plan.js';

const V1 = ['un', 'deux', 'trois', 'quatre', 'cinq', 'six'].join('\n');
const previous = { id: 'v1', text: V1 };

const amendment = (id: string, lineStart: number, lineEnd: number): OpenAmendment => ({
  id,
  baseVersionId: 'v1',
  lineStart,
  lineEnd,
  originalText: extractRange(V1, { lineStart, lineEnd }),
});

describe('planPublication', () => {
  it('moves an amendment on lines 3–4 when line 1 changes into two lines', () => {
    const next = ['un, premier', 'un bis', 'deux', 'trois', 'quatre', 'cinq', 'six'].join('\n');
    const plan = planPublication(previous, next, [amendment('a', 3, 4)], new Set());
    expect(plan).toEqual({
      incorporated: [],
      moved: [{ id: 'a', lineStart: 4, lineEnd: 5 }],
      outdated: [],
    });
  });

  it('outdates an amendment whose lines, or the line next to them, changed', () => {
    const next = ['un', 'deux', 'TROIS', 'quatre', 'cinq', 'six'].join('\n');
    const plan = planPublication(
      previous,
      next,
      [amendment('on', 3, 3), amendment('after', 4, 5), amendment('far', 6, 6)],
      new Set(),
    );
    expect(plan.outdated).toEqual(['on', 'after']);
    expect(plan.moved).toEqual([{ id: 'far', lineStart: 6, lineEnd: 6 }]);
  });

  it('incorporates the amendments named, and re-anchors insertions at the start and the end', () => {
    const next = ['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept'].join('\n');
    const plan = planPublication(
      previous,
      next,
      [amendment('start', 1, 0), amendment('end', 7, 6), amendment('taken', 6, 6)],
      new Set(['taken']),
    );
    expect(plan.incorporated).toEqual(['taken']);
    // Something was appended: "at the end" no longer means the same place.
    expect(plan.outdated).toEqual(['end']);
    expect(plan.moved).toEqual([{ id: 'start', lineStart: 1, lineEnd: 0 }]);
  });

  it('outdates what is not on the previous version or does not fit it', () => {
    const stale = { ...amendment('old', 1, 1), baseVersionId: 'v0' };
    const misfit = { ...amendment('misfit', 1, 1), lineStart: 9, lineEnd: 9 };
    const plan = planPublication(previous, `${V1}\nsept`, [stale, misfit], new Set());
    expect(plan.outdated).toEqual(['old', 'misfit']);
  });
});
