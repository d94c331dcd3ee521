import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Open data: the secret key of each consultation's pseudonyms. Bulk exports never show a
 * participant's id, but a keyed hash of it (the same participant has the same pseudonym in every
 * file of one consultation, a different one in another consultation). The key never leaves the
 * database: exports compute pseudonyms in SQL. 32 bytes from two v4 uuids (244 random bits from
 * PostgreSQL's strong random source, no extension needed).
 */
export class OpenData1765100000000 implements MigrationInterface {
  name = 'OpenData1765100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE open_data_key (
        consultation_id uuid PRIMARY KEY REFERENCES consultation (id),
        secret bytea NOT NULL DEFAULT uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid())
          CHECK (length(secret) >= 16),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`INSERT INTO open_data_key (consultation_id) SELECT id FROM consultation`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE open_data_key`);
  }
}
