import { normalizeText } from '@amendo/text';
import { AmendmentException } from './amendment.exception.js';

/** The limits of what participants write, in characters (Unicode code points, as PostgreSQL counts). */
export const TEXT_LIMITS = {
  proposedText: 20_000,
  rationale: 5_000,
  proposalTitle: 200,
  proposalBody: 50_000,
} as const;

/**
 * Control characters other than tab, line feed and carriage return (C0, DEL and C1): refused
 * everywhere participants write (they are invisible, break rendering and exports).
 */
const CONTROL = /(?![\t\n\r])\p{Cc}/u;

/** Length in characters (code points), as PostgreSQL's char_length. */
export function characterCount(text: string): number {
  return [...text].length;
}

const fr = (n: number): string => n.toLocaleString('fr-FR');

function refuseControlCharacters(text: string, field: string, label: string): void {
  const match = CONTROL.exec(text);
  if (!match) return;
  const code = (match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  throw AmendmentException.badText(
    field,
    `${label} contient un caractère de contrôle invisible (U+${code}) : retirez-le (tabulations et retours à la ligne sont acceptés).`,
  );
}

function refuseTooLong(text: string, max: number, field: string, label: string): void {
  // A string never has more code points than UTF-16 units: count only when it may matter.
  if (text.length <= max) return;
  const count = characterCount(text);
  if (count > max) {
    throw AmendmentException.badText(
      field,
      `${label} compte ${fr(count)} caractères ; ${fr(max)} au plus.`,
    );
  }
}

function refuseBlank(text: string, field: string, label: string): void {
  if (!/\S/u.test(text))
    throw AmendmentException.badText(field, `${label} est vide : saisissez-le.`);
}

/**
 * The text an amendment proposes, normalised as article texts are (line endings, NFC, no
 * trailing spaces or trailing empty lines) so that it lines up with the version's lines.
 * May be empty: an amendment that proposes nothing deletes the lines it targets.
 */
export function proposedTextOf(raw: string): string {
  const label = 'Le texte proposé';
  refuseControlCharacters(raw, 'proposedText', label);
  const text = normalizeText(raw);
  refuseTooLong(text, TEXT_LIMITS.proposedText, 'proposedText', label);
  return text;
}

/** Free text with its line breaks (rationale): CRLF → LF, NFC, trimmed, not blank. */
function paragraphsOf(raw: string, max: number, field: string, label: string): string {
  refuseControlCharacters(raw, field, label);
  const text = raw.replace(/\r\n?/g, '\n').normalize('NFC').trim();
  refuseBlank(text, field, label);
  refuseTooLong(text, max, field, label);
  return text;
}

/** The exposé des motifs of an amendment or a proposal: required, at most 5,000 characters. */
export function rationaleOf(raw: string): string {
  return paragraphsOf(raw, TEXT_LIMITS.rationale, 'rationale', 'L’exposé des motifs');
}

/** A proposal's title: one line (runs of spaces, tabs and line breaks become one space), 1–200. */
export function proposalTitleOf(raw: string, field = 'title'): string {
  const label = 'Le titre';
  refuseControlCharacters(raw, field, label);
  const title = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  refuseBlank(title, field, label);
  refuseTooLong(title, TEXT_LIMITS.proposalTitle, field, label);
  return title;
}

/**
 * A proposal's body, normalised as article texts are (it becomes version 1 of an article when
 * adopted): tabs and line breaks kept, not blank, at most 50,000 characters.
 */
export function proposalBodyOf(raw: string): string {
  const label = 'Le texte de l’article proposé';
  refuseControlCharacters(raw, 'body', label);
  const body = normalizeText(raw);
  refuseBlank(body, 'body', label);
  refuseTooLong(body, TEXT_LIMITS.proposalBody, 'body', label);
  return body;
}
