import { diffLineBlocks, type LineBlock } from './line-diff.js';
import { splitLines } from './lines.js';

/**
 * Maps each old line to its line in the new text: `mapping[oldLine - 1]` is the new line number
 * of old line `oldLine`, or `null` when that line was changed or removed. Based on the
 * line-level diff (jsdiff `diffArrays`), so unchanged lines keep their relative order.
 * The array has one entry per old line (`[]` for the empty text).
 */
export function lineMapping(oldText: string, newText: string): (number | null)[] {
  const oldLines = splitLines(oldText);
  const mapping: (number | null)[] = new Array<number | null>(oldLines.length).fill(null);
  for (const block of diffLineBlocks(oldLines, splitLines(newText))) {
    if (block.kind === 'equal') mapEqualBlock(mapping, block);
  }
  return mapping;
}

function mapEqualBlock(mapping: (number | null)[], block: LineBlock): void {
  for (let oldLine = block.oldStart; oldLine <= block.oldEnd; oldLine += 1) {
    mapping[oldLine - 1] = block.newStart + (oldLine - block.oldStart);
  }
}
