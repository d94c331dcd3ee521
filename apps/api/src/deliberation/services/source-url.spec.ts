import { describe, expect, it } from '@jest/globals';
import { normaliseSourceUrl } from './source-url.js';

describe('normaliseSourceUrl', () => {
  it('keeps http(s) addresses, normalised', () => {
    expect(normaliseSourceUrl(' HTTPS://Www.Legifrance.GOUV.fr:443/jorf/id/X#section ')).toEqual({
      url: 'https://www.legifrance.gouv.fr/jorf/id/X',
    });
    expect(normaliseSourceUrl('http://data.gouv.fr/fr/datasets')).toEqual({
      url: 'http://data.gouv.fr/fr/datasets',
    });
  });

  it('refuses other schemes, credentials, bare words', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<b>x</b>',
      'ftp://exemple.fr/x',
      'exemple',
      'https://intranet/x',
      'https://u:p@exemple.fr/',
    ]) {
      expect(normaliseSourceUrl(bad)).toHaveProperty('problem');
    }
  });
});
