import { normalizeText } from '@amendo/text';

/** Length in characters (code points), as PostgreSQL's char_length counts. */
export function characterCount(text: string): number {
  return [...text].length;
}

/** At most `max` characters, cut at a word boundary when one is near, with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max && characterCount(text) <= max) return text;
  const chars = [...text].slice(0, max - 1);
  const cut = chars.join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/**
 * Decodes the HTML entities of an exported text. The export cuts fields at every `;`, so an
 * entity may have lost its semicolon (`&gt`): known names are decoded with or without it.
 */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos|nbsp)(;|(?![a-z0-9]))/gi,
    (whole, name: string) => {
      const lower = name.toLowerCase();
      if (lower.startsWith('#')) {
        const code = lower.startsWith('#x')
          ? Number.parseInt(lower.slice(2), 16)
          : Number.parseInt(lower.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return NAMED[lower] ?? whole;
    },
  );
}

/** Control characters other than tab, line feed and carriage return: Amendo refuses them. */
// eslint-disable-next-line no-control-regex
const CONTROL = /(?![\t\n\r])[\u0000-\u001f\u007f-\u009f]/gu;

/** A free text of the export, as Amendo stores texts: entities decoded, no control characters, NFC, trimmed. */
export function cleanText(raw: string): string {
  return normalizeText(decodeEntities(raw).replace(CONTROL, '')).trim();
}

/** A one-line text (a title): runs of spaces and line breaks become one space. */
export function cleanLine(raw: string): string {
  return cleanText(raw).replace(/\s+/gu, ' ');
}

/** The links of an HTML fragment (`href`s first, then bare addresses), in order, without duplicates. */
export function linksOf(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/href\s*=\s*["']([^"']+)["']/gi)) found.push(match[1] ?? '');
  for (const match of html.matchAll(/https?:\/\/[^\s"'<>]+/gi)) found.push(match[0]);
  return [
    ...new Set(found.map((link) => decodeEntities(link).trim()).filter((link) => link !== '')),
  ];
}

/** The text of an HTML fragment: paragraphs and line breaks kept, tags removed, entities decoded. */
export function htmlToText(html: string): string {
  return cleanText(
    html
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|li|h[1-6])>/gi, '\n')
      .replace(/<[^>]*>/g, ''),
  ).replace(/\n{3,}/g, '\n\n');
}

/** A slug as consultations have: lower-case ASCII words joined by single hyphens. */
export function slugify(text: string, max = 60): string {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '');
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > max) break;
    slug = next;
  }
  return slug || (words[0] ?? '').slice(0, max);
}

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
