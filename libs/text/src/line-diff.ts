import { diffArrays } from 'diff';

/**
 * A block of the line-level diff (internal). Ranges are 1-based, inclusive; an empty side has
 * `end = start - 1` (the insertion point, as for amendments).
 */
export interface LineBlock {
  readonly kind: 'equal' | 'change' | 'insert' | 'delete';
  readonly oldStart: number;
  readonly oldEnd: number;
  readonly newStart: number;
  readonly newEnd: number;
}

/** A block of changed lines. */
export type ChangedBlock = LineBlock & { readonly kind: 'change' | 'insert' | 'delete' };

/** Type guard: the block is not `equal`. */
export function isChangedBlock(block: LineBlock): block is ChangedBlock {
  return block.kind !== 'equal';
}

/**
 * Beyond this many line insertions + deletions, the line diff gives up and reports the whole
 * differing middle as one changed block: still exact (applying it gives the new text), just not
 * minimal. Bounds the cost (Myers is O(N·D)) on huge rewrites; articles are far below it.
 */
export const MAX_LINE_EDITS = 1000;

interface Run {
  readonly kind: 'equal' | 'removed' | 'added';
  readonly count: number;
}

function commonPrefixLength(a: readonly string[], b: readonly string[]): number {
  const max = Math.min(a.length, b.length);
  let length = 0;
  while (length < max && a[length] === b[length]) length += 1;
  return length;
}

function commonSuffixLength(a: readonly string[], b: readonly string[], prefix: number): number {
  const max = Math.min(a.length, b.length) - prefix;
  let length = 0;
  while (length < max && a[a.length - 1 - length] === b[b.length - 1 - length]) length += 1;
  return length;
}

/** Runs of the minimal diff of two arrays (jsdiff `diffArrays`), or one coarse change if too big. */
function diffMiddle(oldLines: string[], newLines: string[]): Run[] {
  const changes = diffArrays(oldLines, newLines, { maxEditLength: MAX_LINE_EDITS });
  if (changes === undefined) {
    return [
      { kind: 'removed', count: oldLines.length },
      { kind: 'added', count: newLines.length },
    ];
  }
  return changes.map((change) => ({
    kind: change.removed ? 'removed' : change.added ? 'added' : 'equal',
    count: change.value.length,
  }));
}

/** Runs of the line diff; the common prefix and suffix are matched first (keeps it minimal). */
function diffRuns(oldLines: readonly string[], newLines: readonly string[]): Run[] {
  const prefix = commonPrefixLength(oldLines, newLines);
  const suffix = commonSuffixLength(oldLines, newLines, prefix);
  return [
    { kind: 'equal', count: prefix },
    ...diffMiddle(
      oldLines.slice(prefix, oldLines.length - suffix),
      newLines.slice(prefix, newLines.length - suffix),
    ),
    { kind: 'equal', count: suffix },
  ];
}

function blockKind(oldCount: number, newCount: number): LineBlock['kind'] {
  if (oldCount === 0) return 'insert';
  return newCount === 0 ? 'delete' : 'change';
}

class BlockBuilder {
  readonly blocks: LineBlock[] = [];
  private oldLine = 1;
  private newLine = 1;
  private pendingOld = 0;
  private pendingNew = 0;
  private pendingEqual = 0;

  add(run: Run): void {
    if (run.count === 0) return;
    if (run.kind === 'equal') {
      this.flushChange();
      this.pendingEqual += run.count;
    } else {
      this.flushEqual();
      if (run.kind === 'removed') this.pendingOld += run.count;
      else this.pendingNew += run.count;
    }
  }

  finish(): LineBlock[] {
    this.flushChange();
    this.flushEqual();
    return this.blocks;
  }

  private flushEqual(): void {
    if (this.pendingEqual === 0) return;
    this.push('equal', this.pendingEqual, this.pendingEqual);
    this.pendingEqual = 0;
  }

  private flushChange(): void {
    if (this.pendingOld + this.pendingNew === 0) return;
    this.push(blockKind(this.pendingOld, this.pendingNew), this.pendingOld, this.pendingNew);
    this.pendingOld = 0;
    this.pendingNew = 0;
  }

  private push(kind: LineBlock['kind'], oldCount: number, newCount: number): void {
    const { oldLine, newLine } = this;
    this.blocks.push({
      kind,
      oldStart: oldLine,
      oldEnd: oldLine + oldCount - 1,
      newStart: newLine,
      newEnd: newLine + newCount - 1,
    });
    this.oldLine += oldCount;
    this.newLine += newCount;
  }
}

/**
 * Line-level diff (jsdiff `diffArrays`, Myers: minimal up to `MAX_LINE_EDITS`) as alternating
 * blocks of equal and changed lines. Consecutive removed/added runs are merged into one changed
 * block, consecutive equal runs into one equal block.
 */
export function diffLineBlocks(
  oldLines: readonly string[],
  newLines: readonly string[],
): LineBlock[] {
  const builder = new BlockBuilder();
  for (const run of diffRuns(oldLines, newLines)) builder.add(run);
  return builder.finish();
}
