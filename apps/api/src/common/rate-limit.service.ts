import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AmendoConfig } from '../config/config.js';
import { AMENDO_CONFIG } from '../config/config.token.js';
import { AmendoException } from './errors.js';

export interface Limit {
  /** What is counted, e.g. `login:ip:203.0.113.7`. */
  readonly bucket: string;
  readonly max: number;
  readonly windowSeconds: number;
  /** The French sentence shown when the limit is reached (the wait is appended). */
  readonly message: string;
}

/** The running contract's defaults. */
export const LIMITS = {
  api: (ip: string): Limit => ({
    bucket: `api:ip:${ip}`,
    max: 1000,
    windowSeconds: 60,
    message: 'Trop de requêtes depuis votre adresse.',
  }),
  login: (ip: string): Limit => ({
    bucket: `login:ip:${ip}`,
    max: 10,
    windowSeconds: 60,
    message: 'Trop de tentatives de connexion depuis votre adresse.',
  }),
  loginFailures: (email: string): Limit => ({
    bucket: `login-failures:${email}`,
    max: 5,
    windowSeconds: 15 * 60,
    message: 'Trop de tentatives de connexion échouées pour ce compte.',
  }),
  register: (ip: string): Limit => ({
    bucket: `register:ip:${ip}`,
    max: 10,
    windowSeconds: 3600,
    message: 'Trop de comptes créés depuis votre adresse.',
  }),
};

interface Estimate {
  estimate: number;
  retry: number;
}

/**
 * Sliding-window estimate from two fixed windows: this window's hits plus the previous window's,
 * weighted by how much of it still lies within the last `window` seconds. No burst of twice the
 * limit at a window's edge. The estimate is rounded up: at the edge it never lets one more in.
 */
const ESTIMATE = `
  SELECT (current.hits + coalesce(previous.hits, 0)
           * (1 - extract(epoch FROM now() - current.window_start) / $2))::float8 AS estimate,
         ceil(extract(epoch FROM current.window_start + make_interval(secs => $2) - now()))::int AS retry
  FROM current
  LEFT JOIN rate_limit_hit previous
    ON previous.bucket = $1 AND previous.window_start = current.window_start - make_interval(secs => $2)`;

function rateLimited(limit: Limit, retryAfterSeconds: number): AmendoException {
  const wait =
    retryAfterSeconds < 90 ? `${retryAfterSeconds} s` : `${Math.ceil(retryAfterSeconds / 60)} min`;
  return new AmendoException('RATE_LIMITED', `${limit.message} Réessayez dans ${wait}.`, {
    retryAfter: retryAfterSeconds,
  });
}

/**
 * Fixed-window counters in PostgreSQL (an UNLOGGED table), so that limits hold across API
 * replicas. `AMENDO_RATE_LIMITS=off` turns every limit off (load tests).
 */
@Injectable()
export class RateLimiter {
  private calls = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AMENDO_CONFIG) private readonly config: AmendoConfig,
  ) {}

  get enabled(): boolean {
    return this.config.rateLimits;
  }

  /** Counts one hit; throws RATE_LIMITED (with `retryAfter` seconds) past the limit. */
  async consume(limit: Limit): Promise<void> {
    if (!this.enabled) return;
    const [row] = (await this.dataSource.query(
      `WITH current AS (
         INSERT INTO rate_limit_hit AS r (bucket, window_start, hits)
         VALUES ($1, to_timestamp(floor(extract(epoch FROM now()) / $2) * $2), 1)
         ON CONFLICT (bucket, window_start) DO UPDATE SET hits = r.hits + 1
         RETURNING hits, window_start)
       ${ESTIMATE}`,
      [limit.bucket, limit.windowSeconds],
    )) as Estimate[];
    this.sweepNowAndThen();
    if (row && Math.ceil(row.estimate) > limit.max)
      throw rateLimited(limit, Math.max(1, row.retry));
  }

  /** Throws RATE_LIMITED if the limit is already reached, without counting a hit. */
  async check(limit: Limit): Promise<void> {
    if (!this.enabled) return;
    const [row] = (await this.dataSource.query(
      `WITH current AS (
         SELECT coalesce(max(hits), 0) AS hits, to_timestamp(floor(extract(epoch FROM now()) / $2) * $2) AS window_start
         FROM rate_limit_hit
         WHERE bucket = $1 AND window_start = to_timestamp(floor(extract(epoch FROM now()) / $2) * $2))
       ${ESTIMATE}`,
      [limit.bucket, limit.windowSeconds],
    )) as Estimate[];
    if (row && Math.ceil(row.estimate) >= limit.max)
      throw rateLimited(limit, Math.max(1, row.retry));
  }

  /** Old windows are deleted by every thousandth call, so the table stays small. */
  private sweepNowAndThen(): void {
    this.calls = (this.calls + 1) % 1000;
    if (this.calls !== 0) return;
    void this.dataSource
      .query(`DELETE FROM rate_limit_hit WHERE window_start < now() - interval '1 day'`)
      .catch(() => undefined);
  }
}
