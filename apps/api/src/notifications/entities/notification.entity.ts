import type { NotificationKindName } from '../notification-kinds.js';

/** A row of `notification`: one message of a participant's inbox. */
export interface NotificationRow {
  readonly id: string;
  readonly participant_id: string;
  readonly kind: NotificationKindName;
  readonly subject_type: string | null;
  readonly subject_id: string | null;
  /** What caused it (`event:<seq>`, `response:<id>:<revision>`): one notification per source. */
  readonly source_key: string;
  readonly title: string;
  readonly body: string;
  readonly created_at: Date;
  readonly read_at: Date | null;
}

/** A row of `notification_preference`: whether a kind of notification is also emailed. */
export interface NotificationPreferenceRow {
  readonly participant_id: string;
  readonly kind: NotificationKindName;
  readonly email: boolean;
}
