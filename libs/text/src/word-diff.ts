import { diffWordsWithSpace, type Change } from 'diff';

/** A piece of a word-level diff: text kept, inserted or deleted. */
export interface WordSegment {
  readonly kind: 'equal' | 'insert' | 'delete';
  readonly text: string;
}

function toSegment(change: Change): WordSegment {
  const kind = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
  return { kind, text: change.value };
}

function appendSegment(segments: WordSegment[], segment: WordSegment): WordSegment[] {
  const last = segments.at(-1);
  if (segment.text === '') return segments;
  if (last?.kind === segment.kind) {
    segments[segments.length - 1] = { kind: last.kind, text: last.text + segment.text };
  } else {
    segments.push(segment);
  }
  return segments;
}

/**
 * Beyond this many token insertions + deletions, the word diff gives up and reports the whole of
 * `a` as deleted and the whole of `b` as inserted (bounds the cost on huge rewrites).
 */
export const MAX_WORD_EDITS = 1000;

function diffTokens(a: string, b: string): Change[] {
  const changes = diffWordsWithSpace(a, b, { maxEditLength: MAX_WORD_EDITS });
  return (
    changes ?? [
      { value: a, added: false, removed: true, count: 1 },
      { value: b, added: true, removed: false, count: 1 },
    ]
  );
}

/**
 * Word-level diff of two texts (jsdiff `diffWordsWithSpace`: words, punctuation marks, runs of
 * spaces and newlines are tokens; accented Latin letters belong to words). Minimal up to
 * `MAX_WORD_EDITS` token edits, then a coarse "delete all, insert all".
 *
 * Guarantees: no empty segment, no two adjacent segments of the same kind; concatenating the
 * `equal` and `delete` segments gives `a`, the `equal` and `insert` segments gives `b`.
 */
export function wordDiff(a: string, b: string): WordSegment[] {
  return diffTokens(a, b).map(toSegment).reduce(appendSegment, []);
}
