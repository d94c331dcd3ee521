import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../common/access.decorators.js';
import { fromGlobalId } from '../../common/global-id.js';
import { type ConnectionShape, decodeCursor, toConnection } from '../../common/pagination.js';
import { EventLog } from '../../history/event-log.service.js';
import { Clock } from '../../common/clock.js';
import { toNotification } from '../dto/mappers.js';
import type {
  Notification,
  NotificationListArgs,
  NotificationPreference,
  NotificationPreferenceInput,
} from '../dto/notification.types.js';
import type { NotificationRow } from '../entities/notification.entity.js';
import {
  EMAIL_BY_DEFAULT,
  NOTIFICATION_KINDS,
  type NotificationKindName,
} from '../notification-kinds.js';

/** What to tell a participant. */
export interface NewNotification {
  readonly participantId: string;
  readonly kind: NotificationKindName;
  /** The contribution it is about, when there is one. */
  readonly subject?: { readonly type: string; readonly id: string } | null;
  /**
   * What caused it, unique per participant (`event:<seq>`, `response:<id>:<revision>`): telling
   * twice about the same cause writes nothing the second time.
   */
  readonly sourceKey: string;
  readonly title: string;
  readonly body: string;
}

const MAIL_FOOTER =
  '\n\n—\nVous recevez ce message parce que vous participez à une consultation sur Amendo. ' +
  'Vous pouvez choisir les messages reçus par courriel dans les réglages de votre compte.';

/**
 * Notifications: the inbox of each participant and the emails it sends. Other contexts call
 * `notify` in their own transaction (the response service does), so a notification exists
 * exactly when its cause was committed; the event worker does the same for events.
 */
@Injectable()
export class NotificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventLog,
    private readonly clock: Clock,
  ) {}

  /**
   * Adds a notification to the participant's inbox and, if they want this kind by email and
   * have an address, queues the email in the outbox — both in the caller's transaction. Returns
   * false when this cause was already notified (nothing written).
   */
  async notify(manager: EntityManager, notification: NewNotification): Promise<boolean> {
    const now = this.clock.now();
    const [row] = (await manager.query(
      `INSERT INTO notification (participant_id, kind, subject_type, subject_id, source_key, title, body, created_at)
       SELECT p.id, $2, $3, $4, $5, $6, $7, $8 FROM participant p
       WHERE p.id = $1 AND p.deleted_at IS NULL
       ON CONFLICT (participant_id, source_key) DO NOTHING
       RETURNING id`,
      [
        notification.participantId,
        notification.kind,
        notification.subject?.type ?? null,
        notification.subject?.id ?? null,
        notification.sourceKey,
        notification.title.slice(0, 300),
        notification.body.slice(0, 5000),
        now,
      ],
    )) as { id: string }[];
    if (!row) return false;
    await manager.query(
      `INSERT INTO mail_outbox (notification_id, participant_id, subject, body, next_attempt_at, created_at)
       SELECT $1, p.id, $3, $4, $5, $5 FROM participant p
       LEFT JOIN notification_preference np ON np.participant_id = p.id AND np.kind = $6
       WHERE p.id = $2 AND p.email IS NOT NULL AND COALESCE(np.email, $7)`,
      [
        row.id,
        notification.participantId,
        `[Amendo] ${notification.title}`.slice(0, 300),
        `${notification.body}${MAIL_FOOTER}`,
        now,
        notification.kind,
        EMAIL_BY_DEFAULT,
      ],
    );
    return true;
  }

  /** The viewer's inbox, newest first (keyset on created_at, id). */
  async list(
    participantId: string,
    args: NotificationListArgs,
  ): Promise<ConnectionShape<Notification>> {
    const params: unknown[] = [participantId, args.unreadOnly, args.first + 1];
    let after = '';
    if (args.after) {
      const [createdAt, id] = decodeCursor(args.after, 2) as [string, string];
      params.push(createdAt, id);
      after = 'AND (created_at, id) < ($4::timestamptz, $5::uuid)';
    }
    const [rows, [count]] = await Promise.all([
      this.dataSource.query(
        `SELECT * FROM notification
         WHERE participant_id = $1 AND (NOT $2 OR read_at IS NULL) ${after}
         ORDER BY created_at DESC, id DESC LIMIT $3`,
        params,
      ) as Promise<NotificationRow[]>,
      this.dataSource.query(
        `SELECT count(*)::int AS count FROM notification
         WHERE participant_id = $1 AND (NOT $2 OR read_at IS NULL)`,
        [participantId, args.unreadOnly],
      ) as Promise<{ count: number }[]>,
    ]);
    return toConnection(
      rows,
      args,
      count?.count ?? 0,
      (row) => [row.created_at.toISOString(), row.id],
      toNotification,
    );
  }

  /** A participant's notifications, for their personal data export. */
  async exportFor(participantId: string): Promise<unknown[]> {
    return (await this.dataSource.query(
      `SELECT kind, title, body, created_at AS "createdAt", read_at AS "readAt"
       FROM notification WHERE participant_id = $1 ORDER BY created_at`,
      [participantId],
    )) as unknown[];
  }

  async unreadCount(participantId: string): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS count FROM notification WHERE participant_id = $1 AND read_at IS NULL`,
      [participantId],
    )) as { count: number }[];
    return row?.count ?? 0;
  }

  /** Batch: notifications by id, each only for its recipient (null for anyone else). */
  async byIds(
    ids: readonly string[],
    viewerId: string | undefined,
  ): Promise<(Notification | null)[]> {
    if (!viewerId) return ids.map(() => null);
    const rows = (await this.dataSource.query(
      `SELECT * FROM notification WHERE id = ANY($1::uuid[]) AND participant_id = $2`,
      [ids, viewerId],
    )) as NotificationRow[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => {
      const row = byId.get(id);
      return row ? toNotification(row) : null;
    });
  }

  /**
   * Marks some of the viewer's notifications read (ids of others' notifications are ignored,
   * so nothing tells whether they exist). Reading one's inbox is private: no event is appended.
   * Returns the unread count afterwards.
   */
  async markRead(viewer: Viewer, globalIds: readonly string[] | 'all'): Promise<number> {
    const ids =
      globalIds === 'all' ? null : globalIds.map((id) => fromGlobalId(id, 'Notification').id);
    await this.dataSource.query(
      `UPDATE notification SET read_at = $3
       WHERE participant_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
      [viewer.id, ids, this.clock.now()],
    );
    return this.unreadCount(viewer.id);
  }

  /** Every kind with the participant's choice (or the default). */
  async preferences(participantId: string): Promise<NotificationPreference[]> {
    const rows = (await this.dataSource.query(
      `SELECT kind, email FROM notification_preference WHERE participant_id = $1`,
      [participantId],
    )) as { kind: NotificationKindName; email: boolean }[];
    const chosen = new Map(rows.map((row) => [row.kind, row.email]));
    return NOTIFICATION_KINDS.map((kind) => ({
      kind,
      byMail: chosen.get(kind) ?? EMAIL_BY_DEFAULT,
    }));
  }

  /** Changes the kinds given (the last one wins if a kind is given twice), with its event. */
  async setPreferences(
    viewer: Viewer,
    preferences: readonly NotificationPreferenceInput[],
  ): Promise<NotificationPreference[]> {
    const chosen = new Map(preferences.map((p) => [p.kind, p.byMail]));
    if (chosen.size > 0) {
      await this.dataSource.transaction(async (manager) => {
        await manager.query(
          `INSERT INTO notification_preference (participant_id, kind, email, updated_at)
           SELECT $1, kind, email, $4 FROM unnest($2::text[], $3::boolean[]) AS c(kind, email)
           ON CONFLICT (participant_id, kind)
           DO UPDATE SET email = EXCLUDED.email, updated_at = EXCLUDED.updated_at`,
          [viewer.id, [...chosen.keys()], [...chosen.values()], this.clock.now()],
        );
        await this.events.append(manager, {
          type: 'notification.preferences.changed',
          actorId: viewer.id,
          subjectType: 'Participant',
          subjectId: viewer.id,
          payload: { byMail: Object.fromEntries(chosen) },
        });
      });
    }
    return this.preferences(viewer.id);
  }
}
