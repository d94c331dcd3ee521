import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { type ConsultationSummary, dataPackage } from '../datapackage.js';
import { copySql, type Dataset, type Format, type Scope } from '../datasets.js';
import { OpenDataException } from '../open-data.exception.js';

/** A consultation slug as the database allows it (anything else cannot exist). */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** How many exports may stream at once (each holds one connection for its whole length). */
const EXPORT_CONNECTIONS = Number(process.env.AMENDO_EXPORT_POOL ?? 4);

export interface ExportedConsultation extends ConsultationSummary {
  readonly id: string;
}

/** A running COPY: pipe `stream`, then call `release` (with the error, if any) exactly once. */
export interface ExportStream {
  readonly stream: Readable;
  release(error?: Error): void;
}

/** The scope of one consultation's SQL: its id and its pseudonym key, both read in SQL. */
function scopeOf(consultationId: string): Scope {
  if (!UUID.test(consultationId)) throw new Error(`not a uuid: ${consultationId}`);
  const consultation = `'${consultationId}'::uuid`;
  const key = `(SELECT k.secret FROM open_data_key k WHERE k.consultation_id = ${consultation})`;
  return {
    consultation,
    // A keyed SHA-256 of the participant's id (null stays null); the key never leaves PostgreSQL.
    pseudonym: (column) => `substr(encode(sha256(${key} || uuid_send(${column})), 'hex'), 1, 32)`,
  };
}

/**
 * Bulk exports of a consultation, streamed from PostgreSQL with `COPY … TO STDOUT`: the rows go
 * from the database socket to the HTTP response with backpressure, so memory stays flat whatever
 * the size. Exports use a small pool of their own, so long downloads never starve the API's pool.
 */
@Injectable()
export class OpenDataService implements OnModuleDestroy {
  private readonly logger = new Logger(OpenDataService.name);
  private pool: pg.Pool | undefined;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onModuleDestroy(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.end();
  }

  /** Every consultation, with the address of its data package (relative to `/open-data/`). */
  async catalog(): Promise<{ slug: string; title: string; datapackage: string }[]> {
    const rows = (await this.dataSource.query(
      `SELECT slug, title FROM consultation ORDER BY created_at DESC, id`,
    )) as { slug: string; title: string }[];
    return rows.map((row) => ({ ...row, datapackage: `${row.slug}/datapackage.json` }));
  }

  /** The consultation of a slug (NOT_FOUND otherwise), its pseudonym key created if missing. */
  async consultation(slug: string): Promise<ExportedConsultation> {
    if (slug.length > 200 || !SLUG.test(slug)) throw OpenDataException.unknownConsultation();
    const [row] = (await this.dataSource.query(
      `SELECT c.id, c.slug, c.title, c.summary, k.consultation_id IS NOT NULL AS keyed
       FROM consultation c LEFT JOIN open_data_key k ON k.consultation_id = c.id
       WHERE c.slug = $1`,
      [slug],
    )) as (ExportedConsultation & { keyed: boolean })[];
    if (!row) throw OpenDataException.unknownConsultation();
    if (!row.keyed) {
      await this.dataSource.query(
        `INSERT INTO open_data_key (consultation_id) VALUES ($1) ON CONFLICT DO NOTHING`,
        [row.id],
      );
    }
    return { id: row.id, slug: row.slug, title: row.title, summary: row.summary };
  }

  dataPackage(consultation: ExportedConsultation): Record<string, unknown> {
    return dataPackage(consultation);
  }

  /**
   * Starts the COPY of a dataset and waits for its first bytes (or its end), so that a failing
   * statement is an error before any header is sent, not a truncated file.
   */
  async open(
    consultation: ExportedConsultation,
    dataset: Dataset,
    format: Format,
  ): Promise<ExportStream> {
    const client = await this.connect();
    let released = false;
    const release = (error?: Error): void => {
      if (released) return;
      released = true;
      // A connection whose COPY did not finish is closed, not returned to the pool.
      client.release(error ?? false);
    };
    try {
      const stream = client.query(copyTo(copySql(dataset, format, scopeOf(consultation.id))));
      await once(stream, 'readable');
      return { stream, release };
    } catch (error) {
      release(error as Error);
      throw error;
    }
  }

  private async connect(): Promise<pg.PoolClient> {
    if (!this.pool) {
      // The app's DataSource is built from a database URL (see database/data-source.ts).
      const options = this.dataSource.options as { readonly url?: string };
      this.pool = new pg.Pool({
        connectionString: options.url,
        max: EXPORT_CONNECTIONS,
        connectionTimeoutMillis: 20_000,
        idleTimeoutMillis: 10_000,
        application_name: 'amendo-open-data',
      });
      this.pool.on('error', (error) =>
        this.logger.warn(`idle export connection: ${error.message}`),
      );
    }
    try {
      return await this.pool.connect();
    } catch (error) {
      if (/timeout/i.test((error as Error).message)) throw OpenDataException.busy();
      throw error;
    }
  }
}
