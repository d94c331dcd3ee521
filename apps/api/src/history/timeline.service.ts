import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { encodeCursor, decodeCursor, type ConnectionShape } from '../common/pagination.js';
import { type TimelineArgs, TimelineEvent } from './dto/timeline.types.js';

/** Events whose actor is public (the author of a public contribution); others show no actor. */
const PUBLIC_ACTOR = /^(amendment|proposal|argument|source|article\.version)\./;

interface Row {
  seq: string;
  id: string | null;
  occurred_at: Date;
  type: string;
  actor_id: string | null;
  subject_type: string;
  subject_id: string;
  count: number;
}

/**
 * Everything that happened to an article, newest first, from the append-only event log. Vote
 * events are aggregated per day (Paris time) and type, so 100,000 votes stay readable and no
 * vote is attributed to anyone.
 */
@Injectable()
export class TimelineService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async ofArticle(
    articleUuid: string,
    args: TimelineArgs,
  ): Promise<ConnectionShape<TimelineEvent>> {
    const [before] = args.after ? (decodeCursor(args.after, 1) as [string]) : [null];
    const types = args.types?.length ? args.types : null;
    const items = `
      SELECT seq, id, occurred_at, type, actor_id, subject_type, subject_id, 1 AS count
      FROM event WHERE article_id = $1 AND type NOT LIKE 'vote.%'
      UNION ALL
      SELECT max(seq), NULL, max(occurred_at), type, NULL, 'Article', $1, count(*)::int
      FROM event WHERE article_id = $1 AND type LIKE 'vote.%'
      GROUP BY (occurred_at AT TIME ZONE 'Europe/Paris')::date, type`;
    const rows = (await this.dataSource.query(
      `SELECT * FROM (${items}) items
       WHERE ($2::bigint IS NULL OR seq < $2::bigint) AND ($3::text[] IS NULL OR type = ANY($3::text[]))
       ORDER BY seq DESC LIMIT ${args.first + 1}`,
      [articleUuid, before, types],
    )) as Row[];
    const [{ n }] = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM (${items}) items WHERE ($2::text[] IS NULL OR type = ANY($2::text[]))`,
      [articleUuid, types],
    )) as [{ n: number }];
    const edges = rows
      .slice(0, args.first)
      .map((row) => ({ cursor: encodeCursor([row.seq]), node: toEvent(row) }));
    return {
      edges,
      totalCount: n,
      pageInfo: {
        hasNextPage: rows.length > args.first,
        hasPreviousPage: Boolean(args.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }
}

function toEvent(row: Row): TimelineEvent {
  return Object.assign(new TimelineEvent(), {
    id: Buffer.from(`Event:${row.id ?? `votes-${row.seq}`}`).toString('base64'),
    type: row.type,
    occurredAt: row.occurred_at,
    count: Number(row.count),
    subjectKind: row.subject_type,
    subjectUuid: row.subject_id,
    actorUuid: PUBLIC_ACTOR.test(row.type) ? row.actor_id : null,
  });
}
