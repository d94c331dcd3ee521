import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput } from '../common/errors.js';
import { toGlobalId } from '../common/global-id.js';
import { groupByKey } from '../common/loaders.js';
import {
  decodeCursor,
  type ConnectionShape,
  type PageArgs,
  toConnection,
} from '../common/pagination.js';
import {
  ActivityDay,
  CONTRIBUTION_KINDS,
  type ContributionKindName,
  ParticipantContribution,
  type ParticipantContributionsArgs,
  ReceivedResponse,
} from './dto/participant-history.types.js';

/** The events that create each kind of public contribution (their actor is its author). */
const CREATED_BY: Record<ContributionKindName, readonly string[]> = {
  AMENDMENT: ['amendment.proposed'],
  PROPOSAL: ['proposal.proposed', 'proposal.imported'],
  ARGUMENT: ['argument.posted'],
  SOURCE: ['source.added'],
};
const KIND_OF_SUBJECT: Record<string, ContributionKindName> = {
  Amendment: 'AMENDMENT',
  Proposal: 'PROPOSAL',
  Argument: 'ARGUMENT',
  Source: 'SOURCE',
};
const CREATION_TYPES = CONTRIBUTION_KINDS.flatMap((kind) => CREATED_BY[kind]);
/** Votes are counted per day, never listed: neither their targets nor their values. */
const VOTE_TYPES = ['vote.cast', 'vote.changed'];

interface ContributionRow {
  seq: string;
  occurred_at: Date;
  subject_type: string;
  subject_id: string;
}

interface ResponseRow extends ContributionRow {
  response_id: string;
}

interface ActivityRow {
  actor_id: string;
  day: string;
  contributions: number;
  votes: number;
}

/**
 * A participant's public history, read from the append-only event log only: the contributions
 * they created, the official responses published on them, and their participation per day.
 * What the contributions and responses say is resolved by their owners through the node
 * registry, which applies the moderation rules (a hidden contribution is a tombstone).
 */
@Injectable()
export class ParticipantHistoryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Their contributions, newest first, keyset-paginated on the event sequence. */
  async contributions(
    participantUuid: string,
    args: ParticipantContributionsArgs,
  ): Promise<ConnectionShape<ParticipantContribution>> {
    const [before] = args.after ? (decodeCursor(args.after, 1) as [unknown]) : [null];
    const types = args.kinds?.length
      ? [...new Set(args.kinds)].flatMap((kind) => CREATED_BY[kind])
      : CREATION_TYPES;
    const rows = (await this.dataSource.query(
      `SELECT seq, occurred_at, subject_type, subject_id FROM event
       WHERE actor_id = $1 AND type = ANY($2::text[]) AND ($3::bigint IS NULL OR seq < $3::bigint)
       ORDER BY seq DESC LIMIT ${args.first + 1}`,
      [participantUuid, types, cursorSeq(before)],
    )) as ContributionRow[];
    const [{ n }] = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM event WHERE actor_id = $1 AND type = ANY($2::text[])`,
      [participantUuid, types],
    )) as [{ n: number }];
    return toConnection(rows, args, n, (row) => [row.seq], toContribution);
  }

  /**
   * The official responses published on their contributions, newest publication first: each
   * `response.published` event names its target's global id, matched to their creation events.
   */
  async responsesReceived(
    participantUuid: string,
    args: PageArgs,
  ): Promise<ConnectionShape<ReceivedResponse>> {
    const [before] = args.after ? (decodeCursor(args.after, 1) as [unknown]) : [null];
    const received = `
      WITH mine AS (
        SELECT subject_type, subject_id,
               translate(encode(convert_to(subject_type || ':' || subject_id::text, 'UTF8'), 'base64'), E'\\n', '') AS global_id
        FROM event WHERE actor_id = $1 AND type = ANY($2::text[])
      )
      SELECT r.seq, r.occurred_at, r.subject_id AS response_id, mine.subject_type, mine.subject_id
      FROM mine JOIN event r ON r.type = 'response.published' AND r.payload->>'target' = mine.global_id`;
    const rows = (await this.dataSource.query(
      `SELECT * FROM (${received}) received WHERE ($3::bigint IS NULL OR seq < $3::bigint)
       ORDER BY seq DESC LIMIT ${args.first + 1}`,
      [participantUuid, CREATION_TYPES, cursorSeq(before)],
    )) as ResponseRow[];
    const [{ n }] = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM (${received}) received`,
      [participantUuid, CREATION_TYPES],
    )) as [{ n: number }];
    return toConnection(rows, args, n, (row) => [row.seq], toReceivedResponse);
  }

  /** Batch: each participant's active days, oldest first (days without activity left out). */
  async activities(participantUuids: readonly string[]): Promise<ActivityDay[][]> {
    const rows = (await this.dataSource.query(
      `SELECT actor_id, to_char((occurred_at AT TIME ZONE 'Europe/Paris')::date, 'YYYY-MM-DD') AS day,
              count(*) FILTER (WHERE type = ANY($2::text[]))::int AS contributions,
              count(*) FILTER (WHERE type = ANY($3::text[]))::int AS votes
       FROM event
       WHERE actor_id = ANY($1::uuid[]) AND (type = ANY($2::text[]) OR type = ANY($3::text[]))
       GROUP BY actor_id, day ORDER BY day`,
      [participantUuids, CREATION_TYPES, VOTE_TYPES],
    )) as ActivityRow[];
    return groupByKey(participantUuids, rows, (row) => row.actor_id).map((days) =>
      days.map((row) =>
        Object.assign(new ActivityDay(), {
          date: row.day,
          contributions: Number(row.contributions),
          votes: Number(row.votes),
        }),
      ),
    );
  }
}

/** The sequence number a cursor holds, or a clear error (never a 500 from a bad bigint). */
function cursorSeq(value: unknown): string | null {
  if (value === null) return null;
  if (typeof value === 'string' && /^\d{1,19}$/.test(value)) return value;
  throw badInput('Le curseur « after » est invalide : reprenez la pagination depuis le début.');
}

function toContribution(row: ContributionRow): ParticipantContribution {
  return Object.assign(new ParticipantContribution(), {
    id: toGlobalId(row.subject_type, row.subject_id),
    kind: KIND_OF_SUBJECT[row.subject_type] ?? 'PROPOSAL',
    createdAt: row.occurred_at,
    subjectType: row.subject_type,
    subjectUuid: row.subject_id,
  });
}

function toReceivedResponse(row: ResponseRow): ReceivedResponse {
  return Object.assign(new ReceivedResponse(), {
    id: toGlobalId('OfficialResponse', row.response_id),
    publishedAt: row.occurred_at,
    contributionKind: KIND_OF_SUBJECT[row.subject_type] ?? 'PROPOSAL',
    responseUuid: row.response_id,
    subjectType: row.subject_type,
    subjectUuid: row.subject_id,
  });
}
