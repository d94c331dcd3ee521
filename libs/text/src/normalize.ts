/**
 * Normalizes an article text so that its line numbers are stable:
 * - CRLF and lone CR become LF;
 * - Unicode NFC (an accented letter typed as `e` + combining accent becomes `é`);
 * - trailing spaces and tabs are stripped from every line;
 * - trailing empty lines at the end of the text are removed (leading and inner empty lines are
 *   kept: they are numbered lines).
 *
 * Idempotent. A text made only of blank lines normalizes to `''` (zero lines).
 */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n+$/, '');
}

/** True when `normalizeText(text) === text`. */
export function isNormalized(text: string): boolean {
  return normalizeText(text) === text;
}
