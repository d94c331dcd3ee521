import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Participant history: a participant's page reads their events (contributions created, votes
 * counted per day) by actor, and the official responses published on their contributions by the
 * target global id that each `response.published` event names. Two indexes keep both reads off
 * a full scan of the event log.
 */
export class ParticipantHistory1765420000000 implements MigrationInterface {
  name = 'ParticipantHistory1765420000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX event_actor_idx ON event (actor_id, type, seq) WHERE actor_id IS NOT NULL`,
    );
    await db.query(
      `CREATE INDEX event_response_target_idx ON event ((payload->>'target'))
       WHERE type = 'response.published'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX event_response_target_idx`);
    await db.query(`DROP INDEX event_actor_idx`);
  }
}
