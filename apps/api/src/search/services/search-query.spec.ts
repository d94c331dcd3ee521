import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { AmendoException } from '../../common/errors.js';
import {
  excerptParts,
  MARK_START,
  MARK_STOP,
  MAX_QUERY_LENGTH,
  parseSearchQuery,
} from './search-query.js';

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof AmendoException ? error.code : 'UNEXPECTED';
  }
};

describe('parseSearchQuery', () => {
  it('makes every word required, in any order', () => {
    expect(parseSearchQuery('données personnelles')).toMatchObject({
      stemmed: "'données' & 'personnelles'",
      prefixes: null,
    });
  });

  it('turns quoted words into a phrase, and a starred word into a prefix', () => {
    const parsed = parseSearchQuery('"inclusion numérique" numériq* accès');
    expect(parsed.terms).toEqual([
      { type: 'phrase', words: ['inclusion', 'numérique'] },
      { type: 'prefix', word: 'numériq' },
      { type: 'word', word: 'accès' },
    ]);
    expect(parsed.stemmed).toBe("('inclusion' <-> 'numérique') & 'accès'");
    expect(parsed.prefixes).toBe("'numériq':*");
  });

  it('reads an unclosed quote as a phrase to the end, and a one-word phrase as a word', () => {
    expect(parseSearchQuery('"tiers lieux').terms).toEqual([
      { type: 'phrase', words: ['tiers', 'lieux'] },
    ]);
    expect(parseSearchQuery('"fablab"').terms).toEqual([{ type: 'word', word: 'fablab' }]);
  });

  it('treats tsquery and SQL syntax as word separators', () => {
    const parsed = parseSearchQuery(
      "numérique & | ! :* ( ) <-> \\ '; DROP TABLE amendment; -- l'État",
    );
    expect(parsed.stemmed).toBe("'numérique' & 'DROP' & 'TABLE' & 'amendment' & 'l' & 'État'");
    expect(parsed.prefixes).toBeNull();
  });

  it('refuses an empty query, a query of symbols only and a query that is too long', () => {
    expect(codeOf(() => parseSearchQuery(''))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => parseSearchQuery('   '))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => parseSearchQuery('&|!():*"\\'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => parseSearchQuery('a'.repeat(10 * 1024)))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => parseSearchQuery('mot '.repeat(40)))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => parseSearchQuery('a'.repeat(MAX_QUERY_LENGTH)))).toBeUndefined();
  });

  it('property: any input either is refused with BAD_USER_INPUT or gives tsquery text made only of quoted words and our operators', () => {
    const SAFE =
      /^(\(?'[\p{L}\p{M}\p{Nd}]+'(:\*)?( <-> '[\p{L}\p{M}\p{Nd}]+')*\)?)( & \(?'[\p{L}\p{M}\p{Nd}]+'(:\*)?( <-> '[\p{L}\p{M}\p{Nd}]+')*\)?)*$/u;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 260 }),
          fc.string({ unit: 'grapheme', maxLength: 80 }),
          fc
            .array(
              fc.constantFrom(
                '&',
                '|',
                '!',
                ':*',
                '(',
                ')',
                '"',
                "'",
                '\\',
                '<->',
                ' ',
                'é',
                'numériq',
                '*',
                ';',
                '--',
              ),
              { maxLength: 40 },
            )
            .map((parts) => parts.join('')),
        ),
        (input) => {
          let parsed;
          try {
            parsed = parseSearchQuery(input);
          } catch (error) {
            expect(error).toBeInstanceOf(AmendoException);
            expect((error as AmendoException).code).toBe('BAD_USER_INPUT');
            return;
          }
          expect(parsed.terms.length).toBeGreaterThan(0);
          for (const text of [parsed.stemmed, parsed.prefixes]) {
            if (text !== null) expect(text).toMatch(SAFE);
          }
          expect(parsed.stemmed !== null || parsed.prefixes !== null).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('excerptParts', () => {
  it('splits a headline on the private markers', () => {
    expect(
      excerptParts(
        `l’${MARK_START}inclusion${MARK_STOP} ${MARK_START}numérique${MARK_STOP} pour tous`,
      ),
    ).toEqual([
      { text: 'l’', highlighted: false },
      { text: 'inclusion', highlighted: true },
      { text: ' ', highlighted: false },
      { text: 'numérique', highlighted: true },
      { text: ' pour tous', highlighted: false },
    ]);
  });

  it('property: the parts put together give the text without markers, and never contain one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(MARK_START, MARK_STOP))),
        (pieces) => {
          const headline = pieces.join('');
          const parts = excerptParts(headline);
          expect(parts.map((part) => part.text).join('')).toBe(
            headline.replaceAll(MARK_START, '').replaceAll(MARK_STOP, ''),
          );
          for (const part of parts) {
            expect(part.text).not.toMatch(/[\uE000\uE001]/);
            expect(part.text.length).toBeGreaterThan(0);
          }
        },
      ),
    );
  });
});
