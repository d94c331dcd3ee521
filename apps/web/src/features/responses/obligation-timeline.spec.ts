import { describe, expect, it } from '@jest/globals';

import { obligationTimeline, timelineRows } from './obligation-timeline';

describe('obligationTimeline', () => {
  const now = new Date('2027-03-10T10:00:00Z');

  it('counts each day from the close to today', () => {
    const days = obligationTimeline(
      [
        { dueAt: '2027-03-07T22:59:00Z', answeredAt: '2027-03-06T09:00:00Z' },
        { dueAt: '2027-03-07T22:59:00Z', answeredAt: '2027-03-09T09:00:00Z' },
        { dueAt: '2027-03-20T22:59:00Z', answeredAt: null },
        { dueAt: null, answeredAt: null },
      ],
      '2027-03-05T12:00:00Z',
      now,
    );
    expect(days.map((day) => day.date)).toEqual([
      '2027-03-05',
      '2027-03-06',
      '2027-03-07',
      '2027-03-08',
      '2027-03-09',
      '2027-03-10',
    ]);
    expect(days[0]).toEqual({ date: '2027-03-05', answered: 0, overdue: 0, pending: 4 });
    expect(days[1]).toMatchObject({ answered: 1, overdue: 0, pending: 3 });
    expect(days[2]).toMatchObject({ answered: 1, overdue: 1, pending: 2 });
    expect(days[4]).toMatchObject({ answered: 2, overdue: 0, pending: 2 });
    expect(days[5]).toMatchObject({ answered: 2, overdue: 0, pending: 2 });
  });

  it('starts at the first answer when earlier than the close, and keeps at most 90 days', () => {
    const early = obligationTimeline(
      [{ dueAt: null, answeredAt: '2027-03-08T09:00:00Z' }],
      '2027-04-01T00:00:00Z',
      now,
    );
    expect(early[0].date).toBe('2027-03-08');
    const long = obligationTimeline([], '2026-01-01T00:00:00Z', now);
    expect(long).toHaveLength(90);
    expect(long.at(-1)?.date).toBe('2027-03-10');
    expect(timelineRows(long).at(-1)?.date).toBe('2027-03-10');
    expect(timelineRows(long).length).toBe(13);
  });

  it('shows today alone when nothing has started', () => {
    expect(obligationTimeline([], null, now)).toEqual([
      { date: '2027-03-10', answered: 0, overdue: 0, pending: 0 },
    ]);
  });
});
