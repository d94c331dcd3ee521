import { describe, expect, it } from '@jest/globals';
import {
  compareObligations,
  dueDate,
  isClosed,
  type ObligationFacts,
  obligationState,
  reasonsOf,
  summarise,
} from './obligations.js';

const CLOSE = new Date('2026-03-01T12:00:00Z');
const DUE = dueDate(CLOSE, 30) as Date;
const facts = (overrides: Partial<ObligationFacts> = {}): ObligationFacts => ({
  targetId: 'a',
  targetKind: 'Amendment',
  articleId: null,
  targetCreatedAt: new Date('2026-01-10T00:00:00Z'),
  votes: 3,
  agree: 2,
  byVotes: true,
  byRank: false,
  dueAt: DUE,
  answeredAt: null,
  ...overrides,
});
const before = new Date(DUE.getTime() - 1);
const after = new Date(DUE.getTime() + 1);

describe('obligations', () => {
  it('are due deadlineDays after the close; no date, no deadline', () => {
    expect(DUE.toISOString()).toBe('2026-03-31T12:00:00.000Z');
    expect(dueDate(null, 30)).toBeNull();
    expect(dueDate(CLOSE, null)).toBeNull();
    expect(dueDate(CLOSE, 0)).toEqual(CLOSE);
  });

  it('are PENDING until the due date, OVERDUE after it, ANSWERED once a response is published', () => {
    expect(obligationState(facts(), before)).toBe('PENDING');
    expect(obligationState(facts(), DUE)).toBe('PENDING');
    expect(obligationState(facts(), after)).toBe('OVERDUE');
    expect(obligationState(facts({ answeredAt: after }), after)).toBe('ANSWERED');
    expect(obligationState(facts({ dueAt: null }), new Date('2100-01-01'))).toBe('PENDING');
  });

  it('are summarised: answered on time or late, pending, overdue', () => {
    const all = [
      facts({ targetId: 'on-time', answeredAt: before }),
      facts({ targetId: 'late', answeredAt: after }),
      facts({ targetId: 'no-deadline', dueAt: null, answeredAt: after }),
      facts({ targetId: 'pending' }),
    ];
    expect(summarise([all[0] as ObligationFacts, all[3] as ObligationFacts], before)).toEqual({
      answeredOnTime: 1,
      answeredLate: 0,
      pending: 1,
      overdue: 0,
      total: 2,
    });
    expect(summarise(all, new Date(after.getTime() + 1))).toEqual({
      answeredOnTime: 2,
      answeredLate: 1,
      pending: 0,
      overdue: 1,
      total: 4,
    });
  });

  it('say why they are owed, and sort the oldest contribution first', () => {
    expect(reasonsOf(facts({ byRank: true }))).toEqual(['MIN_VOTES', 'TOP_PER_ARTICLE']);
    const older = facts({ targetId: 'z', targetCreatedAt: new Date('2026-01-01') });
    const newer = facts({ targetId: 'a', targetCreatedAt: new Date('2026-01-02') });
    expect([newer, older].sort(compareObligations)).toEqual([older, newer]);
  });

  it('freeze from the closing instant', () => {
    expect(isClosed(CLOSE, new Date(CLOSE.getTime() - 1))).toBe(false);
    expect(isClosed(CLOSE, CLOSE)).toBe(true);
    expect(isClosed(null, CLOSE)).toBe(false);
  });
});
