import type { OpenDataKey, OpenDataT } from './open-data-translations';

/** Each event type people may meet, with its words (counted ones take the event's count). */
const labels: Record<string, OpenDataKey> = {
  'amendment.proposed': 'event.amendment.proposed',
  'amendment.edited': 'event.amendment.edited',
  'amendment.withdrawn': 'event.amendment.withdrawn',
  'amendment.rejected': 'event.amendment.rejected',
  'amendment.incorporated': 'event.amendment.incorporated',
  'amendment.outdated': 'event.amendment.outdated',
  'amendment.reanchored': 'event.amendment.reanchored',
  'argument.posted': 'event.argument.posted',
  'argument.edited': 'event.argument.edited',
  'argument.convincing.marked': 'event.argument.convincingMarked',
  'argument.convincing.unmarked': 'event.argument.convincingUnmarked',
  'article.created': 'event.article.created',
  'article.updated': 'event.article.updated',
  'article.renumbered': 'event.article.renumbered',
  'article.version.published': 'event.article.versionPublished',
  'vote.cast': 'event.votes',
  'vote.changed': 'event.vote.changed',
  'vote.retracted': 'event.vote.retracted',
  'source.added': 'event.source.added',
  'response.published': 'event.response.published',
  'response.revised': 'event.response.revised',
  'contribution.hidden': 'event.contribution.hidden',
  'contribution.restored': 'event.contribution.restored',
  'contribution.reported': 'event.contribution.reported',
  'contribution.reports.dismissed': 'event.contribution.reportsDismissed',
};

/** An event type in plain words (« Amendement proposé », « 3 votes »); unknown types as is. */
export function eventLabel(t: OpenDataT, type: string, count: number): string {
  const key = labels[type];
  return key ? t(key, { count }) : type;
}

/** The kinds of the filter, each with the event types it stands for (none: every type). */
export const eventKinds = {
  all: [],
  versions: [
    'article.version.published',
    'article.created',
    'article.updated',
    'article.renumbered',
  ],
  amendments: Object.keys(labels).filter((type) => type.startsWith('amendment.')),
  votes: ['vote.cast', 'vote.changed', 'vote.retracted'],
  arguments: Object.keys(labels).filter((type) => type.startsWith('argument.')),
  sources: ['source.added'],
  responses: ['response.published', 'response.revised'],
  moderation: Object.keys(labels).filter((type) => type.startsWith('contribution.')),
} satisfies Record<string, string[]>;

export type EventKind = keyof typeof eventKinds;

export function isEventKind(value: string | null): value is EventKind {
  return value !== null && Object.hasOwn(eventKinds, value);
}
