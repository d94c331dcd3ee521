import { extractRange, lineCount, reanchorMany, validateRange } from '@amendo/text';

/** An OPEN amendment as a publication sees it. */
export interface OpenAmendment {
  readonly id: string;
  readonly baseVersionId: string;
  readonly lineStart: number;
  readonly lineEnd: number;
  readonly originalText: string;
}

export interface Moved {
  readonly id: string;
  readonly lineStart: number;
  readonly lineEnd: number;
}

/** What a new version does to each OPEN amendment of its article. */
export interface PublicationPlan {
  readonly incorporated: readonly string[];
  readonly moved: readonly Moved[];
  readonly outdated: readonly string[];
}

/**
 * Decides, without I/O, the fate of the OPEN amendments of an article when `newText` replaces
 * `previous.text`: those in `incorporatedIds` are incorporated; every other one is re-anchored
 * with `reanchorMany` (its lines and the line on each side unchanged: it moves) or outdated.
 * Belt and braces: an amendment not on the previous version, whose range does not fit it, or
 * whose lines would not read the same at their new place, is outdated too — an OPEN amendment
 * never points at lines other than those it was written for.
 */
export function planPublication(
  previous: { readonly id: string; readonly text: string },
  newText: string,
  open: readonly OpenAmendment[],
  incorporatedIds: ReadonlySet<string>,
): PublicationPlan {
  const incorporated: string[] = [];
  const outdated: string[] = [];
  const candidates: OpenAmendment[] = [];
  const previousLines = lineCount(previous.text);
  for (const amendment of open) {
    if (incorporatedIds.has(amendment.id)) incorporated.push(amendment.id);
    else if (
      amendment.baseVersionId === previous.id &&
      validateRange(previousLines, amendment).ok
    ) {
      candidates.push(amendment);
    } else outdated.push(amendment.id);
  }
  const results = reanchorMany(previous.text, newText, candidates);
  const moved: Moved[] = [];
  candidates.forEach((amendment, index) => {
    const result = results[index];
    if (result?.status === 'moved' && extractRange(newText, result) === amendment.originalText) {
      moved.push({ id: amendment.id, lineStart: result.lineStart, lineEnd: result.lineEnd });
    } else outdated.push(amendment.id);
  });
  return { incorporated, moved, outdated };
}
