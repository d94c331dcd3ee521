import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deliberation: votes (one per participant and target, a primary key) with exact tallies kept
 * in counter rows updated in the same transaction; arguments for/against with "convincing"
 * marks; sources. Targets are any contribution, by uuid and kind (see the target registry).
 */
export class Deliberation1764700000000 implements MigrationInterface {
  name = 'Deliberation1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE vote (
        target_id uuid NOT NULL,
        participant_id uuid NOT NULL REFERENCES participant (id),
        target_kind text NOT NULL,
        value text NOT NULL CHECK (value IN ('AGREE', 'MIXED', 'DISAGREE')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (target_id, participant_id)
      )`);
    await db.query(`CREATE INDEX vote_participant_idx ON vote (participant_id)`);
    await db.query(`
      CREATE TABLE vote_tally (
        target_id uuid PRIMARY KEY,
        target_kind text NOT NULL,
        agree integer NOT NULL DEFAULT 0 CHECK (agree >= 0),
        mixed integer NOT NULL DEFAULT 0 CHECK (mixed >= 0),
        disagree integer NOT NULL DEFAULT 0 CHECK (disagree >= 0)
      )`);

    await db.query(`
      CREATE TABLE argument (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        target_id uuid NOT NULL,
        target_kind text NOT NULL,
        consultation_id uuid NOT NULL REFERENCES consultation (id),
        article_id uuid REFERENCES article (id),
        stance text NOT NULL CHECK (stance IN ('FOR', 'AGAINST')),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
        author_id uuid REFERENCES participant (id),
        convincing_count integer NOT NULL DEFAULT 0 CHECK (convincing_count >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX argument_target_idx ON argument (target_id, stance, created_at, id)`,
    );
    await db.query(`CREATE INDEX argument_author_idx ON argument (author_id)`);
    await db.query(`
      CREATE TABLE argument_convincing (
        argument_id uuid NOT NULL REFERENCES argument (id),
        participant_id uuid NOT NULL REFERENCES participant (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (argument_id, participant_id)
      )`);

    await db.query(`
      CREATE TABLE source (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        target_id uuid NOT NULL,
        target_kind text NOT NULL,
        consultation_id uuid NOT NULL REFERENCES consultation (id),
        article_id uuid REFERENCES article (id),
        url text NOT NULL CHECK (url ~ '^https?://' AND length(url) <= 2000),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        description text CHECK (length(description) <= 2000),
        author_id uuid REFERENCES participant (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX source_target_idx ON source (target_id, created_at, id)`);
    await db.query(`CREATE UNIQUE INDEX source_url_per_target_key ON source (target_id, url)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE source`);
    await db.query(`DROP TABLE argument_convincing`);
    await db.query(`DROP TABLE argument`);
    await db.query(`DROP TABLE vote_tally`);
    await db.query(`DROP TABLE vote`);
  }
}
