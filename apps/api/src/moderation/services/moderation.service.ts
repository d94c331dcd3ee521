import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../common/access.decorators.js';
import { AmendoException, badInput, notFound } from '../../common/errors.js';
import { fromGlobalId, toGlobalId } from '../../common/global-id.js';
import { type Target, type TargetKind, TargetRegistry } from '../../common/target-registry.js';
import { withRetry } from '../../common/transactions.js';
import { type ModerationState, VISIBLE } from '../../common/visibility.js';
import { EventLog } from '../../history/event-log.service.js';
import { ParticipantService } from '../../identity/services/participant.service.js';
import {
  Appeal,
  type AppealInput,
  type DecideAppealInput,
  type ModerateInput,
  type ModerationSettings,
  type ModerationSettingsInput,
  ModerationAction,
  type ModerationKind,
  Report,
  type ReportInput,
  type ReportReason,
} from '../dto/moderation.types.js';

const REPORTABLE: readonly TargetKind[] = ['Amendment', 'Proposal', 'Argument', 'Source'];
export const DEFAULT_AUTO_HIDE_THRESHOLD = 3;

export interface ActionRow {
  id: string;
  kind: ModerationKind;
  target_id: string | null;
  target_kind: string | null;
  participant_id: string | null;
  consultation_id: string | null;
  moderator_id: string | null;
  automatic: boolean;
  reason_category: ReportReason;
  reason: string;
  suspended_until: Date | null;
  created_at: Date;
}

export function toAction(row: ActionRow): ModerationAction {
  return Object.assign(new ModerationAction(), {
    id: toGlobalId('ModerationAction', row.id),
    uuid: row.id,
    kind: row.kind,
    reasonCategory: row.reason_category,
    reason: row.reason,
    automatic: row.automatic,
    createdAt: row.created_at,
    suspendedUntil: row.suspended_until,
    targetUuid: row.target_id,
    targetKind: row.target_kind,
    participantUuid: row.participant_id,
    moderatorUuid: row.moderator_id,
  });
}

interface AppealRow {
  id: string;
  action_id: string;
  text: string;
  status: string;
  decision_reason: string | null;
  created_at: Date;
  decided_at: Date | null;
}

function toAppeal(row: AppealRow): Appeal {
  return Object.assign(new Appeal(), {
    id: toGlobalId('Appeal', row.id),
    actionUuid: row.action_id,
    text: row.text,
    status: row.status,
    decisionReason: row.decision_reason,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
  });
}

/**
 * Moderation in the open: reports (auto-hide past a threshold of distinct reporters), actions
 * with a statement of reasons, one appeal per action decided by another moderator. Hidden
 * contributions are never deleted: their state is a row of `moderation_state`, read by everyone
 * through the common Visibility service. Each use case is one transaction with its events.
 */
@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly targets: TargetRegistry,
    private readonly events: EventLog,
    private readonly participants: ParticipantService,
  ) {}

  /** Batch: moderation states of contributions (visible when never moderated). */
  async states(uuids: readonly string[], manager?: EntityManager): Promise<ModerationState[]> {
    const rows = (await (manager ?? this.dataSource.manager).query(
      `SELECT s.target_id, s.hidden, s.hidden_at, s.action_id, a.reason, a.reason_category
       FROM moderation_state s JOIN moderation_action a ON a.id = s.action_id
       WHERE s.target_id = ANY($1::uuid[])`,
      [uuids],
    )) as {
      target_id: string;
      hidden: boolean;
      hidden_at: Date | null;
      action_id: string;
      reason: string;
      reason_category: string;
    }[];
    const byId = new Map(rows.map((row) => [row.target_id, row]));
    return uuids.map((uuid) => {
      const row = byId.get(uuid);
      return row?.hidden
        ? {
            hidden: true,
            reason: row.reason,
            reasonCategory: row.reason_category,
            hiddenAt: row.hidden_at,
            actionId: row.action_id,
          }
        : VISIBLE;
    });
  }

  async report(viewer: Viewer, input: ReportInput): Promise<Report> {
    if (input.reason === 'OTHER' && !input.details) {
      throw badInput('Précisez le motif du signalement quand vous choisissez « Autre ».', {
        field: 'details',
      });
    }
    return withRetry(this.dataSource, async (manager) => {
      const target = await this.targets.resolve(input.contributionId, REPORTABLE, manager);
      if (target.authorId === viewer.id)
        throw new AmendoException('FORBIDDEN', 'On ne peut pas signaler sa propre contribution.');
      const inserted = (await manager.query(
        `INSERT INTO report (target_id, target_kind, consultation_id, reporter_id, reason, details)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT ON CONSTRAINT report_once_per_reporter DO NOTHING RETURNING *`,
        [
          target.id,
          target.kind,
          target.consultationId,
          viewer.id,
          input.reason,
          input.details ?? null,
        ],
      )) as {
        id: string;
        reason: ReportReason;
        details: string | null;
        status: string;
        created_at: Date;
      }[];
      const row = inserted[0];
      if (!row)
        throw new AmendoException(
          'CONFLICT',
          'Vous avez déjà signalé cette contribution : la modération l’examinera.',
        );
      await this.events.append(manager, {
        type: 'contribution.reported',
        subjectType: target.kind,
        subjectId: target.id,
        articleId: target.articleId,
        consultationId: target.consultationId,
        payload: { reason: input.reason },
      });
      await this.autoHide(manager, target);
      return Object.assign(new Report(), {
        id: toGlobalId('Report', row.id),
        reason: row.reason,
        details: row.details,
        status: row.status,
        createdAt: row.created_at,
      });
    });
  }

  async moderate(viewer: Viewer, input: ModerateInput): Promise<ModerationAction> {
    const onParticipant = input.action === 'SUSPEND' || input.action === 'REINSTATE';
    if (onParticipant ? !input.participantId : !input.contributionId) {
      throw badInput(
        onParticipant
          ? 'Indiquez le ou la participante (participantId).'
          : 'Indiquez la contribution (contributionId).',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      if (onParticipant) return this.moderateParticipant(manager, viewer, input);
      const target = await this.targets.resolve(
        input.contributionId as string,
        REPORTABLE,
        manager,
      );
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [target.id]);
      const [state] = await this.states([target.id], manager);
      if (input.action === 'HIDE' && state?.hidden)
        throw new AmendoException('CONFLICT', 'Cette contribution est déjà masquée.');
      if (input.action === 'RESTORE' && !state?.hidden)
        throw new AmendoException('CONFLICT', 'Cette contribution n’est pas masquée.');
      const kind = input.action as 'HIDE' | 'RESTORE' | 'DISMISS_REPORTS';
      return toAction(
        await this.act(manager, target, kind, input.reasonCategory, input.reason, viewer.id, false),
      );
    });
  }

  async appeal(viewer: Viewer, input: AppealInput): Promise<Appeal> {
    const { id } = fromGlobalId(input.moderationActionId, 'ModerationAction');
    return this.dataSource.transaction(async (manager) => {
      const [action] = (await manager.query(`SELECT * FROM moderation_action WHERE id = $1`, [
        id,
      ])) as ActionRow[];
      if (!action) throw notFound('Décision de modération');
      if (action.kind !== 'HIDE' && action.kind !== 'SUSPEND') {
        throw badInput('Seuls un masquage ou une suspension peuvent faire l’objet d’un appel.');
      }
      const concerned =
        action.kind === 'SUSPEND'
          ? action.participant_id
          : (
              await this.targets.resolve(
                toGlobalId(action.target_kind as string, action.target_id as string),
                REPORTABLE,
                manager,
              )
            ).authorId;
      if (concerned !== viewer.id) {
        throw new AmendoException(
          'FORBIDDEN',
          'Seule la personne concernée par cette décision peut faire appel.',
        );
      }
      const rows = (await manager.query(
        `INSERT INTO appeal (action_id, appellant_id, text) VALUES ($1, $2, $3) ON CONFLICT (action_id) DO NOTHING RETURNING *`,
        [id, viewer.id, input.text],
      )) as AppealRow[];
      const row = rows[0];
      if (!row)
        throw new AmendoException(
          'CONFLICT',
          'Un appel a déjà été formé contre cette décision : on ne peut faire appel qu’une fois.',
        );
      await this.events.append(manager, {
        type: 'moderation.appealed',
        actorId: viewer.id,
        subjectType: 'ModerationAction',
        subjectId: id,
        consultationId: action.consultation_id,
      });
      return toAppeal(row);
    });
  }

  /** Another moderator than the one who acted decides; granting reverses the action. */
  async decideAppeal(viewer: Viewer, input: DecideAppealInput): Promise<Appeal> {
    const { id } = fromGlobalId(input.appealId, 'Appeal');
    return this.dataSource.transaction(async (manager) => {
      const [appeal] = (await manager.query(`SELECT * FROM appeal WHERE id = $1 FOR UPDATE`, [
        id,
      ])) as AppealRow[];
      if (!appeal) throw notFound('Appel');
      if (appeal.status !== 'PENDING')
        throw new AmendoException('CONFLICT', 'Cet appel a déjà été tranché.');
      const [action] = (await manager.query(`SELECT * FROM moderation_action WHERE id = $1`, [
        appeal.action_id,
      ])) as ActionRow[];
      if (!action) throw notFound('Décision de modération');
      if (action.moderator_id === viewer.id) {
        throw new AmendoException(
          'FORBIDDEN',
          'Un appel doit être tranché par une autre personne que celle qui a pris la décision.',
        );
      }
      if (input.grant) {
        const reason = `Appel accueilli : ${input.reason}`;
        if (action.kind === 'SUSPEND') {
          await this.moderateParticipant(manager, viewer, {
            action: 'REINSTATE',
            participantId: toGlobalId('Participant', action.participant_id as string),
            reasonCategory: action.reason_category,
            reason,
          });
        } else {
          const target = await this.targets.resolve(
            toGlobalId(action.target_kind as string, action.target_id as string),
            REPORTABLE,
            manager,
          );
          const [state] = await this.states([target.id], manager);
          if (state?.hidden)
            await this.act(
              manager,
              target,
              'RESTORE',
              action.reason_category,
              reason,
              viewer.id,
              false,
            );
        }
      }
      const [rows] = (await manager.query(
        `UPDATE appeal SET status = $2, decided_by = $3, decision_reason = $4, decided_at = now() WHERE id = $1 RETURNING *`,
        [id, input.grant ? 'GRANTED' : 'DENIED', viewer.id, input.reason],
      )) as [AppealRow[], number];
      await this.events.append(manager, {
        type: input.grant ? 'moderation.appeal.granted' : 'moderation.appeal.denied',
        actorId: viewer.id,
        subjectType: 'ModerationAction',
        subjectId: action.id,
        consultationId: action.consultation_id,
        payload: { reason: input.reason },
      });
      return toAppeal(rows[0] as AppealRow);
    });
  }

  /** The auto-hide settings of a consultation (defaults when never set). */
  async settings(consultationId: string): Promise<ModerationSettings> {
    const [row] = (await this.dataSource.query(
      `SELECT auto_hide_threshold, reporter_min_account_days FROM moderation_settings WHERE consultation_id = $1`,
      [consultationId],
    )) as { auto_hide_threshold: number; reporter_min_account_days: number }[];
    return {
      autoHideThreshold: row?.auto_hide_threshold ?? DEFAULT_AUTO_HIDE_THRESHOLD,
      reporterMinAccountDays: row?.reporter_min_account_days ?? 0,
    };
  }

  async setSettings(viewer: Viewer, input: ModerationSettingsInput): Promise<ModerationSettings> {
    const { id } = fromGlobalId(input.consultationId, 'Consultation');
    return this.dataSource.transaction(async (manager) => {
      const [exists] = (await manager.query(`SELECT 1 FROM consultation WHERE id = $1`, [
        id,
      ])) as unknown[];
      if (!exists) throw notFound('Consultation');
      await manager.query(
        `INSERT INTO moderation_settings (consultation_id, auto_hide_threshold, reporter_min_account_days) VALUES ($1, $2, $3)
         ON CONFLICT (consultation_id) DO UPDATE SET auto_hide_threshold = $2, reporter_min_account_days = $3`,
        [id, input.autoHideThreshold, input.reporterMinAccountDays],
      );
      await this.events.append(manager, {
        type: 'moderation.settings.changed',
        actorId: viewer.id,
        subjectType: 'Consultation',
        subjectId: id,
        consultationId: id,
        payload: {
          autoHideThreshold: input.autoHideThreshold,
          reporterMinAccountDays: input.reporterMinAccountDays,
        },
      });
      return {
        autoHideThreshold: input.autoHideThreshold,
        reporterMinAccountDays: input.reporterMinAccountDays,
      };
    });
  }

  /** Appeals waiting for a decision, oldest first (moderators). */
  async pendingAppeals(limit: number): Promise<Appeal[]> {
    const rows = (await this.dataSource.query(
      `SELECT * FROM appeal WHERE status = 'PENDING' ORDER BY created_at, id LIMIT $1`,
      [limit],
    )) as AppealRow[];
    return rows.map(toAppeal);
  }

  /** Batch: moderation actions by id. */
  async actionsByIds(ids: readonly string[]): Promise<(ModerationAction | null)[]> {
    const rows = (await this.dataSource.query(
      `SELECT * FROM moderation_action WHERE id = ANY($1::uuid[])`,
      [ids],
    )) as ActionRow[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => {
      const row = byId.get(id);
      return row ? toAction(row) : null;
    });
  }

  /** Hides a contribution pending review once enough distinct participants reported it. */
  private async autoHide(manager: EntityManager, target: Target): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [target.id]);
    const [settings] = (await manager.query(
      `SELECT coalesce(s.auto_hide_threshold, $2) AS threshold, coalesce(s.reporter_min_account_days, 0) AS min_days
       FROM (SELECT 1) one LEFT JOIN moderation_settings s ON s.consultation_id = $1`,
      [target.consultationId, DEFAULT_AUTO_HIDE_THRESHOLD],
    )) as { threshold: number; min_days: number }[];
    const [counted] = (await manager.query(
      `SELECT count(*)::int AS n, mode() WITHIN GROUP (ORDER BY r.reason) AS reason
       FROM report r JOIN participant p ON p.id = r.reporter_id
       WHERE r.target_id = $1 AND r.status = 'PENDING' AND p.created_at <= now() - make_interval(days => $2)`,
      [target.id, settings?.min_days ?? 0],
    )) as { n: number; reason: ReportReason }[];
    const [state] = await this.states([target.id], manager);
    if (
      !counted ||
      counted.n < (settings?.threshold ?? DEFAULT_AUTO_HIDE_THRESHOLD) ||
      state?.hidden
    )
      return;
    await this.act(
      manager,
      target,
      'HIDE',
      counted.reason,
      `Masquée automatiquement après ${counted.n} signalements de participants distincts, en attente d’examen par la modération.`,
      null,
      true,
    );
  }

  /** Records an action on a contribution, its effect on the moderation state and reports, and its event. */
  private async act(
    manager: EntityManager,
    target: Target,
    kind: 'HIDE' | 'RESTORE' | 'DISMISS_REPORTS',
    category: ReportReason,
    reason: string,
    moderatorId: string | null,
    automatic: boolean,
  ): Promise<ActionRow> {
    const [action] = (await manager.query(
      `INSERT INTO moderation_action (kind, target_id, target_kind, consultation_id, moderator_id, automatic, reason_category, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
      [
        kind,
        target.id,
        target.kind,
        target.consultationId,
        moderatorId,
        automatic,
        category,
        reason,
      ],
    )) as ActionRow[];
    const row = action as ActionRow;
    if (kind === 'HIDE' || kind === 'RESTORE') {
      await manager.query(
        `INSERT INTO moderation_state (target_id, target_kind, hidden, action_id, hidden_at)
         VALUES ($1, $2, $3, $4, CASE WHEN $3 THEN now() END)
         ON CONFLICT (target_id) DO UPDATE SET hidden = $3, action_id = $4, hidden_at = CASE WHEN $3 THEN now() END`,
        [target.id, target.kind, kind === 'HIDE', row.id],
      );
    }
    // A manual hiding upholds the open reports; a restoration or a dismissal dismisses them.
    if (!automatic) {
      await manager.query(
        `UPDATE report SET status = $2, resolved_by = $3 WHERE target_id = $1 AND status = 'PENDING'`,
        [target.id, kind === 'HIDE' ? 'UPHELD' : 'DISMISSED', row.id],
      );
    }
    await this.events.append(manager, {
      type:
        kind === 'HIDE'
          ? 'contribution.hidden'
          : kind === 'RESTORE'
            ? 'contribution.restored'
            : 'contribution.reports.dismissed',
      actorId: moderatorId,
      subjectType: target.kind,
      subjectId: target.id,
      articleId: target.articleId,
      consultationId: target.consultationId,
      payload: {
        authorId: target.authorId,
        reasonCategory: category,
        reason,
        automatic,
        actionId: row.id,
      },
    });
    return row;
  }

  private async moderateParticipant(
    manager: EntityManager,
    viewer: Viewer,
    input: Pick<
      ModerateInput,
      'action' | 'participantId' | 'reasonCategory' | 'reason' | 'suspendDays'
    >,
  ): Promise<ModerationAction> {
    const { id } = fromGlobalId(input.participantId as string, 'Participant');
    if (id === viewer.id)
      throw new AmendoException(
        'FORBIDDEN',
        'On ne peut pas se suspendre ou se réintégrer soi-même.',
      );
    const suspend = input.action === 'SUSPEND';
    if (suspend && !input.suspendDays)
      throw badInput('Indiquez la durée de la suspension (suspendDays, de 1 à 365 jours).');
    const until = suspend
      ? new Date(Date.now() + (input.suspendDays as number) * 86_400_000)
      : null;
    if (!(await this.participants.setSuspension(manager, id, until)))
      throw notFound('Participant·e');
    const [action] = (await manager.query(
      `INSERT INTO moderation_action (kind, participant_id, moderator_id, reason_category, reason, suspended_until)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
      [input.action, id, viewer.id, input.reasonCategory, input.reason, until],
    )) as ActionRow[];
    await this.events.append(manager, {
      type: suspend ? 'participant.suspended' : 'participant.reinstated',
      actorId: viewer.id,
      subjectType: 'Participant',
      subjectId: id,
      payload: { reasonCategory: input.reasonCategory, reason: input.reason, until },
    });
    return toAction(action as ActionRow);
  }
}
