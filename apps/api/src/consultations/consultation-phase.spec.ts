import { describe, expect, it } from '@jest/globals';
import { phaseAt } from './consultation-phase.js';

const at = (iso: string): Date => new Date(iso);
const dates = {
  opensAt: at('2026-01-01T00:00:00Z'),
  closesAt: at('2026-03-01T00:00:00Z'),
  answeredAt: null,
};

describe('phaseAt', () => {
  it('follows the dates', () => {
    expect(phaseAt(dates, at('2025-12-31T23:59:59Z'))).toBe('DRAFT');
    expect(phaseAt(dates, at('2026-01-01T00:00:00Z'))).toBe('OPEN');
    expect(phaseAt(dates, at('2026-03-01T00:00:00Z'))).toBe('CLOSED');
    expect(
      phaseAt({ ...dates, answeredAt: at('2026-04-01T00:00:00Z') }, at('2026-04-02T00:00:00Z')),
    ).toBe('ANSWERED');
  });

  it('is DRAFT until an opening date is set, and OPEN without a closing date', () => {
    expect(phaseAt({ opensAt: null, closesAt: null, answeredAt: null })).toBe('DRAFT');
    expect(phaseAt({ ...dates, closesAt: null }, at('2030-01-01T00:00:00Z'))).toBe('OPEN');
  });
});
