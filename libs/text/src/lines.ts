/** Splits a text into its lines, numbered from 1 (the design: lines are the text split on `\n`). */
export function splitLines(text: string): string[] {
  return text.split('\n');
}
