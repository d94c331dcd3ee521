import { describe, expect, it } from '@jest/globals';
import {
  characterCount,
  proposalBodyOf,
  proposalTitleOf,
  proposedTextOf,
  rationaleOf,
  TEXT_LIMITS,
} from './text-rules.js';

const fieldOf = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return (error as { code: string; details?: { field?: string } }).details?.field;
  }
  return undefined;
};

describe('text rules', () => {
  it('normalise a proposed text as article texts are, and allow the empty text (a deletion)', () => {
    expect(proposedTextOf('Ligne une  \r\nligne\tdeux\t\n\n')).toBe('Ligne une\nligne\tdeux');
    expect(proposedTextOf('e\u0301té')).toBe('été');
    expect(proposedTextOf('')).toBe('');
  });

  it('keep tabs and line breaks but refuse other control characters, naming them', () => {
    expect(() => proposedTextOf('a\u0000b')).toThrow(/U\+0000/);
    expect(() => rationaleOf('motif\u001b[31m')).toThrow(/U\+001B/);
    expect(() => proposalBodyOf('corps\u0085suite')).toThrow(/U\+0085/);
    expect(() => proposalTitleOf('titre\u007f')).toThrow(/U\+007F/);
    expect(rationaleOf('Parce que :\n\t- raison')).toBe('Parce que :\n\t- raison');
    expect(fieldOf(() => rationaleOf('\u0007'))).toBe('rationale');
  });

  it('count characters as code points, after normalisation', () => {
    expect(characterCount('😀é')).toBe(2);
    const emoji = '😀'.repeat(TEXT_LIMITS.proposedText);
    expect(proposedTextOf(emoji)).toBe(emoji);
    expect(() => proposedTextOf(`${emoji}x`)).toThrow(/20\s001 caractères ; 20\s000 au plus/);
    // Trailing spaces removed by normalisation do not count.
    expect(proposedTextOf(`${'a'.repeat(TEXT_LIMITS.proposedText)}     `)).toHaveLength(20_000);
  });

  it('require a rationale, a title and a body, within their limits', () => {
    expect(() => rationaleOf('  \n ')).toThrow(/vide/);
    expect(() => rationaleOf('x'.repeat(5001))).toThrow(/5\s001 caractères/);
    expect(rationaleOf('  Pourquoi.  ')).toBe('Pourquoi.');
    expect(proposalTitleOf('  Un\ttitre\nsur   une ligne ')).toBe('Un titre sur une ligne');
    expect(() => proposalTitleOf('x'.repeat(201))).toThrow(/201 caractères ; 200 au plus/);
    expect(() => proposalTitleOf(' ')).toThrow(/vide/);
    expect(() => proposalBodyOf('\n\n  \n')).toThrow(/vide/);
    expect(proposalBodyOf('I. — Texte\t\n\n')).toBe('I. — Texte');
    expect(() => proposalBodyOf('x'.repeat(50_001))).toThrow(/50\s001/);
  });
});
