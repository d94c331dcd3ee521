import { SearchException } from '../search.exception.js';

/** Longest query accepted, in characters (after trimming). */
export const MAX_QUERY_LENGTH = 200;
/** Most words (of all terms) in one query. */
export const MAX_QUERY_WORDS = 32;

/** One thing the person asked for: a word (any inflection), a word's beginning, or an exact phrase. */
export type SearchTerm =
  | { readonly type: 'word'; readonly word: string }
  | { readonly type: 'prefix'; readonly word: string }
  | { readonly type: 'phrase'; readonly words: readonly string[] };

export interface ParsedQuery {
  readonly terms: readonly SearchTerm[];
  /**
   * Words and phrases as `to_tsquery` text for the stemming configuration (`amendo_french`),
   * or null when there are none. Only made of letters and digits, quoted: never user syntax.
   */
  readonly stemmed: string | null;
  /** Prefixes as `to_tsquery` text for the whole-word configuration (`amendo_simple`), or null. */
  readonly prefixes: string | null;
}

/** Letters and digits of any script: everything else separates words. */
const WORD = /[\p{L}\p{M}\p{Nd}]+/gu;
/** A word directly followed by a star: a prefix. */
const WORD_OR_PREFIX = /([\p{L}\p{M}\p{Nd}]+)(\*?)/gu;

const quote = (word: string): string => `'${word}'`;

/**
 * Parses what a person typed into terms: words must all match, in any order; `"quoted words"` are
 * an exact phrase; `numériq*` matches words beginning so. Every other character (`&`, `|`, `!`,
 * `:`, parentheses, backslashes, SQL…) only separates words. The tsquery text built from the
 * terms contains nothing but quoted letters and digits joined by our own operators. With
 * `match: 'ANY'` (similar contributions), any one term is enough.
 */
export function parseSearchQuery(input: string, match: 'ALL' | 'ANY' = 'ALL'): ParsedQuery {
  const text = input.normalize('NFC').trim();
  if (text.length > MAX_QUERY_LENGTH) throw SearchException.queryTooLong(MAX_QUERY_LENGTH);
  const terms: SearchTerm[] = [];
  // Even segments are outside quotes, odd ones inside (an unclosed quote runs to the end).
  text.split('"').forEach((segment, index) => {
    if (index % 2 === 1) {
      const words = segment.match(WORD) ?? [];
      if (words.length === 1) terms.push({ type: 'word', word: words[0] as string });
      else if (words.length > 1) terms.push({ type: 'phrase', words });
      return;
    }
    for (const [, word, star] of segment.matchAll(WORD_OR_PREFIX)) {
      terms.push({ type: star ? 'prefix' : 'word', word: word as string });
    }
  });
  if (terms.length === 0) throw SearchException.emptyQuery();
  const count = terms.reduce(
    (sum, term) => sum + (term.type === 'phrase' ? term.words.length : 1),
    0,
  );
  if (count > MAX_QUERY_WORDS) throw SearchException.tooManyTerms(MAX_QUERY_WORDS);

  const operator = match === 'ANY' ? ' | ' : ' & ';
  const stemmed = terms.flatMap((term) =>
    term.type === 'word'
      ? [quote(term.word)]
      : term.type === 'phrase'
        ? [`(${term.words.map(quote).join(' <-> ')})`]
        : [],
  );
  const prefixes = terms.flatMap((term) =>
    term.type === 'prefix' ? [`${quote(term.word)}:*`] : [],
  );
  return {
    terms,
    stemmed: stemmed.length > 0 ? stemmed.join(operator) : null,
    prefixes: prefixes.length > 0 ? prefixes.join(operator) : null,
  };
}

/** Private markers around highlighted words in `ts_headline`'s output (never in stored text). */
export const MARK_START = '\uE000';
export const MARK_STOP = '\uE001';

export interface ExcerptPart {
  readonly text: string;
  readonly highlighted: boolean;
}

/** Splits a headline with our markers into plain and highlighted parts (no HTML anywhere). */
export function excerptParts(headline: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (value: string, highlighted: boolean): void => {
    if (!value) return;
    const last = parts.at(-1);
    if (last && last.highlighted === highlighted) {
      parts[parts.length - 1] = { text: last.text + value, highlighted };
    } else parts.push({ text: value, highlighted });
  };
  let rest = headline;
  while (rest.length > 0) {
    const start = rest.indexOf(MARK_START);
    if (start < 0) {
      push(rest.replaceAll(MARK_STOP, ''), false);
      break;
    }
    push(rest.slice(0, start).replaceAll(MARK_STOP, ''), false);
    const afterStart = rest.slice(start + 1);
    const stop = afterStart.indexOf(MARK_STOP);
    const marked = stop < 0 ? afterStart : afterStart.slice(0, stop);
    push(marked.replaceAll(MARK_START, ''), true);
    rest = stop < 0 ? '' : afterStart.slice(stop + 1);
  }
  return parts;
}
