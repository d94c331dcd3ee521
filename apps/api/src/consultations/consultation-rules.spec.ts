import { describe, expect, it } from '@jest/globals';
import { DEFAULT_PHASE_SETTINGS, rulesFor } from './consultation-rules.js';

const at = (iso: string): Date => new Date(iso);
const consultation = {
  opensAt: at('2026-01-01T00:00:00Z'),
  closesAt: at('2026-03-01T00:00:00Z'),
  answeredAt: null,
  ...DEFAULT_PHASE_SETTINGS,
};
const NOTHING_OPEN = {
  amendmentsOpen: false,
  proposalsOpen: false,
  votesOpen: false,
  argumentsOpen: false,
};

describe('rulesFor', () => {
  it('opens everything the settings allow while the consultation is OPEN', () => {
    expect(rulesFor(consultation, at('2026-02-01T00:00:00Z'))).toEqual({
      phase: 'OPEN',
      amendmentsOpen: true,
      proposalsOpen: true,
      votesOpen: true,
      argumentsOpen: true,
    });
  });

  it('closes everything outside the OPEN phase, whatever the settings', () => {
    expect(rulesFor(consultation, at('2025-12-31T23:59:59Z'))).toEqual({
      phase: 'DRAFT',
      ...NOTHING_OPEN,
    });
    expect(rulesFor(consultation, at('2026-03-01T00:00:00Z'))).toEqual({
      phase: 'CLOSED',
      ...NOTHING_OPEN,
    });
    const answered = { ...consultation, answeredAt: at('2026-04-01T00:00:00Z') };
    expect(rulesFor(answered, at('2026-04-01T00:00:00Z')).phase).toBe('ANSWERED');
    expect(rulesFor(answered, at('2026-04-01T00:00:00Z')).votesOpen).toBe(false);
  });

  it('keeps closed what an admin switched off, during the OPEN phase', () => {
    const rules = rulesFor(
      { ...consultation, amendmentsOpen: false, votesOpen: false },
      at('2026-02-01T00:00:00Z'),
    );
    expect(rules).toEqual({
      phase: 'OPEN',
      amendmentsOpen: false,
      proposalsOpen: true,
      votesOpen: false,
      argumentsOpen: true,
    });
  });
});
