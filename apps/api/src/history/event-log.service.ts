import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { groupByKey } from '../common/loaders.js';

/** What a write records: its type (`article.version.published`, …), who did it, to what. */
export interface NewEvent {
  readonly type: string;
  readonly actorId?: string | null;
  readonly subjectType: string;
  readonly subjectId: string;
  readonly articleId?: string | null;
  readonly consultationId?: string | null;
  readonly payload?: Record<string, unknown>;
}

/** An event as read back: when, what, and the facts it recorded. */
export interface StoredEvent {
  readonly seq: string;
  readonly type: string;
  readonly subjectId: string;
  readonly occurredAt: Date;
  readonly payload: Record<string, unknown>;
}

/** The INSERT of one event, its seven parameters numbered from `$first`. */
function insertEvent(first: number): string {
  const values = Array.from({ length: 7 }, (_, index) => `$${first + index}`);
  return `INSERT INTO event (type, actor_id, subject_type, subject_id, article_id, consultation_id, payload)
       VALUES (${values.join(', ')})`;
}

function eventParams(event: NewEvent): unknown[] {
  return [
    event.type,
    event.actorId ?? null,
    event.subjectType,
    event.subjectId,
    event.articleId ?? null,
    event.consultationId ?? null,
    JSON.stringify(event.payload ?? {}),
  ];
}

/**
 * Appends events to the log. Always called with the caller's transaction manager, so a write
 * and its event commit (or fail) together; nothing ever updates or deletes an event.
 */
@Injectable()
export class EventLog {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async append(manager: EntityManager, event: NewEvent): Promise<void> {
    await manager.query(insertEvent(1), eventParams(event));
  }

  /**
   * Runs a write and appends its event in one statement (one round trip): `statement`, with its
   * `params` numbered from `$1`, may be preceded by data-modifying CTEs (`with`: `name AS (…)`).
   * The rows `statement` returns are returned.
   */
  async appendWith<R>(
    manager: EntityManager,
    event: NewEvent,
    write: { readonly with?: readonly string[]; statement: string; params: readonly unknown[] },
  ): Promise<R[]> {
    const ctes = [
      `appended_event AS (${insertEvent(write.params.length + 1)})`,
      ...(write.with ?? []),
    ];
    return (await manager.query(`WITH ${ctes.join(', ')} ${write.statement}`, [
      ...write.params,
      ...eventParams(event),
    ])) as R[];
  }

  /** Appends several events in one statement, in order (bulk writes such as an import). */
  async appendAll(manager: EntityManager, events: readonly NewEvent[]): Promise<void> {
    if (events.length === 0) return;
    await manager.query(
      `INSERT INTO event (type, actor_id, subject_type, subject_id, article_id, consultation_id, payload)
       SELECT * FROM unnest($1::text[], $2::uuid[], $3::text[], $4::uuid[], $5::uuid[], $6::uuid[], $7::jsonb[])`,
      [
        events.map((event) => event.type),
        events.map((event) => event.actorId ?? null),
        events.map((event) => event.subjectType),
        events.map((event) => event.subjectId),
        events.map((event) => event.articleId ?? null),
        events.map((event) => event.consultationId ?? null),
        events.map((event) => JSON.stringify(event.payload ?? {})),
      ],
    );
  }

  /**
   * Batch: the events of `types` about each subject, oldest first — what a context needs to
   * show the history of its own contributions (their revisions, say).
   */
  async about(subjectIds: readonly string[], types: readonly string[]): Promise<StoredEvent[][]> {
    const rows = (await this.dataSource.query(
      `SELECT seq::text AS seq, type, subject_id AS "subjectId", occurred_at AS "occurredAt", payload
       FROM event WHERE subject_id = ANY($1::uuid[]) AND type = ANY($2::text[]) ORDER BY seq`,
      [subjectIds, types],
    )) as StoredEvent[];
    return groupByKey(subjectIds, rows, (row) => row.subjectId);
  }
}
