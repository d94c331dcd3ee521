/** What a participant can be told about; each kind has its own email preference. */
export const NOTIFICATION_KINDS = [
  'OFFICIAL_RESPONSE',
  'AMENDMENT_INCORPORATED',
  'AMENDMENT_REJECTED',
  'AMENDMENT_OUTDATED',
  'CONTRIBUTION_HIDDEN',
] as const;
export type NotificationKindName = (typeof NOTIFICATION_KINDS)[number];

/** Emails are on by default for every kind; a participant turns them off one by one. */
export const EMAIL_BY_DEFAULT = true;
