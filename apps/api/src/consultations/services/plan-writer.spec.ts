import { describe, expect, it } from '@jest/globals';
import { checkPhaseDates } from './plan-writer.service.js';

const at = (iso: string): Date => new Date(iso);

describe('checkPhaseDates', () => {
  it('accepts dates in order, and missing ones', () => {
    expect(() =>
      checkPhaseDates({
        opensAt: at('2026-01-01T00:00:00Z'),
        closesAt: at('2026-03-01T00:00:00Z'),
        answeredAt: at('2026-03-01T00:00:00Z'),
      }),
    ).not.toThrow();
    expect(() =>
      checkPhaseDates({ opensAt: null, closesAt: null, answeredAt: null }),
    ).not.toThrow();
  });

  it('refuses a close before the opening, and answers without or before the close', () => {
    expect(() =>
      checkPhaseDates({
        opensAt: at('2026-03-01T00:00:00Z'),
        closesAt: at('2026-03-01T00:00:00Z'),
        answeredAt: null,
      }),
    ).toThrow(/clôture doit être postérieure/);
    expect(() =>
      checkPhaseDates({ opensAt: null, closesAt: null, answeredAt: at('2026-03-01T00:00:00Z') }),
    ).toThrow(/sans date de clôture/);
    expect(() =>
      checkPhaseDates({
        opensAt: null,
        closesAt: at('2026-03-01T00:00:00Z'),
        answeredAt: at('2026-02-01T00:00:00Z'),
      }),
    ).toThrow(/ne peut précéder/);
  });
});
