import { consultationPath } from '../consultations/paths';

/** `/moderation`: the moderators' queue (./routes names these paths too, to stay light). */
export const moderationQueuePath = '/moderation';

/** `/consultations/:slug/moderation`: the public moderation log of a consultation. */
export function moderationLogPath(slug: string): string {
  return `${consultationPath(slug)}/moderation`;
}

/** `/consultations/:slug/moderation/recours/:contributionId`: its author appeals a hiding. */
export function contributionAppealPath(slug: string, contributionId: string): string {
  return `${moderationLogPath(slug)}/recours/${encodeURIComponent(contributionId)}`;
}

/** `/compte/recours`: a suspended participant appeals their suspension. */
export const suspensionAppealPath = '/compte/recours';
