import { describe, expect, it } from '@jest/globals';

import { activityBars, maxDailyBars, niceMax } from './activity-series';

describe('activityBars', () => {
  it('fills the days between active days with zeros', () => {
    expect(
      activityBars([
        { date: '2026-11-29', contributions: 2, votes: 1 },
        { date: '2026-12-02', contributions: 0, votes: 4 },
      ]),
    ).toEqual([
      { date: '2026-11-29', contributions: 2, votes: 1, span: 1 },
      { date: '2026-11-30', contributions: 0, votes: 0, span: 1 },
      { date: '2026-12-01', contributions: 0, votes: 0, span: 1 },
      { date: '2026-12-02', contributions: 0, votes: 4, span: 1 },
    ]);
  });

  it('groups a long history by weeks starting on Monday', () => {
    const bars = activityBars([
      { date: '2026-01-01', contributions: 1, votes: 0 },
      { date: '2026-01-04', contributions: 1, votes: 2 },
      { date: '2026-12-31', contributions: 0, votes: 1 },
    ]);
    expect(bars.length).toBeLessThanOrEqual(maxDailyBars);
    // 1 January 2026 is a Thursday: its week starts on Monday 29 December 2025.
    expect(bars[0]).toEqual({ date: '2025-12-29', contributions: 2, votes: 2, span: 7 });
    expect(bars.at(-1)?.votes).toBe(1);
    expect(bars.reduce((sum, bar) => sum + bar.contributions + bar.votes, 0)).toBe(5);
  });

  it('is empty without activity', () => {
    expect(activityBars([])).toEqual([]);
  });
});

describe('niceMax', () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 3, 7, 10, 11, 46, 120].map(niceMax)).toEqual([1, 1, 5, 10, 10, 20, 50, 200]);
  });
});
