import { migrations } from '@amendo/migrations';
import pg from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { AmendmentRevisionEntity } from '../amendments/entities/amendment-revision.entity.js';
import { AmendmentEntity } from '../amendments/entities/amendment.entity.js';
import { ProposalRevisionEntity } from '../amendments/entities/proposal-revision.entity.js';
import { ProposalEntity } from '../amendments/entities/proposal.entity.js';
import { ArticleVersionEntity } from '../consultations/entities/article-version.entity.js';
import { ArticleEntity } from '../consultations/entities/article.entity.js';
import { ConsultationEntity } from '../consultations/entities/consultation.entity.js';
import { SectionEntity } from '../consultations/entities/section.entity.js';
import { EventEntity } from '../history/entities/event.entity.js';
import { ParticipantEntity } from '../identity/entities/participant.entity.js';
import { WorkshopEntity } from '../workshops/entities/workshop.entity.js';

export const entities = [
  ParticipantEntity,
  ConsultationEntity,
  SectionEntity,
  ArticleEntity,
  ArticleVersionEntity,
  EventEntity,
  AmendmentEntity,
  AmendmentRevisionEntity,
  ProposalEntity,
  ProposalRevisionEntity,
  WorkshopEntity,
];

/** TypeORM options for a database URL: migrations only, `synchronize` never on. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: { max: Number(process.env.AMENDO_DB_POOL ?? 20), application_name: 'amendo' },
  };
}

/** Any 64-bit number of our own, so that two replicas never migrate at once. */
const MIGRATION_LOCK = 7_201_526_100;

/**
 * Runs pending migrations under an advisory lock (safe with several API replicas starting
 * together). Returns the names of the migrations it applied.
 */
export async function migrate(url: string): Promise<string[]> {
  const lock = new pg.Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const dataSource = new DataSource(dataSourceOptions(url));
    await dataSource.initialize();
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((migration) => migration.name);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.end();
  }
}
