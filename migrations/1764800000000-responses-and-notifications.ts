import type { MigrationInterface, QueryRunner } from 'typeorm';

const DECISIONS = `('ACCEPTED', 'PARTIALLY_ACCEPTED', 'REJECTED', 'UNDER_STUDY', 'NOTED')`;
const KINDS = `('OFFICIAL_RESPONSE', 'AMENDMENT_INCORPORATED', 'AMENDMENT_REJECTED', 'AMENDMENT_OUTDATED', 'CONTRIBUTION_HIDDEN')`;

/**
 * Official responses (drafts, then published and never deleted: each published state is a
 * public, immutable revision), the consultation's response policy and the set of obligations
 * frozen at its close; notifications (in-app inbox, email preferences, the mail outbox
 * delivered by a worker, and the worker's cursor on the event log).
 */
export class ResponsesAndNotifications1764800000000 implements MigrationInterface {
  name = 'ResponsesAndNotifications1764800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE official_response (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        target_id uuid NOT NULL,
        target_kind text NOT NULL
          CHECK (target_kind IN ('Article', 'Amendment', 'Proposal', 'Argument')),
        consultation_id uuid NOT NULL REFERENCES consultation (id),
        article_id uuid REFERENCES article (id),
        official_id uuid NOT NULL REFERENCES participant (id),
        official_name text NOT NULL CHECK (char_length(official_name) BETWEEN 1 AND 80),
        official_title text NOT NULL CHECK (char_length(official_title) BETWEEN 1 AND 300),
        decision text NOT NULL CHECK (decision IN ${DECISIONS}),
        body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 20000),
        status text NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
        revision_count integer NOT NULL DEFAULT 0 CHECK (revision_count >= 0),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        published_at timestamptz,
        CONSTRAINT official_response_published_at
          CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL AND revision_count > 0)),
        CONSTRAINT official_response_once_per_official UNIQUE (target_id, official_id)
      )`);
    await db.query(
      `CREATE INDEX official_response_published_idx ON official_response (target_id, published_at)
       WHERE status = 'PUBLISHED'`,
    );
    await db.query(
      `CREATE INDEX official_response_consultation_idx ON official_response (consultation_id)
       WHERE status = 'PUBLISHED'`,
    );
    // A published response is never deleted nor turned back into a draft: the database says so.
    await db.query(`
      CREATE FUNCTION amendo_keep_published_response() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR NEW.status <> 'PUBLISHED' THEN
          RAISE EXCEPTION 'a published official response is never deleted or unpublished'
            USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER official_response_keep_published BEFORE UPDATE OR DELETE ON official_response
      FOR EACH ROW WHEN (OLD.status = 'PUBLISHED') EXECUTE FUNCTION amendo_keep_published_response()`);

    await db.query(`
      CREATE TABLE official_response_revision (
        response_id uuid NOT NULL REFERENCES official_response (id),
        number integer NOT NULL CHECK (number > 0),
        decision text NOT NULL CHECK (decision IN ${DECISIONS}),
        body text NOT NULL,
        official_title text NOT NULL,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (response_id, number)
      )`);
    await db.query(`
      CREATE TRIGGER official_response_revision_immutable BEFORE UPDATE OR DELETE ON official_response_revision
      FOR EACH ROW EXECUTE FUNCTION amendo_refuse_change()`);
    await db.query(`
      CREATE TRIGGER official_response_revision_no_truncate BEFORE TRUNCATE ON official_response_revision
      FOR EACH STATEMENT EXECUTE FUNCTION amendo_refuse_change()`);

    await db.query(`
      CREATE TABLE response_policy (
        consultation_id uuid PRIMARY KEY REFERENCES consultation (id),
        min_votes integer CHECK (min_votes BETWEEN 0 AND 1000000),
        top_per_article integer CHECK (top_per_article BETWEEN 0 AND 100),
        deadline_days integer CHECK (deadline_days BETWEEN 0 AND 365),
        updated_at timestamptz NOT NULL,
        updated_by uuid REFERENCES participant (id),
        frozen_at timestamptz,
        frozen_closes_at timestamptz,
        CHECK ((frozen_at IS NULL) = (frozen_closes_at IS NULL))
      )`);
    await db.query(`
      CREATE TABLE response_obligation (
        consultation_id uuid NOT NULL REFERENCES response_policy (consultation_id),
        target_id uuid NOT NULL,
        target_kind text NOT NULL CHECK (target_kind IN ('Amendment', 'Proposal', 'Argument')),
        article_id uuid,
        target_created_at timestamptz NOT NULL,
        votes integer NOT NULL,
        agree integer NOT NULL,
        by_votes boolean NOT NULL,
        by_rank boolean NOT NULL,
        due_at timestamptz,
        PRIMARY KEY (consultation_id, target_id)
      )`);

    await db.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        participant_id uuid NOT NULL REFERENCES participant (id),
        kind text NOT NULL CHECK (kind IN ${KINDS}),
        subject_type text,
        subject_id uuid,
        source_key text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL,
        read_at timestamptz,
        CONSTRAINT notification_once_per_source UNIQUE (participant_id, source_key)
      )`);
    await db.query(
      `CREATE INDEX notification_inbox_idx ON notification (participant_id, created_at DESC, id DESC)`,
    );
    await db.query(
      `CREATE INDEX notification_unread_idx ON notification (participant_id) WHERE read_at IS NULL`,
    );
    await db.query(`
      CREATE TABLE notification_preference (
        participant_id uuid NOT NULL REFERENCES participant (id),
        kind text NOT NULL CHECK (kind IN ${KINDS}),
        email boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (participant_id, kind)
      )`);
    await db.query(`
      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        notification_id uuid UNIQUE REFERENCES notification (id),
        participant_id uuid NOT NULL REFERENCES participant (id),
        subject text NOT NULL,
        body text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING'
          CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'CANCELLED')),
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_at timestamptz NOT NULL,
        last_error text,
        transport text CHECK (transport IN ('smtp', 'log')),
        message_id text,
        created_at timestamptz NOT NULL,
        sent_at timestamptz,
        CHECK ((status = 'SENT') = (sent_at IS NOT NULL AND transport IS NOT NULL))
      )`);
    await db.query(
      `CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at, id) WHERE status = 'PENDING'`,
    );
    // Where the notification worker is in the event log (see EventNotifier): events appended
    // before this migration are history, not news.
    await db.query(`
      CREATE TABLE notification_cursor (
        name text PRIMARY KEY,
        last_seq bigint NOT NULL,
        gap_seq bigint,
        gap_horizon xid8,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `INSERT INTO notification_cursor (name, last_seq)
       SELECT 'events', COALESCE(max(seq), 0) FROM event`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'notification_cursor',
      'mail_outbox',
      'notification_preference',
      'notification',
      'response_obligation',
      'response_policy',
      'official_response_revision',
      'official_response',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DROP FUNCTION amendo_keep_published_response()`);
  }
}
