import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../common/access.decorators.js';
import { fromGlobalId } from '../../common/global-id.js';
import { type ConnectionShape, decodeCursor, toConnection } from '../../common/pagination.js';
import type { RequestContext } from '../../common/request-context.js';
import { Visibility } from '../../common/visibility.js';
import { EventLog } from '../../history/event-log.service.js';
import { Clock } from '../../common/clock.js';
import { toObligation, toResponsePolicy } from '../dto/mappers.js';
import type {
  Obligation,
  ObligationListArgs,
  ObligationSummary,
  ResponsePolicy,
  ResponsePolicyInput,
} from '../dto/obligation.types.js';
import type {
  ResponseObligationRow,
  ResponsePolicyRow,
} from '../entities/response-policy.entity.js';
import {
  compareObligations,
  dueDate,
  isClosed,
  type ObligationFacts,
  obligationKey,
  obligationState,
  POLICY_LIMITS,
  type PolicyRules,
  summarise,
} from '../obligations.js';
import { ResponseException } from '../response.exception.js';

/** A consultation's obligations as one request sees them. */
export interface ObligationSet {
  readonly obligations: readonly ObligationFacts[];
  readonly now: Date;
}

interface ConsultationPolicyRow extends Partial<ResponsePolicyRow> {
  readonly id: string;
  readonly closes_at: Date | null;
  readonly has_policy: boolean;
}

interface CandidateRow {
  readonly id: string;
  readonly kind: 'Amendment' | 'Proposal' | 'Argument';
  readonly article_id: string | null;
  readonly created_at: Date;
  readonly votes: number;
  readonly agree: number;
  readonly by_votes: boolean;
  readonly by_rank: boolean;
}

/**
 * The obliged contributions of a consultation, in SQL over the vote counters (`vote_tally`,
 * and `argument.convincing_count` for arguments) and the contribution tables, read-only:
 * every amendment, proposal or argument with at least `minVotes` votes (an argument's votes are
 * its convincing marks), and the `topPerArticle` amendments of each article with the most AGREE
 * votes (at least one; ties: the oldest first). Withdrawn contributions owe nothing; hidden
 * ones are left out (`excluded`), so the next one moves up into a top N.
 */
const OBLIGED_SQL = `
  WITH contribution AS (
    SELECT a.id, 'Amendment' AS kind, a.article_id, a.created_at,
           COALESCE(t.agree + t.mixed + t.disagree, 0) AS votes, COALESCE(t.agree, 0) AS agree
    FROM amendment a LEFT JOIN vote_tally t ON t.target_id = a.id
    WHERE a.consultation_id = $1 AND a.status <> 'WITHDRAWN' AND NOT (a.id = ANY($4::uuid[]))
    UNION ALL
    SELECT p.id, 'Proposal', NULL, p.created_at,
           COALESCE(t.agree + t.mixed + t.disagree, 0), COALESCE(t.agree, 0)
    FROM proposal p LEFT JOIN vote_tally t ON t.target_id = p.id
    WHERE p.consultation_id = $1 AND p.status <> 'WITHDRAWN' AND NOT (p.id = ANY($4::uuid[]))
    UNION ALL
    SELECT g.id, 'Argument', g.article_id, g.created_at, g.convincing_count, g.convincing_count
    FROM argument g
    WHERE g.consultation_id = $1 AND NOT (g.id = ANY($4::uuid[]))
  ), ranked AS (
    SELECT c.*,
           CASE WHEN c.kind = 'Amendment' AND c.agree > 0 THEN
             row_number() OVER (PARTITION BY c.kind = 'Amendment' AND c.agree > 0, c.article_id
                                ORDER BY c.agree DESC, c.created_at, c.id)
           END AS rank
    FROM contribution c
  )
  SELECT id, kind, article_id, created_at, votes::int AS votes, agree::int AS agree,
         COALESCE(votes >= $2::int, false) AS by_votes,
         COALESCE(rank <= $3::int, false) AS by_rank
  FROM ranked
  WHERE votes >= $2::int OR rank <= $3::int`;

/** At most this many rounds of "leave the hidden ones out and rank again". */
const HIDDEN_ROUNDS = 5;

/**
 * The response policy and the obligations derived from it. Until the close they are computed
 * on each read (so they follow the votes); on the first read after the close — whoever reads —
 * the obliged set and its due dates are stored in `response_obligation` in one transaction with
 * its event, and read from there ever after: votes, withdrawals or moderation after the close
 * change nothing. Only the answers (published responses) keep moving the states.
 */
@Injectable()
export class ObligationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventLog,
    private readonly visibility: Visibility,
    private readonly clock: Clock,
  ) {}

  /** Sets the policy (ADMIN), with its event; refused once the obligations are frozen. */
  async setPolicy(viewer: Viewer, input: ResponsePolicyInput): Promise<string> {
    const { id } = fromGlobalId(input.consultationId.slice(0, 200), 'Consultation');
    const rules: PolicyRules = {
      minVotes: this.checkedRule(input.minVotes, 'minVotes'),
      topPerArticle: this.checkedRule(input.topPerArticle, 'topPerArticle'),
      deadlineDays: this.checkedRule(input.deadlineDays, 'deadlineDays'),
    };
    await this.dataSource.transaction(async (manager) => {
      const [consultation] = (await manager.query(
        `SELECT id, closes_at FROM consultation WHERE id = $1 FOR SHARE`,
        [id],
      )) as { id: string; closes_at: Date | null }[];
      if (!consultation) throw ResponseException.consultationNotFound();
      const [current] = (await manager.query(
        `SELECT * FROM response_policy WHERE consultation_id = $1 FOR UPDATE`,
        [id],
      )) as ResponsePolicyRow[];
      if (current && this.frozen(current, consultation.closes_at)) {
        throw ResponseException.policyFrozen();
      }
      await manager.query(
        `INSERT INTO response_policy (consultation_id, min_votes, top_per_article, deadline_days, updated_at, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (consultation_id) DO UPDATE
         SET min_votes = EXCLUDED.min_votes, top_per_article = EXCLUDED.top_per_article,
             deadline_days = EXCLUDED.deadline_days, updated_at = EXCLUDED.updated_at,
             updated_by = EXCLUDED.updated_by, frozen_at = NULL, frozen_closes_at = NULL`,
        [id, rules.minVotes, rules.topPerArticle, rules.deadlineDays, this.clock.now(), viewer.id],
      );
      await this.events.append(manager, {
        type: 'response.policy.set',
        actorId: viewer.id,
        subjectType: 'Consultation',
        subjectId: id,
        consultationId: id,
        payload: { ...rules },
      });
    });
    return id;
  }

  /** Batch: the policy of each consultation, or null. */
  async policies(consultationIds: readonly string[]): Promise<(ResponsePolicy | null)[]> {
    const rows = (await this.dataSource.query(
      `SELECT * FROM response_policy WHERE consultation_id = ANY($1::uuid[])`,
      [consultationIds],
    )) as ResponsePolicyRow[];
    const byId = new Map(rows.map((row) => [row.consultation_id, row]));
    return consultationIds.map((id) => {
      const row = byId.get(id);
      return row ? toResponsePolicy(row) : null;
    });
  }

  /**
   * The policy, batched per request. After the close, the first read freezes the obligations:
   * it happens first, so that `frozenAt` reads the same as the obligations beside it.
   */
  async policyOf(
    context: RequestContext,
    consultationId: string,
    closesAt: Date | null,
  ): Promise<ResponsePolicy | null> {
    if (isClosed(closesAt, this.clock.now())) await this.setOf(context, consultationId);
    return context.loaders.load(
      'responsePolicy',
      (ids: readonly string[]) => this.policies(ids),
      consultationId,
    );
  }

  /** The consultation's obligations, once per request. */
  setOf(context: RequestContext, consultationId: string): Promise<ObligationSet> {
    return context.loaders.load(
      'obligationSet',
      (ids: readonly string[]) => Promise.all(ids.map((id) => this.obligationSet(id))),
      consultationId,
    );
  }

  async list(
    context: RequestContext,
    consultationId: string,
    args: ObligationListArgs,
  ): Promise<ConnectionShape<Obligation>> {
    const { obligations, now } = await this.setOf(context, consultationId);
    const matching = args.state
      ? obligations.filter((facts) => obligationState(facts, now) === args.state)
      : obligations;
    let start = 0;
    if (args.after) {
      const [createdAt, id] = decodeCursor(args.after, 2) as [string, string];
      start = matching.findIndex((facts) => {
        const [c, i] = obligationKey(facts);
        return c > createdAt || (c === createdAt && i > id);
      });
      if (start < 0) start = matching.length;
    }
    return toConnection(
      matching.slice(start, start + args.first + 1),
      args,
      matching.length,
      obligationKey,
      (facts) => toObligation(facts, now),
    );
  }

  async summary(context: RequestContext, consultationId: string): Promise<ObligationSummary> {
    const { obligations, now } = await this.setOf(context, consultationId);
    return summarise(obligations, now);
  }

  /** The obligation on one contribution (its id is the contribution's), or null. */
  async obligationOn(context: RequestContext, targetId: string): Promise<Obligation | null> {
    const [row] = (await this.dataSource.query(
      `SELECT consultation_id FROM amendment WHERE id = $1
       UNION ALL SELECT consultation_id FROM proposal WHERE id = $1
       UNION ALL SELECT consultation_id FROM argument WHERE id = $1 LIMIT 1`,
      [targetId],
    )) as { consultation_id: string }[];
    if (!row) return null;
    const { obligations, now } = await this.setOf(context, row.consultation_id);
    const facts = obligations.find((candidate) => candidate.targetId === targetId);
    return facts ? toObligation(facts, now) : null;
  }

  /** Live before the close; frozen (stored on first read) after it. Sorted for the tracker. */
  async obligationSet(consultationId: string): Promise<ObligationSet> {
    const now = this.clock.now();
    const [row] = (await this.dataSource.query(
      `SELECT c.id, c.closes_at, p.consultation_id IS NOT NULL AS has_policy, p.*
       FROM consultation c LEFT JOIN response_policy p ON p.consultation_id = c.id
       WHERE c.id = $1`,
      [consultationId],
    )) as ConsultationPolicyRow[];
    if (!row?.has_policy) return { obligations: [], now };
    const policy = row as ConsultationPolicyRow & ResponsePolicyRow;
    let stored: ResponseObligationRow[];
    if (!isClosed(row.closes_at, now)) {
      const live = await this.compute(this.dataSource.manager, policy, row.closes_at);
      return { obligations: await this.withAnswers(live), now };
    }
    if (this.frozen(policy, row.closes_at)) {
      stored = (await this.dataSource.query(
        `SELECT * FROM response_obligation WHERE consultation_id = $1`,
        [consultationId],
      )) as ResponseObligationRow[];
    } else {
      stored = await this.freeze(consultationId, now);
    }
    return { obligations: await this.withAnswers(stored.map(factsOf)), now };
  }

  /** Frozen for the consultation's current closing date (a close moved later lifts it). */
  private frozen(policy: ResponsePolicyRow, closesAt: Date | null): boolean {
    return (
      policy.frozen_at !== null &&
      closesAt !== null &&
      policy.frozen_closes_at?.getTime() === closesAt.getTime()
    );
  }

  /** Stores the obliged set at the close, once (concurrent first readers wait for the lock). */
  private freeze(consultationId: string, now: Date): Promise<ResponseObligationRow[]> {
    return this.dataSource.transaction(async (manager) => {
      const [row] = (await manager.query(
        `SELECT p.*, c.closes_at AS consultation_closes_at
         FROM response_policy p JOIN consultation c ON c.id = p.consultation_id
         WHERE p.consultation_id = $1 FOR UPDATE OF p`,
        [consultationId],
      )) as (ResponsePolicyRow & { consultation_closes_at: Date | null })[];
      const policy = row as ResponsePolicyRow & { consultation_closes_at: Date | null };
      const closesAt = policy.consultation_closes_at;
      if (this.frozen(policy, closesAt)) {
        return (await manager.query(
          `SELECT * FROM response_obligation WHERE consultation_id = $1`,
          [consultationId],
        )) as ResponseObligationRow[];
      }
      const facts = await this.compute(manager, policy, closesAt);
      await manager.query(`DELETE FROM response_obligation WHERE consultation_id = $1`, [
        consultationId,
      ]);
      const rows = (await manager.query(
        `INSERT INTO response_obligation (consultation_id, target_id, target_kind, article_id,
           target_created_at, votes, agree, by_votes, by_rank, due_at)
         SELECT $1, * FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::timestamptz[], $6::int[],
                                  $7::int[], $8::boolean[], $9::boolean[], $10::timestamptz[])
         RETURNING *`,
        [
          consultationId,
          facts.map((f) => f.targetId),
          facts.map((f) => f.targetKind),
          facts.map((f) => f.articleId),
          facts.map((f) => f.targetCreatedAt),
          facts.map((f) => f.votes),
          facts.map((f) => f.agree),
          facts.map((f) => f.byVotes),
          facts.map((f) => f.byRank),
          facts.map((f) => f.dueAt),
        ],
      )) as ResponseObligationRow[];
      await manager.query(
        `UPDATE response_policy SET frozen_at = $2, frozen_closes_at = $3 WHERE consultation_id = $1`,
        [consultationId, now, closesAt],
      );
      await this.events.append(manager, {
        type: 'response.obligations.frozen',
        subjectType: 'Consultation',
        subjectId: consultationId,
        consultationId,
        payload: { closesAt, obligations: rows.length, policy: rulesOf(policy) },
      });
      return rows;
    });
  }

  /** The obliged contributions now, hidden ones left out (they cannot be answered). */
  private async compute(
    manager: EntityManager,
    policy: ResponsePolicyRow,
    closesAt: Date | null,
  ): Promise<ObligationFacts[]> {
    const rules = rulesOf(policy);
    if (rules.minVotes === null && !rules.topPerArticle) return [];
    const excluded: string[] = [];
    let rows: CandidateRow[] = [];
    for (let round = 0; round < HIDDEN_ROUNDS; round += 1) {
      rows = (await manager.query(OBLIGED_SQL, [
        policy.consultation_id,
        rules.minVotes,
        rules.topPerArticle || null,
        excluded,
      ])) as CandidateRow[];
      const states = await this.visibility.states(
        rows.map((candidate) => candidate.id),
        manager,
      );
      const hidden = rows.filter((_, index) => states[index]?.hidden).map((c) => c.id);
      if (hidden.length === 0) break;
      excluded.push(...hidden);
      rows = rows.filter((candidate) => !hidden.includes(candidate.id));
    }
    const dueAt = dueDate(closesAt, rules.deadlineDays);
    return rows.map((candidate) => ({
      targetId: candidate.id,
      targetKind: candidate.kind,
      articleId: candidate.article_id,
      targetCreatedAt: candidate.created_at,
      votes: candidate.votes,
      agree: candidate.agree,
      byVotes: candidate.by_votes,
      byRank: candidate.by_rank,
      dueAt,
      answeredAt: null,
    }));
  }

  /** Adds when each was first answered (a published response), and sorts for the tracker. */
  private async withAnswers(facts: ObligationFacts[]): Promise<ObligationFacts[]> {
    if (facts.length === 0) return [];
    const rows = (await this.dataSource.query(
      `SELECT target_id, min(published_at) AS answered_at FROM official_response
       WHERE status = 'PUBLISHED' AND target_id = ANY($1::uuid[]) GROUP BY target_id`,
      [facts.map((f) => f.targetId)],
    )) as { target_id: string; answered_at: Date }[];
    const answered = new Map(rows.map((row) => [row.target_id, row.answered_at]));
    return facts
      .map((f) => ({ ...f, answeredAt: answered.get(f.targetId) ?? null }))
      .sort(compareObligations);
  }

  private checkedRule(
    value: number | null | undefined,
    field: keyof typeof POLICY_LIMITS,
  ): number | null {
    if (value === null || value === undefined) return null;
    if (!Number.isInteger(value) || value < 0 || value > POLICY_LIMITS[field]) {
      throw ResponseException.badPolicy(
        field,
        `${field} doit être un nombre entier de 0 à ${POLICY_LIMITS[field].toLocaleString('fr-FR')}, ou null pour désactiver la règle.`,
      );
    }
    return value;
  }
}

function rulesOf(policy: ResponsePolicyRow): PolicyRules {
  return {
    minVotes: policy.min_votes,
    topPerArticle: policy.top_per_article,
    deadlineDays: policy.deadline_days,
  };
}

function factsOf(row: ResponseObligationRow): ObligationFacts {
  return {
    targetId: row.target_id,
    targetKind: row.target_kind,
    articleId: row.article_id,
    targetCreatedAt: row.target_created_at,
    votes: row.votes,
    agree: row.agree,
    byVotes: row.by_votes,
    byRank: row.by_rank,
    dueAt: row.due_at,
    answeredAt: null,
  };
}
