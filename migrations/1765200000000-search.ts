import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The searchable tables and the text each one is searched by (weights: A title, B body, C rationale). */
const DOCUMENTS: readonly { table: string; document: string }[] = [
  { table: 'article_version', document: `setweight(%s(text), 'B')` },
  {
    table: 'amendment',
    document: `setweight(%s(proposed_text), 'B') || setweight(%s(rationale), 'C')`,
  },
  {
    table: 'proposal',
    document: `setweight(%s(title), 'A') || setweight(%s(body), 'B') || setweight(%s(rationale), 'C')`,
  },
  { table: 'argument', document: `setweight(%s(body), 'B')` },
];

/**
 * Full-text search over article versions (current and past), amendments, proposals and
 * arguments. Two text search configurations, both accent-insensitive (`unaccent` before the
 * other dictionaries): `amendo_french` stems French words ("données personnelles" finds "donnée
 * à caractère personnel"), `amendo_simple` keeps whole words, for prefix search ("numériq*").
 * Each table gets a stored generated `search_vector` (French lexemes, then the whole words) and a
 * GIN index. `to_tsvector(regconfig, text)` is IMMUTABLE, which generated columns require —
 * `unaccent()` itself is not, so it is only ever used as a dictionary of the configurations.
 */
export class Search1765200000000 implements MigrationInterface {
  name = 'Search1765200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await db.query(`CREATE TEXT SEARCH CONFIGURATION amendo_french (COPY = pg_catalog.french)`);
    await db.query(`
      ALTER TEXT SEARCH CONFIGURATION amendo_french
        ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem`);
    await db.query(`CREATE TEXT SEARCH CONFIGURATION amendo_simple (COPY = pg_catalog.simple)`);
    await db.query(`
      ALTER TEXT SEARCH CONFIGURATION amendo_simple
        ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple`);
    for (const { table, document } of DOCUMENTS) {
      const french = document.replaceAll('%s(', `to_tsvector('amendo_french'::regconfig, `);
      const simple = document.replaceAll('%s(', `to_tsvector('amendo_simple'::regconfig, `);
      await db.query(`
        ALTER TABLE ${table} ADD COLUMN search_vector tsvector
          GENERATED ALWAYS AS ((${french}) || (${simple})) STORED`);
      await db.query(`CREATE INDEX ${table}_search_idx ON ${table} USING gin (search_vector)`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const { table } of DOCUMENTS) {
      await db.query(`DROP INDEX ${table}_search_idx`);
      await db.query(`ALTER TABLE ${table} DROP COLUMN search_vector`);
    }
    await db.query(`DROP TEXT SEARCH CONFIGURATION amendo_simple`);
    await db.query(`DROP TEXT SEARCH CONFIGURATION amendo_french`);
    await db.query(`DROP EXTENSION IF EXISTS unaccent`);
  }
}
