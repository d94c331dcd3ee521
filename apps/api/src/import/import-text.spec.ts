import { describe, expect, it } from '@jest/globals';
import {
  cleanLine,
  cleanText,
  decodeEntities,
  htmlToText,
  linksOf,
  shorten,
  SLUG,
  slugify,
} from './import-text.js';

describe('texts of an export', () => {
  it('decodes entities, with or without the semicolon the export cut off', () => {
    expect(decodeEntities('a &gt; b &lt; c &amp; d &#39;e&#x27;')).toBe("a > b < c & d 'e'");
    expect(decodeEntities('Critères =&gt')).toBe('Critères =>');
    expect(decodeEntities('AT&T &gtx &unknown;')).toBe('AT&T &gtx &unknown;');
  });

  it('cleans texts and titles', () => {
    expect(cleanText('  Un texte \r\nsur deux lignes  \n\n')).toBe('Un texte\nsur deux lignes');
    expect(cleanText('sans\u0007 contrôle')).toBe('sans contrôle');
    expect(cleanLine(' Un   titre\nsur deux lignes ')).toBe('Un titre sur deux lignes');
  });

  it('reads links and text out of HTML', () => {
    const html =
      '<p>vous pouvez signer </p><p><a href="http://www.change.org/x">http://www.change.org/x</a></p>';
    expect(linksOf(html)).toEqual(['http://www.change.org/x']);
    expect(linksOf('<p>voir le lien </p>')).toEqual([]);
    expect(htmlToText(html)).toBe('vous pouvez signer\nhttp://www.change.org/x');
  });

  it('shortens at a word boundary with an ellipsis', () => {
    expect(shorten('court', 10)).toBe('court');
    const short = shorten('un titre beaucoup trop long pour la colonne', 20);
    expect([...short].length).toBeLessThanOrEqual(20);
    expect(short).toBe('un titre beaucoup…');
  });

  it('makes slugs', () => {
    expect(slugify('3. Comment doit fonctionner le revenu universel d’activité')).toBe(
      '3-comment-doit-fonctionner-le-revenu-universel-d-activite',
    );
    expect(SLUG.test(slugify('Été 2019 — « RUA » !'))).toBe(true);
    expect(slugify('!!!')).toBe('');
  });
});
