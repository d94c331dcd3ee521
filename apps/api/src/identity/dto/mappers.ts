import type { Viewer } from '../../common/access.decorators.js';
import { toGlobalId } from '../../common/global-id.js';
import type { ParticipantEntity } from '../entities/participant.entity.js';
import { Participant, ViewerType } from './participant.type.js';

export function toParticipant(row: ParticipantEntity): Participant {
  return Object.assign(new Participant(), {
    id: toGlobalId('Participant', row.id),
    uuid: row.id,
    displayName: row.displayName,
    roles: row.roles,
    officialTitle: row.officialTitle,
    joinedAt: row.createdAt,
  });
}

export function toViewer(row: ParticipantEntity | Viewer): ViewerType {
  return Object.assign(new ViewerType(), {
    id: toGlobalId('Participant', row.id),
    displayName: row.displayName,
    email: row.email ?? '',
    roles: row.roles,
    officialTitle: row.officialTitle,
    suspendedUntil: row.suspendedUntil,
  });
}
