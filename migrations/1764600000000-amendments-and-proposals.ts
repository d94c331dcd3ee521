import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Amendments (line-level changes to one version of an article, re-anchored onto each new
 * version) and proposals (new articles proposed by participants), each with its public,
 * append-only revisions; the consultation's limit of open amendments per participant and
 * article. The API checks every limit first, with clearer messages; the database backs it.
 */
export class AmendmentsAndProposals1764600000000 implements MigrationInterface {
  name = 'AmendmentsAndProposals1764600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE consultation
        ADD COLUMN max_open_amendments_per_article integer NOT NULL DEFAULT 10
          CONSTRAINT consultation_max_open_amendments_range
          CHECK (max_open_amendments_per_article BETWEEN 1 AND 1000)`);

    await db.query(`
      CREATE TABLE amendment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consultation_id uuid NOT NULL REFERENCES consultation (id),
        article_id uuid NOT NULL REFERENCES article (id),
        base_version_id uuid NOT NULL REFERENCES article_version (id),
        base_version_number integer NOT NULL CHECK (base_version_number > 0),
        line_start integer NOT NULL CHECK (line_start >= 1),
        line_end integer NOT NULL,
        original_text text NOT NULL,
        proposed_text text NOT NULL CHECK (char_length(proposed_text) <= 20000),
        rationale text NOT NULL CHECK (char_length(rationale) BETWEEN 1 AND 5000),
        status text NOT NULL DEFAULT 'OPEN'
          CHECK (status IN ('OPEN', 'INCORPORATED', 'REJECTED', 'WITHDRAWN', 'OUTDATED')),
        author_id uuid REFERENCES participant (id),
        incorporated_in_version_id uuid REFERENCES article_version (id),
        reproposed_from_id uuid UNIQUE REFERENCES amendment (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT amendment_range_order CHECK (line_end >= line_start - 1),
        CONSTRAINT amendment_incorporated_version
          CHECK ((status = 'INCORPORATED') = (incorporated_in_version_id IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX amendment_article_idx ON amendment (article_id, created_at, id)`);
    await db.query(
      `CREATE INDEX amendment_open_idx ON amendment (article_id, author_id) WHERE status = 'OPEN'`,
    );
    await db.query(`CREATE INDEX amendment_author_idx ON amendment (author_id)`);
    await db.query(
      `CREATE INDEX amendment_incorporated_idx ON amendment (incorporated_in_version_id)
       WHERE incorporated_in_version_id IS NOT NULL`,
    );

    await db.query(`
      CREATE TABLE amendment_revision (
        amendment_id uuid NOT NULL REFERENCES amendment (id),
        number integer NOT NULL CHECK (number > 0),
        kind text NOT NULL
          CHECK (kind IN ('CREATED', 'EDITED', 'REANCHORED', 'OUTDATED', 'INCORPORATED', 'WITHDRAWN')),
        base_version_number integer NOT NULL,
        line_start integer NOT NULL,
        line_end integer NOT NULL,
        proposed_text text NOT NULL,
        rationale text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (amendment_id, number)
      )`);

    await db.query(`
      CREATE TABLE proposal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consultation_id uuid NOT NULL REFERENCES consultation (id),
        section_id uuid NOT NULL REFERENCES section (id),
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 50000),
        rationale text NOT NULL CHECK (char_length(rationale) BETWEEN 1 AND 5000),
        status text NOT NULL DEFAULT 'OPEN'
          CHECK (status IN ('OPEN', 'ADOPTED', 'REJECTED', 'WITHDRAWN')),
        author_id uuid REFERENCES participant (id),
        adopted_as_article_id uuid UNIQUE REFERENCES article (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT proposal_adopted_article
          CHECK ((status = 'ADOPTED') = (adopted_as_article_id IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX proposal_section_idx ON proposal (section_id, created_at, id)`);
    await db.query(`CREATE INDEX proposal_author_idx ON proposal (author_id)`);

    await db.query(`
      CREATE TABLE proposal_revision (
        proposal_id uuid NOT NULL REFERENCES proposal (id),
        number integer NOT NULL CHECK (number > 0),
        kind text NOT NULL CHECK (kind IN ('CREATED', 'EDITED', 'WITHDRAWN', 'ADOPTED')),
        title text NOT NULL,
        body text NOT NULL,
        rationale text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (proposal_id, number)
      )`);

    // Revisions are the public history: written once, never changed (as events and versions).
    for (const table of ['amendment_revision', 'proposal_revision']) {
      await db.query(`
        CREATE TRIGGER ${table}_immutable BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION amendo_refuse_change()`);
      await db.query(`
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION amendo_refuse_change()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE proposal_revision`);
    await db.query(`DROP TABLE proposal`);
    await db.query(`DROP TABLE amendment_revision`);
    await db.query(`DROP TABLE amendment`);
    await db.query(`ALTER TABLE consultation DROP COLUMN max_open_amendments_per_article`);
  }
}
