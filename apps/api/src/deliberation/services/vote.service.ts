import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../common/access.decorators.js';
import { AmendoException } from '../../common/errors.js';
import { oneByKey } from '../../common/loaders.js';
import { type Target, TargetRegistry } from '../../common/target-registry.js';
import { withRetry } from '../../common/transactions.js';
import type { VoteCounts } from '../../common/vote-counts.js';
import { EventLog, type NewEvent } from '../../history/event-log.service.js';
import { EMPTY_TALLY, toTally, type VoteTally, type VoteValue } from '../dto/vote.types.js';

const VOTABLE = ['Article', 'Amendment', 'Proposal'] as const;
const COLUMN: Record<VoteValue, 'agree' | 'mixed' | 'disagree'> = {
  AGREE: 'agree',
  MIXED: 'mixed',
  DISAGREE: 'disagree',
};

/**
 * Votes: one per participant and target (the primary key), changeable and retractable. The
 * tally is a counter row updated in the vote's own transaction (the row lock serialises the
 * counters of one target), so it always equals a recount; collisions are retried, never returned.
 */
@Injectable()
export class VoteService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly targets: TargetRegistry,
    private readonly events: EventLog,
  ) {}

  async cast(viewer: Viewer, targetId: string, value: VoteValue): Promise<VoteTally> {
    return withRetry(this.dataSource, async (manager) => {
      // Resolved in the transaction: the owner locks its row (an author's edit waits for the vote).
      const target = await this.votable(targetId, manager);
      const [previous] = (await manager.query(
        `SELECT value FROM vote WHERE target_id = $1 AND participant_id = $2 FOR UPDATE`,
        [target.id, viewer.id],
      )) as { value: VoteValue }[];
      if (previous?.value === value) return this.tally(manager, target.id);
      // The vote, its tally and its event in one statement (a unique violation of a racing
      // first vote aborts it all, and the transaction is retried).
      const change = previous
        ? `UPDATE vote SET value = $3, updated_at = now() WHERE target_id = $1 AND participant_id = $2`
        : `INSERT INTO vote (target_id, participant_id, value, target_kind) VALUES ($1, $2, $3, $4)`;
      return this.adjust(
        manager,
        target,
        { [COLUMN[value]]: 1, ...(previous ? { [COLUMN[previous.value]]: -1 } : {}) },
        {
          type: previous ? 'vote.changed' : 'vote.cast',
          actorId: viewer.id,
          subjectType: target.kind,
          subjectId: target.id,
          articleId: target.articleId,
          consultationId: target.consultationId,
          payload: { value, ...(previous ? { previous: previous.value } : {}) },
        },
        { sql: change, params: [viewer.id, value] },
      );
    });
  }

  async retract(viewer: Viewer, targetId: string): Promise<VoteTally> {
    return withRetry(this.dataSource, async (manager) => {
      const target = await this.votable(targetId, manager);
      const [removed] = (await manager.query(
        `DELETE FROM vote WHERE target_id = $1 AND participant_id = $2 RETURNING value`,
        [target.id, viewer.id],
      )) as [{ value: VoteValue }[], number];
      const value = removed[0]?.value;
      if (!value) return this.tally(manager, target.id);
      return this.adjust(
        manager,
        target,
        { [COLUMN[value]]: -1 },
        {
          type: 'vote.retracted',
          actorId: viewer.id,
          subjectType: target.kind,
          subjectId: target.id,
          articleId: target.articleId,
          consultationId: target.consultationId,
          payload: { previous: value },
        },
      );
    });
  }

  /**
   * Batch: the vote counters of targets (zeros for a target without votes), before the
   * moderation rule that `tallyOf` applies. Lists that join `vote_tally` prime the same loader.
   */
  async counts(targetIds: readonly string[]): Promise<VoteCounts[]> {
    const rows = (await this.dataSource.query(
      `SELECT target_id, agree, mixed, disagree FROM vote_tally WHERE target_id = ANY($1::uuid[])`,
      [targetIds],
    )) as ({ target_id: string } & VoteCounts)[];
    return oneByKey(targetIds, rows, (row) => row.target_id).map((row) => row ?? EMPTY_TALLY);
  }

  /** Batch: one participant's votes on targets (null where they have not voted). */
  async votesOf(
    participantId: string,
    targetIds: readonly string[],
  ): Promise<(VoteValue | null)[]> {
    const rows = (await this.dataSource.query(
      `SELECT target_id, value FROM vote WHERE participant_id = $1 AND target_id = ANY($2::uuid[])`,
      [participantId, targetIds],
    )) as { target_id: string; value: VoteValue }[];
    const byId = new Map(rows.map((row) => [row.target_id, row.value]));
    return targetIds.map((id) => byId.get(id) ?? null);
  }

  private async votable(targetId: string, manager: EntityManager): Promise<Target> {
    const target = await this.targets.resolve(targetId, VOTABLE, manager);
    if (!target.rules.votesOpen) {
      throw new AmendoException(
        'FORBIDDEN',
        'Les votes ne sont pas ouverts dans cette phase de la consultation.',
        {
          reason: 'PHASE',
        },
      );
    }
    if (target.hidden)
      throw new AmendoException(
        'FORBIDDEN',
        'Cette contribution est masquée par la modération : on ne peut pas voter.',
      );
    if (!target.active) {
      throw new AmendoException(
        'CONFLICT',
        'Cette contribution n’est plus ouverte aux votes (retirée, intégrée ou dépassée).',
      );
    }
    return target;
  }

  /**
   * Moves the target's counters by `delta` and appends `event`, with `vote` (the change of the
   * vote row, `$1` the target, `$3`, `$4`… its `params`) in the same statement.
   */
  private async adjust(
    manager: EntityManager,
    target: Target,
    delta: Partial<Record<'agree' | 'mixed' | 'disagree', number>>,
    event: NewEvent,
    vote?: { sql: string; params: readonly unknown[] },
  ): Promise<VoteTally> {
    const params = [target.id, ...(vote?.params ?? [])];
    const first = params.length + 1;
    const [row] = await this.events.appendWith<{ agree: number; mixed: number; disagree: number }>(
      manager,
      event,
      {
        with: vote ? [`changed_vote AS (${vote.sql})`] : [],
        statement: `INSERT INTO vote_tally AS t (target_id, target_kind, agree, mixed, disagree)
         VALUES ($1, $${first}, greatest($${first + 1}::int, 0), greatest($${first + 2}::int, 0), greatest($${first + 3}::int, 0))
         ON CONFLICT (target_id) DO UPDATE
           SET agree = t.agree + $${first + 1}, mixed = t.mixed + $${first + 2}, disagree = t.disagree + $${first + 3}
         RETURNING agree, mixed, disagree`,
        params: [...params, target.kind, delta.agree ?? 0, delta.mixed ?? 0, delta.disagree ?? 0],
      },
    );
    return toTally(row);
  }

  private async tally(manager: EntityManager, targetId: string): Promise<VoteTally> {
    const [row] = (await manager.query(
      `SELECT agree, mixed, disagree FROM vote_tally WHERE target_id = $1`,
      [targetId],
    )) as {
      agree: number;
      mixed: number;
      disagree: number;
    }[];
    return toTally(row);
  }
}
