import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { parseGlobalId } from '../../common/global-id.js';
import { agreed, capitalised, contributionName } from '../notification-texts.js';
import { advanceCursor, type CursorState } from './event-cursor.js';
import { type NewNotification, NotificationService } from './notification.service.js';

/** The event types that tell an author something, and how. */
export const NOTIFYING_EVENTS = [
  'amendment.incorporated',
  'amendment.rejected',
  'amendment.outdated',
  'contribution.hidden',
] as const;

interface EventRow {
  readonly seq: string;
  readonly type: string;
  readonly actor_id: string | null;
  readonly subject_type: string;
  readonly subject_id: string;
  readonly article_number: number | null;
  readonly payload: Record<string, unknown> | null;
}

const BATCH = 2000;
const MAX_PASSES = 20;

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/** The notification an event asks for, or null. Pure: exported for its unit spec. */
export function notificationOf(event: EventRow): NewNotification | null {
  const payload = event.payload ?? {};
  const authorId = text(payload.authorId);
  if (!authorId || authorId === event.actor_id) return null;
  const article = event.article_number ? ` (article ${event.article_number})` : '';
  const base = { participantId: authorId, sourceKey: `event:${event.seq}` };
  const amendment = { type: 'Amendment', id: event.subject_id };
  switch (event.type) {
    case 'amendment.incorporated':
      return {
        ...base,
        kind: 'AMENDMENT_INCORPORATED',
        subject: amendment,
        title: 'Votre amendement a été intégré au texte',
        body: `Votre amendement${article} a été intégré${
          typeof payload.versionNumber === 'number'
            ? ` dans la version ${payload.versionNumber} du texte`
            : ' au texte'
        }. Merci pour votre contribution.`,
      };
    case 'amendment.outdated':
      return {
        ...base,
        kind: 'AMENDMENT_OUTDATED',
        subject: amendment,
        title: 'Votre amendement est dépassé par une nouvelle version du texte',
        body: `Une nouvelle version${
          typeof payload.newVersionNumber === 'number' ? ` (${payload.newVersionNumber})` : ''
        } de l’article modifie les lignes que visait votre amendement${article}. Il n’est plus soumis au vote tel quel ; vous pouvez le reproposer sur le texte en vigueur.`,
      };
    case 'amendment.rejected':
      return {
        ...base,
        kind: 'AMENDMENT_REJECTED',
        subject: amendment,
        title: 'Votre amendement a été rejeté',
        body: `Votre amendement${article} a été rejeté.${
          text(payload.reason) ? ` Motif : ${text(payload.reason)}` : ''
        }`,
      };
    case 'contribution.hidden': {
      const target = text(payload.target) ? parseGlobalId(text(payload.target) as string) : null;
      const subject = target ?? { type: event.subject_type, id: event.subject_id };
      const reason = text(payload.reason);
      const name = contributionName(subject.type);
      const hidden = agreed(name, 'masqué');
      return {
        ...base,
        kind: 'CONTRIBUTION_HIDDEN',
        subject,
        title: `${capitalised(name.yours)} a été ${hidden} par la modération`,
        body: `${capitalised(name.yours)}${article} a été ${hidden} par la modération${
          reason ? ` — motif : ${reason}` : ''
        }. ${name.feminine ? 'Elle' : 'Il'} reste en place, ${hidden}, et vous pouvez faire appel une fois de cette décision.`,
      };
    }
    default:
      return null;
  }
}

/**
 * Turns events of other contexts (amendments, moderation) into notifications, without importing
 * them: a cursor on `event.seq` (one row, `notification_cursor`), advanced in the same
 * transaction as the notifications it writes — each event is handled once even with several API
 * replicas (`FOR UPDATE SKIP LOCKED`: one replica at a time, the others skip), and an event that
 * commits late behind a hole in the sequence is not skipped (see `advanceCursor`).
 */
@Injectable()
export class EventNotifier {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationService,
  ) {}

  /** Handles every event it can now; returns the number of notifications written. */
  async processEvents(): Promise<number> {
    let written = 0;
    for (let pass = 0; pass < MAX_PASSES; pass += 1) {
      const result = await this.dataSource.transaction((manager) => this.pass(manager));
      if (!result) break;
      written += result.written;
      if (!result.progressed) break;
    }
    return written;
  }

  private async pass(
    manager: EntityManager,
  ): Promise<{ written: number; progressed: boolean } | null> {
    const [cursor] = (await manager.query(
      `SELECT last_seq, gap_seq, gap_horizon::text AS gap_horizon FROM notification_cursor
       WHERE name = 'events' FOR UPDATE SKIP LOCKED`,
    )) as { last_seq: string; gap_seq: string | null; gap_horizon: string | null }[];
    if (!cursor) return null; // another replica is at it
    const state: CursorState = {
      lastSeq: BigInt(cursor.last_seq),
      gapSeq: cursor.gap_seq === null ? null : BigInt(cursor.gap_seq),
      gapHorizon: cursor.gap_horizon === null ? null : BigInt(cursor.gap_horizon),
    };
    const [snapshot] = (await manager.query(
      `SELECT pg_snapshot_xmin(s)::text AS xmin, pg_snapshot_xmax(s)::text AS xmax
       FROM pg_current_snapshot() AS s`,
    )) as { xmin: string; xmax: string }[];
    const events = (await manager.query(
      `SELECT e.seq::text AS seq, e.type, e.actor_id, e.subject_type, e.subject_id,
              CASE WHEN e.type = ANY($2::text[]) THEN e.payload END AS payload,
              CASE WHEN e.type = ANY($2::text[]) THEN a.number END AS article_number
       FROM event e LEFT JOIN article a ON a.id = e.article_id AND e.type = ANY($2::text[])
       WHERE e.seq > $1 ORDER BY e.seq LIMIT ${BATCH}`,
      [cursor.last_seq, NOTIFYING_EVENTS],
    )) as EventRow[];
    const step = advanceCursor(
      state,
      events.map((event) => ({ ...event, seq: BigInt(event.seq) })),
      { xmin: BigInt(snapshot?.xmin ?? '0'), xmax: BigInt(snapshot?.xmax ?? '0') },
    );
    let written = 0;
    for (const event of step.handle) {
      const notification = notificationOf({ ...event, seq: event.seq.toString() });
      if (notification && (await this.notifications.notify(manager, notification))) written += 1;
    }
    const { next } = step;
    const progressed =
      next.lastSeq !== state.lastSeq ||
      next.gapSeq !== state.gapSeq ||
      next.gapHorizon !== state.gapHorizon;
    if (progressed) {
      await manager.query(
        `UPDATE notification_cursor SET last_seq = $1, gap_seq = $2, gap_horizon = $3::text::xid8,
                updated_at = now()
         WHERE name = 'events'`,
        [
          next.lastSeq.toString(),
          next.gapSeq?.toString() ?? null,
          next.gapHorizon?.toString() ?? null,
        ],
      );
    }
    return { written, progressed };
  }
}
