import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

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

/**
 * Appends events to the log. Always called with the caller's transaction manager, so a write
 * and its event commit (or fail) together; nothing ever updates or deletes an event.
 */
@Injectable()
export class EventLog {
  async append(manager: EntityManager, event: NewEvent): Promise<void> {
    await manager.query(
      `INSERT INTO event (type, actor_id, subject_type, subject_id, article_id, consultation_id, payload)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        event.type,
        event.actorId ?? null,
        event.subjectType,
        event.subjectId,
        event.articleId ?? null,
        event.consultationId ?? null,
        JSON.stringify(event.payload ?? {}),
      ],
    );
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
}
