import { describe, expect, it } from '@jest/globals';

import { kindsFrom, searchPath } from './paths';
import { similarityQuery } from './similarity';

describe('similarityQuery', () => {
  it('keeps the words of 4 letters or more, once each, lower-cased', () => {
    expect(similarityQuery('Un Observatoire de l’inclusion numérique : observatoire !')).toBe(
      'observatoire inclusion numérique',
    );
  });

  it('is empty when nothing is worth comparing, and stays within the API’s limits', () => {
    expect(similarityQuery('le la et de')).toBe('');
    const long = similarityQuery(
      Array.from({ length: 40 }, (_, i) => `motlongnumero${i}`).join(' '),
    );
    expect(long.split(' ')).toHaveLength(12);
    expect(similarityQuery('a'.repeat(500))).toBe('');
  });
});

describe('search addresses', () => {
  it('say the query and the kinds in French, and read them back', () => {
    expect(searchPath('demo', 'inclusion numérique', ['AMENDMENT', 'PROPOSAL'])).toBe(
      '/consultations/demo/recherche?q=inclusion+num%C3%A9rique&type=amendement&type=proposition',
    );
    expect(searchPath('demo')).toBe('/consultations/demo/recherche');
    expect(kindsFrom(['proposition', 'inconnu', 'article'])).toEqual(['ARTICLE', 'PROPOSAL']);
  });
});
