/**
 * Reading the event log in order without skipping an event that commits late.
 *
 * `event.seq` comes from a sequence: numbers are taken when a transaction inserts, not when it
 * commits, so a reader can see seq 12 while seq 11 is still in flight (it appears later) or was
 * rolled back (it never appears). A cursor that jumped to 12 would miss 11 for ever. So the
 * worker stops at the first hole and remembers it with a horizon: the `pg_snapshot_xmax` of the
 * pass that first saw it. The holder of seq 11 took its number before 12 was committed, so it
 * was running then and its transaction id is below that horizon; once every transaction below
 * the horizon has ended (`pg_snapshot_xmin` ≥ horizon), 11 either is visible or never will be,
 * and the cursor passes the hole.
 */

export interface CursorState {
  /** Every event up to this seq has been handled (or is known never to exist). */
  readonly lastSeq: bigint;
  /** The first missing seq, when the cursor waits at a hole. */
  readonly gapSeq: bigint | null;
  /** The snapshot's xmax when that hole was first seen. */
  readonly gapHorizon: bigint | null;
}

export interface Snapshot {
  /** Oldest transaction id still running (the current pass's own included). */
  readonly xmin: bigint;
  /** Next transaction id to be assigned. */
  readonly xmax: bigint;
}

export interface CursorStep<E> {
  /** The events to handle now, in order. */
  readonly handle: E[];
  readonly next: CursorState;
}

/**
 * Which of `events` (seq > state.lastSeq, ascending) may be handled now, and the next state.
 */
export function advanceCursor<E extends { readonly seq: bigint }>(
  state: CursorState,
  events: readonly E[],
  snapshot: Snapshot,
): CursorStep<E> {
  const handle: E[] = [];
  let last = state.lastSeq;
  for (const event of events) {
    const expected = last + 1n;
    if (event.seq < expected) continue;
    if (event.seq > expected) {
      const known = state.gapSeq === expected && state.gapHorizon !== null;
      if (known && (state.gapHorizon as bigint) <= snapshot.xmin) {
        // The hole is settled: its transactions ended without leaving these numbers.
        last = event.seq - 1n;
      } else {
        return {
          handle,
          next: {
            lastSeq: last,
            gapSeq: expected,
            gapHorizon: known ? state.gapHorizon : snapshot.xmax,
          },
        };
      }
    }
    handle.push(event);
    last = event.seq;
  }
  return { handle, next: { lastSeq: last, gapSeq: null, gapHorizon: null } };
}
