import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ContributionOrder, OrderColumns } from '../../common/contribution-order.js';
import { voteCountColumns } from '../../common/vote-counts.js';

const VOTE_ORDERS: readonly ContributionOrder[] = [
  'MOST_AGREED',
  'MOST_VOTED',
  'MOST_CONTROVERSIAL',
];

/**
 * What this context needs to know about votes, which belong to the deliberation context: whether a
 * contribution has any (its author may edit it only until then) and its tally, to order lists in
 * one SQL query (whose counters then prime the page's tallies). Read from deliberation's `vote` (one row per participant and target) and
 * `vote_tally` (one counter row per target) tables.
 */
@Injectable()
export class VoteFacts {
  /** True when someone has voted on the target (in the caller's transaction). */
  async hasVotes(manager: EntityManager, targetId: string): Promise<boolean> {
    const [row] = (await manager.query(
      'SELECT EXISTS (SELECT 1 FROM vote WHERE target_id = $1) AS voted',
      [targetId],
    )) as { voted: boolean }[];
    return row?.voted ?? false;
  }

  /**
   * The join and the tally columns a list needs for `order` (`alias` is the contribution's
   * table), and the counters it selects to prime the request's tallies (`primeVoteCounts`):
   * a left join on the tally's primary key, so the page's tallies cost no statement of their own.
   */
  orderColumns(
    order: ContributionOrder,
    alias: string,
  ): { join: string; columns: OrderColumns; select: string } {
    const base = { id: `${alias}.id`, createdAt: `${alias}.created_at` };
    const join = `LEFT JOIN vote_tally vt ON vt.target_id = ${alias}.id`;
    const select = voteCountColumns('vt');
    if (!VOTE_ORDERS.includes(order)) {
      return { join, select, columns: { ...base, agree: '0', mixed: '0', disagree: '0' } };
    }
    return {
      join,
      select,
      columns: {
        ...base,
        agree: 'coalesce(vt.agree, 0)',
        mixed: 'coalesce(vt.mixed, 0)',
        disagree: 'coalesce(vt.disagree, 0)',
      },
    };
  }
}
