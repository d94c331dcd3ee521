import { toGlobalId } from '../../common/global-id.js';
import type { NotificationRow } from '../entities/notification.entity.js';
import { Notification } from './notification.types.js';

export function toNotification(row: NotificationRow): Notification {
  return Object.assign(new Notification(), {
    id: toGlobalId('Notification', row.id),
    uuid: row.id,
    recipientUuid: row.participant_id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    createdAt: row.created_at,
    readAt: row.read_at,
    subjectType: row.subject_type,
    subjectUuid: row.subject_id,
  });
}
