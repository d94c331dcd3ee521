import { toGlobalId } from '../../common/global-id.js';
import { Workshop } from './workshop.type.js';

/** A `workshop` row as the service selects it (`held_on::text`). */
export interface WorkshopRow {
  id: string;
  consultation_id: string;
  title: string;
  place: string;
  held_on: string;
  participant_count: number;
  facilitator_id: string | null;
  created_at: Date;
}

export function toWorkshop(row: WorkshopRow): Workshop {
  return Object.assign(new Workshop(), {
    id: toGlobalId('Workshop', row.id),
    uuid: row.id,
    consultationUuid: row.consultation_id,
    facilitatorUuid: row.facilitator_id,
    title: row.title,
    place: row.place,
    heldOn: row.held_on,
    participantCount: Number(row.participant_count),
    createdAt: row.created_at,
  });
}
