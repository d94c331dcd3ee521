import type { DataSource, EntityManager } from 'typeorm';

/** PostgreSQL errors that mean "two transactions met": retried here, never shown to the client. */
const RETRYABLE = new Set(['40001', '40P01', '23505']);

/**
 * Runs a transaction, retrying it when it collided with a concurrent one (serialization failure,
 * deadlock, or a unique insert that lost a race) — a vote is never refused for concurrency.
 */
export async function withRetry<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  attempts = 8,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await dataSource.transaction(work);
    } catch (error) {
      const code =
        (error as { code?: string; driverError?: { code?: string } }).code ??
        (error as { driverError?: { code?: string } }).driverError?.code;
      if (attempt >= attempts || !code || !RETRYABLE.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
    }
  }
}
