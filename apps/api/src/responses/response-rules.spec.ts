import { describe, expect, it } from '@jest/globals';
import { bodyProblem, normaliseBody, sentenceCount } from './response-rules.js';

const REASONS =
  'Cet amendement reprend une disposition déjà prévue par la loi du 7 octobre 2016 pour une République numérique. ' +
  'Son adoption créerait une obligation redondante pour les collectivités, sans bénéfice pour les usagers du service public.';

describe('response rules', () => {
  it('counts sentences of at least three words', () => {
    expect(sentenceCount('Non. Non. Non.')).toBe(0);
    expect(
      sentenceCount('Nous ne retenons pas cette idée. Elle coûte trop cher aujourd’hui !'),
    ).toBe(2);
    expect(sentenceCount(REASONS)).toBe(2);
  });

  it('asks a REJECTED response for its reasons: two sentences and 200 characters', () => {
    expect(bodyProblem('REJECTED', 'Non.')).toMatch(/motivé/);
    expect(bodyProblem('REJECTED', `${'Non. '.repeat(60)}`.trim())).toMatch(/motivé/);
    expect(
      bodyProblem('REJECTED', 'Une seule phrase très longue '.repeat(10).trim() + '.'),
    ).toMatch(/motivé/);
    expect(bodyProblem('REJECTED', REASONS)).toBeNull();
    expect(bodyProblem('NOTED', 'Pris en compte.')).toBeNull();
  });

  it('lets a draft be unfinished, but never empty, too long or with control characters', () => {
    expect(bodyProblem('REJECTED', 'Non.', false)).toBeNull();
    expect(bodyProblem('ACCEPTED', '')).toMatch(/texte/);
    expect(bodyProblem('ACCEPTED', 'x'.repeat(20_001))).toMatch(/trop longue/);
    expect(bodyProblem('ACCEPTED', 'a\u0007b')).toMatch(/contrôle/);
  });

  it('normalises line breaks and ends', () => {
    expect(normaliseBody('  Oui.\r\nMerci.\r ')).toBe('Oui.\nMerci.');
  });
});
