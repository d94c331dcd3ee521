import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The foundation: participants, the consultation's plan (consultations, sections, articles,
 * immutable article versions) and the append-only event log every write appends to.
 */
export class Foundation1764446400000 implements MigrationInterface {
  name = 'Foundation1764446400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE participant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 80),
        email text,
        password_hash text,
        roles text[] NOT NULL DEFAULT '{CITIZEN}',
        official_title text,
        created_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz
      )`);
    await db.query(`CREATE UNIQUE INDEX participant_email_key ON participant (lower(email))`);

    await db.query(`
      CREATE TABLE consultation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        title text NOT NULL,
        summary text NOT NULL DEFAULT '',
        opens_at timestamptz,
        closes_at timestamptz,
        answered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (closes_at IS NULL OR opens_at IS NULL OR closes_at > opens_at)
      )`);

    await db.query(`
      CREATE TABLE section (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consultation_id uuid NOT NULL REFERENCES consultation (id),
        title text NOT NULL,
        position integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT section_position_key UNIQUE (consultation_id, position) DEFERRABLE INITIALLY DEFERRED
      )`);

    await db.query(`
      CREATE TABLE article (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consultation_id uuid NOT NULL REFERENCES consultation (id),
        section_id uuid NOT NULL REFERENCES section (id),
        number integer NOT NULL CHECK (number > 0),
        title text NOT NULL,
        position integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT article_number_key UNIQUE (consultation_id, number) DEFERRABLE INITIALLY DEFERRED
      )`);
    await db.query(`CREATE INDEX article_section_idx ON article (section_id, position)`);

    await db.query(`
      CREATE TABLE article_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        article_id uuid NOT NULL REFERENCES article (id),
        number integer NOT NULL CHECK (number > 0),
        text text NOT NULL,
        changelog text NOT NULL DEFAULT '',
        published_at timestamptz NOT NULL DEFAULT now(),
        published_by uuid REFERENCES participant (id),
        CONSTRAINT article_version_number_key UNIQUE (article_id, number)
      )`);

    await db.query(`
      CREATE TABLE event (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
        occurred_at timestamptz NOT NULL DEFAULT now(),
        type text NOT NULL,
        actor_id uuid REFERENCES participant (id),
        subject_type text NOT NULL,
        subject_id uuid NOT NULL,
        article_id uuid,
        consultation_id uuid,
        payload jsonb NOT NULL DEFAULT '{}'
      )`);
    await db.query(`CREATE INDEX event_subject_idx ON event (subject_id, seq)`);
    await db.query(
      `CREATE INDEX event_article_idx ON event (article_id, seq) WHERE article_id IS NOT NULL`,
    );
    await db.query(
      `CREATE INDEX event_consultation_idx ON event (consultation_id, seq) WHERE consultation_id IS NOT NULL`,
    );

    // Events and article versions are written once and never changed: the database says so.
    await db.query(`
      CREATE FUNCTION amendo_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'rows of % are immutable (% refused)', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'restrict_violation';
      END $$`);
    for (const table of ['event', 'article_version']) {
      await db.query(`
        CREATE TRIGGER ${table}_immutable BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION amendo_refuse_change()`);
      await db.query(`
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION amendo_refuse_change()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE event`);
    await db.query(`DROP TABLE article_version`);
    await db.query(`DROP FUNCTION amendo_refuse_change()`);
    await db.query(`DROP TABLE article`);
    await db.query(`DROP TABLE section`);
    await db.query(`DROP TABLE consultation`);
    await db.query(`DROP TABLE participant`);
  }
}
