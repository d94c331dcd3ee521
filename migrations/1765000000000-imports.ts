import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Imports from other platforms (a Cap Collectif export first): which of our rows came from which
 * item of which source, so that importing the same file twice changes nothing and the original
 * ids stay known; and imported participants, keyed by their id in the export — pseudonymous,
 * without email or password, so no one can log in as them.
 */
export class Imports1765000000000 implements MigrationInterface {
  name = 'Imports1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE import_source (
        source text NOT NULL CHECK (source ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        -- Where the external ids are unique: the instance of the platform (its host name), as
        -- some ids are small numbers counted per instance.
        scope text NOT NULL CHECK (length(scope) BETWEEN 1 AND 300),
        kind text NOT NULL CHECK (kind ~ '^[a-z]+$'),
        external_id text NOT NULL CHECK (length(external_id) BETWEEN 1 AND 1000),
        entity_id uuid NOT NULL,
        consultation_id uuid REFERENCES consultation (id),
        imported_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (source, scope, kind, external_id)
      )`);
    await db.query(`CREATE INDEX import_source_entity_idx ON import_source (entity_id)`);
    await db.query(
      `CREATE INDEX import_source_consultation_idx ON import_source (consultation_id, kind)`,
    );
    await db.query(`
      ALTER TABLE participant
        ADD COLUMN imported_key text CONSTRAINT participant_imported_key UNIQUE
          CHECK (length(imported_key) BETWEEN 1 AND 1000),
        ADD CONSTRAINT participant_imported_without_login
          CHECK (imported_key IS NULL OR (email IS NULL AND password_hash IS NULL))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE participant
        DROP CONSTRAINT participant_imported_without_login,
        DROP COLUMN imported_key`);
    await db.query(`DROP TABLE import_source`);
  }
}
