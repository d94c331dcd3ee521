import { describe, expect, it } from '@jest/globals';
import { advanceCursor, type CursorState } from './event-cursor.js';

const events = (...seqs: number[]) => seqs.map((seq) => ({ seq: BigInt(seq) }));
const at = (
  lastSeq: number,
  gapSeq: number | null = null,
  gapHorizon: number | null = null,
): CursorState => ({
  lastSeq: BigInt(lastSeq),
  gapSeq: gapSeq === null ? null : BigInt(gapSeq),
  gapHorizon: gapHorizon === null ? null : BigInt(gapHorizon),
});
const seqsOf = (handled: { seq: bigint }[]) => handled.map((event) => Number(event.seq));

describe('advanceCursor', () => {
  it('handles consecutive events and moves past them', () => {
    const step = advanceCursor(at(10), events(11, 12, 13), { xmin: 100n, xmax: 105n });
    expect(seqsOf(step.handle)).toEqual([11, 12, 13]);
    expect(step.next).toEqual(at(13));
  });

  it('stops at a hole it sees for the first time and remembers the snapshot’s xmax', () => {
    const step = advanceCursor(at(10), events(11, 13, 14), { xmin: 100n, xmax: 105n });
    expect(seqsOf(step.handle)).toEqual([11]);
    expect(step.next).toEqual(at(11, 12, 105));
  });

  it('keeps waiting while a transaction older than the horizon may still commit the missing event', () => {
    const step = advanceCursor(at(11, 12, 105), events(13, 14), { xmin: 104n, xmax: 110n });
    expect(step.handle).toEqual([]);
    expect(step.next).toEqual(at(11, 12, 105));
  });

  it('handles the late event when it appears, in order', () => {
    const step = advanceCursor(at(11, 12, 105), events(12, 13, 14), { xmin: 104n, xmax: 110n });
    expect(seqsOf(step.handle)).toEqual([12, 13, 14]);
    expect(step.next).toEqual(at(14));
  });

  it('passes a hole once every transaction below the horizon has ended (a rollback)', () => {
    const step = advanceCursor(at(11, 12, 105), events(13, 14), { xmin: 105n, xmax: 110n });
    expect(seqsOf(step.handle)).toEqual([13, 14]);
    expect(step.next).toEqual(at(14));
  });

  it('records a second hole with a new horizon after passing the first', () => {
    const step = advanceCursor(at(11, 12, 105), events(13, 15), { xmin: 107n, xmax: 112n });
    expect(seqsOf(step.handle)).toEqual([13]);
    expect(step.next).toEqual(at(13, 14, 112));
  });

  it('does nothing without new events', () => {
    expect(advanceCursor(at(7), [], { xmin: 1n, xmax: 2n })).toEqual({ handle: [], next: at(7) });
  });
});
