/** A row of `mail_outbox`: an email to deliver, written in the transaction of its notification. */
export interface MailOutboxRow {
  readonly id: string;
  readonly notification_id: string | null;
  readonly participant_id: string;
  readonly subject: string;
  readonly body: string;
  /** PENDING until SENT; FAILED when the server refused it for good; CANCELLED without address. */
  readonly status: 'PENDING' | 'SENT' | 'FAILED' | 'CANCELLED';
  /** Attempts started, the current one included once claimed. */
  readonly attempts: number;
  readonly next_attempt_at: Date;
  readonly last_error: string | null;
  readonly transport: 'smtp' | 'log' | null;
  readonly message_id: string | null;
  readonly created_at: Date;
  readonly sent_at: Date | null;
}
