import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts: server-side sessions (revocable; only a hash of the token is stored), suspension,
 * and the counters of the rate limits (kept in PostgreSQL so they hold across API replicas).
 */
export class Accounts1764540000000 implements MigrationInterface {
  name = 'Accounts1764540000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE participant ADD COLUMN suspended_until timestamptz`);
    await db.query(
      `ALTER TABLE participant ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`,
    );
    await db.query(`
      CREATE TABLE session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash bytea NOT NULL UNIQUE,
        participant_id uuid NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        user_agent text
      )`);
    await db.query(
      `CREATE INDEX session_participant_idx ON session (participant_id) WHERE revoked_at IS NULL`,
    );
    // Counters only: losing them in a crash merely resets the windows, so no WAL is written.
    await db.query(`
      CREATE UNLOGGED TABLE rate_limit_hit (
        bucket text NOT NULL,
        window_start timestamptz NOT NULL,
        hits integer NOT NULL,
        PRIMARY KEY (bucket, window_start)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE rate_limit_hit`);
    await db.query(`DROP TABLE session`);
    await db.query(`ALTER TABLE participant DROP COLUMN updated_at`);
    await db.query(`ALTER TABLE participant DROP COLUMN suspended_until`);
  }
}
