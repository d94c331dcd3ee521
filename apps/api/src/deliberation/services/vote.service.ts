import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../common/access.decorators.js';
import { AmendoException } from '../../common/errors.js';
import { oneByKey } from '../../common/loaders.js';
import { type Target, TargetRegistry } from '../../common/target-registry.js';
import { withRetry } from '../../common/transactions.js';
import type { VoteCounts } from '../../common/vote-counts.js';
import { EventLog } from '../../history/event-log.service.js';
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
      if (previous) {
        await manager.query(
          `UPDATE vote SET value = $3, updated_at = now() WHERE target_id = $1 AND participant_id = $2`,
          [target.id, viewer.id, value],
        );
      } else {
        await manager.query(
          `INSERT INTO vote (target_id, participant_id, target_kind, value) VALUES ($1, $2, $3, $4)`,
          [target.id, viewer.id, target.kind, value],
        );
      }
      const tally = await this.adjust(manager, target, {
        [COLUMN[value]]: 1,
        ...(previous ? { [COLUMN[previous.value]]: -1 } : {}),
      });
      await this.events.append(manager, {
        type: previous ? 'vote.changed' : 'vote.cast',
        actorId: viewer.id,
        subjectType: target.kind,
        subjectId: target.id,
        articleId: target.articleId,
        consultationId: target.consultationId,
        payload: { value, ...(previous ? { previous: previous.value } : {}) },
      });
      return tally;
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
      const tally = await this.adjust(manager, target, { [COLUMN[value]]: -1 });
      await this.events.append(manager, {
        type: 'vote.retracted',
        actorId: viewer.id,
        subjectType: target.kind,
        subjectId: target.id,
        articleId: target.articleId,
        consultationId: target.consultationId,
        payload: { previous: value },
      });
      return tally;
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

  private async adjust(
    manager: EntityManager,
    target: Target,
    delta: Partial<Record<'agree' | 'mixed' | 'disagree', number>>,
  ): Promise<VoteTally> {
    const [row] = (await manager.query(
      `INSERT INTO vote_tally AS t (target_id, target_kind, agree, mixed, disagree)
       VALUES ($1, $2, greatest($3, 0), greatest($4, 0), greatest($5, 0))
       ON CONFLICT (target_id) DO UPDATE
         SET agree = t.agree + $3, mixed = t.mixed + $4, disagree = t.disagree + $5
       RETURNING agree, mixed, disagree`,
      [target.id, target.kind, delta.agree ?? 0, delta.mixed ?? 0, delta.disagree ?? 0],
    )) as { agree: number; mixed: number; disagree: number }[];
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
