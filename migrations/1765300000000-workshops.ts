import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Workshops: the physical workshops a region runs beside the online consultation. A facilitator
 * records one (title, place, day, number of participants) and enters the contributions collected
 * there on its behalf: `workshop_id` on amendments, proposals and arguments says so (null for
 * everything written online). The author of such a contribution is the facilitator who entered it.
 */
export class Workshops1765300000000 implements MigrationInterface {
  name = 'Workshops1765300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE workshop (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consultation_id uuid NOT NULL REFERENCES consultation (id),
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        place text NOT NULL CHECK (char_length(place) BETWEEN 1 AND 200),
        held_on date NOT NULL,
        participant_count integer NOT NULL CHECK (participant_count BETWEEN 1 AND 10000),
        facilitator_id uuid REFERENCES participant (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX workshop_consultation_idx ON workshop (consultation_id, held_on, created_at, id)`,
    );
    await db.query(`CREATE INDEX workshop_facilitator_idx ON workshop (facilitator_id)`);
    for (const table of ['amendment', 'proposal', 'argument']) {
      await db.query(`ALTER TABLE ${table} ADD COLUMN workshop_id uuid REFERENCES workshop (id)`);
      await db.query(
        `CREATE INDEX ${table}_workshop_idx ON ${table} (workshop_id) WHERE workshop_id IS NOT NULL`,
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['argument', 'proposal', 'amendment']) {
      await db.query(`ALTER TABLE ${table} DROP COLUMN workshop_id`);
    }
    await db.query(`DROP TABLE workshop`);
  }
}
