import type { LineRange } from './range.js';

/** Why a line range does not fit a text. */
export type RangeErrorCode =
  | 'NOT_AN_INTEGER'
  | 'START_BEFORE_FIRST_LINE'
  | 'END_BEFORE_START'
  | 'START_AFTER_LAST_LINE'
  | 'END_AFTER_LAST_LINE';

/** Result of `validateRange`: ok, or an error code with a French message a person can act on. */
export type RangeValidation =
  | { readonly ok: true }
  | { readonly ok: false; readonly code: RangeErrorCode; readonly message: string };

/** Thrown by the functions that need a valid range (`extractRange`, `applyReplacement`…). */
export class LineRangeError extends Error {
  readonly code: RangeErrorCode;

  constructor(code: RangeErrorCode, message: string) {
    super(message);
    this.name = 'LineRangeError';
    this.code = code;
  }
}

function describeArticle(lineCount: number): string {
  if (lineCount === 0) return "l'article est vide";
  return `l'article compte ${lineCount} ligne${lineCount > 1 ? 's' : ''}`;
}

function fail(code: RangeErrorCode, message: string): RangeValidation {
  return { ok: false, code, message };
}

function isLineNumber(value: number): boolean {
  return Number.isSafeInteger(value);
}

function checkStartAfterEnd(lineCount: number, { lineStart, lineEnd }: LineRange): RangeValidation {
  const article = describeArticle(lineCount);
  if (lineEnd === lineStart - 1) {
    return fail(
      'START_AFTER_LAST_LINE',
      `Impossible d'insérer avant la ligne ${lineStart} : ${article}. ` +
        `Pour ajouter à la fin, insérez avant la ligne ${lineCount + 1}.`,
    );
  }
  return fail('START_AFTER_LAST_LINE', `La ligne ${lineStart} n'existe pas : ${article}.`);
}

function checkEndAfterLast(lineCount: number, { lineEnd }: LineRange): RangeValidation {
  const hint =
    lineCount === 0 ? ' Seule une insertion est possible (ligne de début 1, ligne de fin 0).' : '';
  return fail(
    'END_AFTER_LAST_LINE',
    `La ligne ${lineEnd} n'existe pas : ${describeArticle(lineCount)}.${hint}`,
  );
}

/**
 * Checks that a range fits a text of `lineCount` lines: `1 ≤ lineStart ≤ lineCount + 1` and
 * `lineStart - 1 ≤ lineEnd ≤ lineCount` (so insertion points `lineEnd = lineStart - 1` are valid,
 * including `lineStart = 1` and `lineStart = lineCount + 1`).
 * @returns `{ ok: true }`, or `{ ok: false, code, message }` with a French message, e.g.
 *   "La ligne 12 n'existe pas : l'article compte 10 lignes."
 */
export function validateRange(lineCount: number, range: LineRange): RangeValidation {
  const { lineStart, lineEnd } = range;
  if (!isLineNumber(lineStart) || !isLineNumber(lineEnd)) {
    return fail(
      'NOT_AN_INTEGER',
      `Les numéros de ligne doivent être des nombres entiers (reçu : début ${lineStart}, fin ${lineEnd}).`,
    );
  }
  if (lineStart < 1) {
    return fail(
      'START_BEFORE_FIRST_LINE',
      `La ligne ${lineStart} n'existe pas : la numérotation commence à la ligne 1.`,
    );
  }
  if (lineEnd < lineStart - 1) {
    return fail(
      'END_BEFORE_START',
      `La plage est inversée : elle commence à la ligne ${lineStart} et finit à la ligne ${lineEnd}. ` +
        `La ligne de fin doit être au moins la ligne de début (ou ${lineStart - 1} pour une insertion avant la ligne ${lineStart}).`,
    );
  }
  if (lineStart > lineCount + 1) return checkStartAfterEnd(lineCount, range);
  if (lineEnd > lineCount) return checkEndAfterLast(lineCount, range);
  return { ok: true };
}

/** Like `validateRange` but throws a `LineRangeError` (with the code and message) when invalid. */
export function assertValidRange(lineCount: number, range: LineRange): void {
  const result = validateRange(lineCount, range);
  if (!result.ok) throw new LineRangeError(result.code, result.message);
}
