import { describe, expect, it } from '@jest/globals';
import { FIRST_RETRY_MS, isPermanentFailure, MAX_RETRY_MS, retryDelayMs } from './backoff.js';

describe('retry back-off', () => {
  it('doubles from 30 seconds after each failure, up to 6 hours', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(0)).toBe(FIRST_RETRY_MS);
    expect(retryDelayMs(12)).toBe(MAX_RETRY_MS);
    expect(retryDelayMs(10_000)).toBe(MAX_RETRY_MS);
  });

  it('gives up only on a permanent SMTP refusal (5xx)', () => {
    expect(
      isPermanentFailure(Object.assign(new Error('no such user'), { responseCode: 550 })),
    ).toBe(true);
    expect(isPermanentFailure(Object.assign(new Error('try later'), { responseCode: 451 }))).toBe(
      false,
    );
    expect(isPermanentFailure(Object.assign(new Error('refused'), { code: 'ECONNECTION' }))).toBe(
      false,
    );
    expect(isPermanentFailure(null)).toBe(false);
  });
});
