import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The consultation's phase settings (what the OPEN phase allows, read through `rulesFor`) and the
 * limits of the plan's texts, also checked by the API with clearer messages.
 */
export class PhaseSettingsAndPlanLimits1764532800000 implements MigrationInterface {
  name = 'PhaseSettingsAndPlanLimits1764532800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE consultation
        ADD COLUMN amendments_open boolean NOT NULL DEFAULT true,
        ADD COLUMN proposals_open boolean NOT NULL DEFAULT true,
        ADD COLUMN votes_open boolean NOT NULL DEFAULT true,
        ADD COLUMN arguments_open boolean NOT NULL DEFAULT true,
        ADD CONSTRAINT consultation_title_length CHECK (char_length(title) BETWEEN 1 AND 200),
        ADD CONSTRAINT consultation_summary_length CHECK (char_length(summary) <= 10000),
        ADD CONSTRAINT consultation_answered_after_close
          CHECK (answered_at IS NULL OR (closes_at IS NOT NULL AND answered_at >= closes_at))`);
    await db.query(`
      ALTER TABLE section
        ADD CONSTRAINT section_title_length CHECK (char_length(title) BETWEEN 1 AND 200),
        ADD CONSTRAINT section_position_positive CHECK (position > 0)`);
    await db.query(`
      ALTER TABLE article
        ADD CONSTRAINT article_title_length CHECK (char_length(title) BETWEEN 1 AND 300),
        ADD CONSTRAINT article_position_positive CHECK (position > 0)`);
    // Versions are immutable: adding a check scans them once and changes none.
    await db.query(`
      ALTER TABLE article_version
        ADD CONSTRAINT article_version_text_length CHECK (char_length(text) BETWEEN 1 AND 100000),
        ADD CONSTRAINT article_version_changelog_length CHECK (char_length(changelog) <= 2000)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE article_version
        DROP CONSTRAINT article_version_changelog_length,
        DROP CONSTRAINT article_version_text_length`);
    await db.query(`
      ALTER TABLE article
        DROP CONSTRAINT article_position_positive,
        DROP CONSTRAINT article_title_length`);
    await db.query(`
      ALTER TABLE section
        DROP CONSTRAINT section_position_positive,
        DROP CONSTRAINT section_title_length`);
    await db.query(`
      ALTER TABLE consultation
        DROP CONSTRAINT consultation_answered_after_close,
        DROP CONSTRAINT consultation_summary_length,
        DROP CONSTRAINT consultation_title_length,
        DROP COLUMN arguments_open,
        DROP COLUMN votes_open,
        DROP COLUMN proposals_open,
        DROP COLUMN amendments_open`);
  }
}
