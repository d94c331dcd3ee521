// What the router loads on demand, as one chunk (with moderation's words and styles): the
// public log, the moderators' queue and the appeal form weigh on no page's first load.
export { AppealPage, SuspensionBanner } from './appeal-page';
export { ModerationLogPage } from './moderation-log-page';
export { ModerationQueuePage } from './moderation-queue-page';
export { ModerationNavLink } from './moderation-nav';
