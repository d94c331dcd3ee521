import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  decodeCursor,
  type ConnectionShape,
  type PageArgs,
  toConnection,
} from '../../common/pagination.js';
import type { ModerationAction, ReportReason } from '../dto/moderation.types.js';
import { type ActionRow, toAction } from './moderation.service.js';

/** Severity of report reasons, for the queue: harm to people first. */
const SEVERITY: Record<ReportReason, number> = {
  HARASSMENT: 5,
  PERSONAL_DATA: 5,
  OFFENSIVE: 4,
  MISINFORMATION: 3,
  SPAM: 2,
  OFF_TOPIC: 1,
  OTHER: 1,
};

export interface QueueRow {
  targetUuid: string;
  targetKind: string;
  reportCount: number;
  reasons: ReportReason[];
  details: string[];
  firstReportedAt: Date;
  hidden: boolean;
  authorHistory: ModerationAction[];
}

@Injectable()
export class ModerationReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The public log of a consultation (and suspensions), newest first: no reporter, no personal data. */
  async log(consultationSlug: string, page: PageArgs): Promise<ConnectionShape<ModerationAction>> {
    const [createdAt, id] = page.after
      ? (decodeCursor(page.after, 2) as [string, string])
      : [null, null];
    const scope = `(a.consultation_id = (SELECT id FROM consultation WHERE slug = $1) OR a.consultation_id IS NULL)`;
    const rows = (await this.dataSource.query(
      `SELECT a.*, a.created_at::text AS created_key FROM moderation_action a
       WHERE ${scope} AND ($2::timestamptz IS NULL OR (a.created_at, a.id) < ($2::timestamptz, $3::uuid))
       ORDER BY a.created_at DESC, a.id DESC LIMIT ${page.first + 1}`,
      [consultationSlug, createdAt, id],
    )) as (ActionRow & { created_key: string })[];
    const [{ n }] = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM moderation_action a WHERE ${scope}`,
      [consultationSlug],
    )) as [{ n: number }];
    return toConnection(rows, page, n, (row) => [row.created_key, row.id], toAction);
  }

  /** Contributions with open reports: most severe first, then oldest report first. */
  async queue(limit: number): Promise<QueueRow[]> {
    const rows = (await this.dataSource.query(
      `SELECT r.target_id, r.target_kind, count(*)::int AS report_count, array_agg(DISTINCT r.reason) AS reasons,
              array_remove(array_agg(r.details), NULL) AS details, min(r.created_at) AS first_reported_at,
              coalesce(bool_or(s.hidden), false) AS hidden
       FROM report r LEFT JOIN moderation_state s ON s.target_id = r.target_id
       WHERE r.status = 'PENDING'
       GROUP BY r.target_id, r.target_kind`,
    )) as {
      target_id: string;
      target_kind: string;
      report_count: number;
      reasons: ReportReason[] | string;
      details: string[];
      first_reported_at: Date;
      hidden: boolean;
    }[];
    const severity = (reasons: ReportReason[]): number =>
      Math.max(...reasons.map((reason) => SEVERITY[reason] ?? 1));
    const parsed = rows.map((row) => ({
      ...row,
      reasons: Array.isArray(row.reasons)
        ? row.reasons
        : (row.reasons.replace(/[{}]/g, '').split(',') as ReportReason[]),
    }));
    parsed.sort(
      (a, b) =>
        Number(b.hidden) - Number(a.hidden) ||
        severity(b.reasons) - severity(a.reasons) ||
        a.first_reported_at.getTime() - b.first_reported_at.getTime(),
    );
    const top = parsed.slice(0, limit);
    const history = await this.historyOfAuthors(top.map((row) => row.target_id));
    return top.map((row) => ({
      targetUuid: row.target_id,
      targetKind: row.target_kind,
      reportCount: row.report_count,
      reasons: row.reasons,
      details: row.details,
      firstReportedAt: row.first_reported_at,
      hidden: row.hidden,
      authorHistory: history.get(row.target_id) ?? [],
    }));
  }

  /** For each target: earlier actions on contributions of the same author, and on the author. */
  private async historyOfAuthors(targetIds: string[]): Promise<Map<string, ModerationAction[]>> {
    if (targetIds.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      `WITH authors AS (
         SELECT id AS target_id, author_id FROM amendment WHERE id = ANY($1::uuid[])
         UNION ALL SELECT id, author_id FROM proposal WHERE id = ANY($1::uuid[])
         UNION ALL SELECT id, author_id FROM argument WHERE id = ANY($1::uuid[])
         UNION ALL SELECT id, author_id FROM source WHERE id = ANY($1::uuid[]))
       SELECT au.target_id AS for_target, a.* FROM authors au
       JOIN moderation_action a ON a.participant_id = au.author_id
         OR a.target_id IN (SELECT id FROM amendment WHERE author_id = au.author_id
                            UNION ALL SELECT id FROM proposal WHERE author_id = au.author_id
                            UNION ALL SELECT id FROM argument WHERE author_id = au.author_id
                            UNION ALL SELECT id FROM source WHERE author_id = au.author_id)
       WHERE au.author_id IS NOT NULL
       ORDER BY a.created_at DESC`,
      [targetIds],
    )) as (ActionRow & { for_target: string })[];
    const byTarget = new Map<string, ModerationAction[]>();
    for (const row of rows)
      byTarget.set(row.for_target, [...(byTarget.get(row.for_target) ?? []), toAction(row)]);
    return byTarget;
  }
}
