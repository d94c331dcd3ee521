/** First retry after 30 s, then doubling: 1 min, 2 min, 4 min … at most every 6 hours. */
export const FIRST_RETRY_MS = 30_000;
export const MAX_RETRY_MS = 6 * 60 * 60 * 1000;

/**
 * How long to wait after the `attempts`-th failed attempt (1 for the first failure). No
 * randomness: retries are claimed a batch at a time, so a recovering server is not stampeded,
 * and tests can tell exactly when a retry is due.
 */
export function retryDelayMs(attempts: number): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 30));
  return Math.min(FIRST_RETRY_MS * 2 ** exponent, MAX_RETRY_MS);
}

/** An SMTP reply that will not change on retry (5xx: unknown mailbox, refused sender…). */
export function isPermanentFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
