import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Moderation in the open: reports, actions with a statement of reasons (the public log), one
 * appeal per action decided by another moderator, and the moderation state of contributions
 * (hidden ones stay in place as tombstones; nothing is ever deleted).
 */
export class Moderation1764900000000 implements MigrationInterface {
  name = 'Moderation1764900000000';

  async up(db: QueryRunner): Promise<void> {
    const REASONS = `('SPAM', 'OFFENSIVE', 'HARASSMENT', 'OFF_TOPIC', 'PERSONAL_DATA', 'MISINFORMATION', 'OTHER')`;
    await db.query(`
      CREATE TABLE moderation_settings (
        consultation_id uuid PRIMARY KEY REFERENCES consultation (id),
        auto_hide_threshold integer NOT NULL DEFAULT 3 CHECK (auto_hide_threshold BETWEEN 1 AND 1000),
        reporter_min_account_days integer NOT NULL DEFAULT 0 CHECK (reporter_min_account_days BETWEEN 0 AND 3650)
      )`);
    await db.query(`
      CREATE TABLE moderation_action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('HIDE', 'RESTORE', 'DISMISS_REPORTS', 'SUSPEND', 'REINSTATE')),
        target_id uuid,
        target_kind text,
        participant_id uuid REFERENCES participant (id),
        consultation_id uuid REFERENCES consultation (id),
        moderator_id uuid REFERENCES participant (id),
        automatic boolean NOT NULL DEFAULT false,
        reason_category text NOT NULL CHECK (reason_category IN ${REASONS}),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 5000),
        suspended_until timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (CASE WHEN kind IN ('SUSPEND', 'REINSTATE') THEN participant_id IS NOT NULL AND target_id IS NULL
                    ELSE target_id IS NOT NULL END)
      )`);
    await db.query(
      `CREATE INDEX moderation_action_log_idx ON moderation_action (consultation_id, created_at DESC, id DESC)`,
    );
    await db.query(
      `CREATE INDEX moderation_action_target_idx ON moderation_action (target_id, created_at)`,
    );
    await db.query(`
      CREATE TABLE moderation_state (
        target_id uuid PRIMARY KEY,
        target_kind text NOT NULL,
        hidden boolean NOT NULL,
        action_id uuid NOT NULL REFERENCES moderation_action (id),
        hidden_at timestamptz
      )`);
    await db.query(`
      CREATE TABLE report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        target_id uuid NOT NULL,
        target_kind text NOT NULL,
        consultation_id uuid NOT NULL REFERENCES consultation (id),
        reporter_id uuid NOT NULL REFERENCES participant (id),
        reason text NOT NULL CHECK (reason IN ${REASONS}),
        details text CHECK (length(details) <= 2000),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'UPHELD', 'DISMISSED')),
        resolved_by uuid REFERENCES moderation_action (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT report_once_per_reporter UNIQUE (target_id, reporter_id)
      )`);
    await db.query(`CREATE INDEX report_queue_idx ON report (status, target_id)`);
    await db.query(`
      CREATE TABLE appeal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        action_id uuid NOT NULL UNIQUE REFERENCES moderation_action (id),
        appellant_id uuid NOT NULL REFERENCES participant (id),
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'GRANTED', 'DENIED')),
        decided_by uuid REFERENCES participant (id),
        decision_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'appeal',
      'report',
      'moderation_state',
      'moderation_action',
      'moderation_settings',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
