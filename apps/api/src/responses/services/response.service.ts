import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../common/access.decorators.js';
import { fromGlobalId, toGlobalId } from '../../common/global-id.js';
import { groupByKey } from '../../common/loaders.js';
import { type Target, type TargetKind, TargetRegistry } from '../../common/target-registry.js';
import { withRetry } from '../../common/transactions.js';
import { EventLog } from '../../history/event-log.service.js';
import { Clock } from '../../common/clock.js';
import { contributionName } from '../../notifications/notification-texts.js';
import { NotificationService } from '../../notifications/services/notification.service.js';
import { toOfficialResponse, toResponseRevision } from '../dto/mappers.js';
import type {
  OfficialResponse,
  PublishResponseInput,
  ResponseRevision,
  ReviseResponseInput,
} from '../dto/official-response.types.js';
import type {
  OfficialResponseRow,
  ResponseRevisionRow,
} from '../entities/official-response.entity.js';
import { ResponseException } from '../response.exception.js';
import { bodyProblem, DECISION_FR, type DecisionName, normaliseBody } from '../response-rules.js';

/** What an official can answer: articles and the contributions on them. */
export const RESPONDABLE: readonly TargetKind[] = ['Article', 'Amendment', 'Proposal', 'Argument'];

const EXCERPT_LENGTH = 600;

/**
 * Official responses: drafted, published, revised — each write with its event, in one
 * transaction; publishing tells the contribution's author (notification and email). The target
 * is resolved through the target registry: this context never imports the one that owns it.
 */
@Injectable()
export class ResponseService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly targets: TargetRegistry,
    private readonly events: EventLog,
    private readonly notifications: NotificationService,
    private readonly clock: Clock,
  ) {}

  async publish(viewer: Viewer, input: PublishResponseInput): Promise<OfficialResponse> {
    const publishing = input.publish !== false;
    const body = this.checkedBody(input.decision, input.body, publishing);
    const signature = this.signatureOf(viewer);
    const row = await withRetry(this.dataSource, async (manager) => {
      const target = await this.targets.resolve(input.targetId.slice(0, 200), RESPONDABLE, manager);
      this.checkRespondable(target);
      const [existing] = (await manager.query(
        `SELECT status FROM official_response WHERE target_id = $1 AND official_id = $2`,
        [target.id, viewer.id],
      )) as Pick<OfficialResponseRow, 'status'>[];
      if (existing) throw ResponseException.alreadyResponded(existing.status === 'DRAFT');
      const now = this.clock.now();
      const [response] = (await manager.query(
        `INSERT INTO official_response (target_id, target_kind, consultation_id, article_id, official_id,
           official_name, official_title, decision, body, status, revision_count, created_at, updated_at,
           published_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13)
         RETURNING *`,
        [
          target.id,
          target.kind,
          target.consultationId,
          target.articleId,
          viewer.id,
          signature.name,
          signature.title,
          input.decision,
          body,
          publishing ? 'PUBLISHED' : 'DRAFT',
          publishing ? 1 : 0,
          now,
          publishing ? now : null,
        ],
      )) as OfficialResponseRow[];
      const created = response as OfficialResponseRow;
      if (publishing) {
        await this.recordPublication(manager, target, created, 'response.published');
      } else {
        await this.recordDraft(manager, target, created);
      }
      return created;
    });
    return toOfficialResponse(row);
  }

  /** Publishes the viewer's draft: it becomes public as revision 1, and the author is told. */
  async publishDraft(viewer: Viewer, responseId: string): Promise<OfficialResponse> {
    const { id } = fromGlobalId(responseId.slice(0, 200), 'OfficialResponse');
    const signature = this.signatureOf(viewer);
    const row = await withRetry(this.dataSource, async (manager) => {
      const draft = await this.lockOwn(manager, viewer, id);
      if (draft.status !== 'DRAFT') throw ResponseException.alreadyPublished();
      const problem = bodyProblem(draft.decision, draft.body, true);
      if (problem) throw ResponseException.badBody(problem);
      const target = await this.targetOf(manager, draft);
      this.checkRespondable(target);
      const now = this.clock.now();
      const [[published]] = (await manager.query(
        `UPDATE official_response
         SET status = 'PUBLISHED', published_at = $2, updated_at = $2, revision_count = 1,
             official_name = $3, official_title = $4
         WHERE id = $1 RETURNING *`,
        [id, now, signature.name, signature.title],
      )) as [OfficialResponseRow[], number];
      await this.recordPublication(
        manager,
        target,
        published as OfficialResponseRow,
        'response.published',
      );
      return published as OfficialResponseRow;
    });
    return toOfficialResponse(row);
  }

  /**
   * Its author revises a response: a published one gets a new public revision (the earlier ones
   * stay) signed with the official's current title, and the author of the contribution is told
   * when the decision changes; a draft is edited in place.
   */
  async revise(viewer: Viewer, input: ReviseResponseInput): Promise<OfficialResponse> {
    const { id } = fromGlobalId(input.responseId.slice(0, 200), 'OfficialResponse');
    const row = await withRetry(this.dataSource, async (manager) => {
      const current = await this.lockOwn(manager, viewer, id);
      const publishing = current.status === 'PUBLISHED';
      const body = this.checkedBody(input.decision, input.body, publishing);
      if (current.decision === input.decision && current.body === body) {
        throw ResponseException.nothingChanged();
      }
      const target = await this.targetOf(manager, current);
      const now = this.clock.now();
      if (!publishing) {
        const [[edited]] = (await manager.query(
          `UPDATE official_response SET decision = $2, body = $3, updated_at = $4 WHERE id = $1 RETURNING *`,
          [id, input.decision, body, now],
        )) as [OfficialResponseRow[], number];
        await this.recordDraft(manager, target, edited as OfficialResponseRow);
        return edited as OfficialResponseRow;
      }
      const signature = this.signatureOf(viewer);
      const [[revised]] = (await manager.query(
        `UPDATE official_response
         SET decision = $2, body = $3, updated_at = $4, revision_count = revision_count + 1,
             official_name = $5, official_title = $6
         WHERE id = $1 RETURNING *`,
        [id, input.decision, body, now, signature.name, signature.title],
      )) as [OfficialResponseRow[], number];
      await this.recordPublication(
        manager,
        target,
        revised as OfficialResponseRow,
        'response.revised',
        {
          previousDecision: current.decision,
          tellAuthor: current.decision !== input.decision,
        },
      );
      return revised as OfficialResponseRow;
    });
    return toOfficialResponse(row);
  }

  /** Batch: the responses on each target — published ones, and the viewer's own draft. */
  async responsesOf(
    targetIds: readonly string[],
    viewerId: string | undefined,
  ): Promise<OfficialResponse[][]> {
    const rows = (await this.dataSource.query(
      `SELECT * FROM official_response
       WHERE target_id = ANY($1::uuid[]) AND (status = 'PUBLISHED' OR official_id = $2)
       ORDER BY published_at ASC NULLS LAST, created_at, id`,
      [targetIds, viewerId ?? null],
    )) as OfficialResponseRow[];
    return groupByKey(targetIds, rows, (row) => row.target_id).map((group) =>
      group.map(toOfficialResponse),
    );
  }

  /** Batch: responses by id; a draft only for its author (null for anyone else). */
  async byIds(
    ids: readonly string[],
    viewerId: string | undefined,
  ): Promise<(OfficialResponse | null)[]> {
    const rows = (await this.dataSource.query(
      `SELECT * FROM official_response
       WHERE id = ANY($1::uuid[]) AND (status = 'PUBLISHED' OR official_id = $2)`,
      [ids, viewerId ?? null],
    )) as OfficialResponseRow[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => {
      const row = byId.get(id);
      return row ? toOfficialResponse(row) : null;
    });
  }

  /** Batch: the public revisions of each response, oldest first. */
  async revisionsOf(responseIds: readonly string[]): Promise<ResponseRevision[][]> {
    const rows = (await this.dataSource.query(
      `SELECT * FROM official_response_revision WHERE response_id = ANY($1::uuid[]) ORDER BY number`,
      [responseIds],
    )) as ResponseRevisionRow[];
    return groupByKey(responseIds, rows, (row) => row.response_id).map((group) =>
      group.map(toResponseRevision),
    );
  }

  private checkedBody(decision: DecisionName, raw: string, publishing: boolean): string {
    const body = normaliseBody(raw);
    const problem = bodyProblem(decision, body, publishing);
    if (problem) throw ResponseException.badBody(problem);
    return body;
  }

  /** A response is signed with the official's name and title (OFFICIAL accounts have one). */
  private signatureOf(viewer: Viewer): { name: string; title: string } {
    const title = viewer.officialTitle?.trim();
    if (!title) throw ResponseException.noTitle();
    return { name: viewer.displayName, title };
  }

  private checkRespondable(target: Target): void {
    if (target.hidden) throw ResponseException.targetHidden();
    if (target.rules.phase === 'DRAFT') throw ResponseException.notOpenYet();
  }

  /** The viewer's response, locked; someone else's draft does not exist for them. */
  private async lockOwn(
    manager: EntityManager,
    viewer: Viewer,
    id: string,
  ): Promise<OfficialResponseRow> {
    const [row] = (await manager.query(`SELECT * FROM official_response WHERE id = $1 FOR UPDATE`, [
      id,
    ])) as OfficialResponseRow[];
    if (!row || (row.status === 'DRAFT' && row.official_id !== viewer.id)) {
      throw ResponseException.notFound();
    }
    if (row.official_id !== viewer.id) throw ResponseException.notAuthor();
    return row;
  }

  private targetOf(manager: EntityManager, row: OfficialResponseRow): Promise<Target> {
    return this.targets.resolve(toGlobalId(row.target_kind, row.target_id), RESPONDABLE, manager);
  }

  private async recordDraft(
    manager: EntityManager,
    target: Target,
    row: OfficialResponseRow,
  ): Promise<void> {
    // Drafts are private: the event says one was saved, never what it says, and names no
    // article (so an article's public timeline does not show it).
    await this.events.append(manager, {
      type: 'response.draft.saved',
      actorId: row.official_id,
      subjectType: 'OfficialResponse',
      subjectId: row.id,
      articleId: null,
      consultationId: target.consultationId,
      payload: { target: target.globalId },
    });
  }

  /** The public revision of a published state, its event, and the author's notification. */
  private async recordPublication(
    manager: EntityManager,
    target: Target,
    row: OfficialResponseRow,
    type: 'response.published' | 'response.revised',
    revision: { previousDecision: DecisionName; tellAuthor: boolean } | null = null,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO official_response_revision (response_id, number, decision, body, official_title, created_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [row.id, row.revision_count, row.decision, row.body, row.official_title, row.updated_at],
    );
    await this.events.append(manager, {
      type,
      actorId: row.official_id,
      subjectType: 'OfficialResponse',
      subjectId: row.id,
      articleId: target.articleId,
      consultationId: target.consultationId,
      payload: {
        target: target.globalId,
        decision: row.decision,
        revision: row.revision_count,
        officialTitle: row.official_title,
        ...(revision ? { previousDecision: revision.previousDecision } : {}),
      },
    });
    if (revision && !revision.tellAuthor) return;
    await this.tellAuthor(manager, target, row, revision !== null);
  }

  private async tellAuthor(
    manager: EntityManager,
    target: Target,
    row: OfficialResponseRow,
    revised: boolean,
  ): Promise<void> {
    if (!target.authorId || target.authorId === row.official_id) return;
    const [article] = target.articleId
      ? ((await manager.query(`SELECT number FROM article WHERE id = $1`, [target.articleId])) as {
          number: number;
        }[])
      : [];
    const name = contributionName(target.kind);
    const where = article ? ` (article ${article.number})` : '';
    const rejectedAmendment = target.kind === 'Amendment' && row.decision === 'REJECTED';
    const excerpt =
      row.body.length > EXCERPT_LENGTH ? `${row.body.slice(0, EXCERPT_LENGTH)}…` : row.body;
    await this.notifications.notify(manager, {
      participantId: target.authorId,
      kind: rejectedAmendment ? 'AMENDMENT_REJECTED' : 'OFFICIAL_RESPONSE',
      subject: { type: target.kind, id: target.id },
      sourceKey: `response:${row.id}:${row.revision_count}`,
      title: rejectedAmendment
        ? 'Votre amendement a été rejeté'
        : `${revised ? 'Réponse officielle révisée' : 'Réponse officielle'} : ${name.yours}`,
      body:
        `${row.official_name}, ${row.official_title}, a ${revised ? 'révisé sa réponse à' : 'répondu à'} ` +
        `${name.yours}${where} — décision : ${DECISION_FR[row.decision]}.\n\n« ${excerpt} »`,
    });
  }
}
