/** A row of `response_policy`: a consultation's rules of obligation, and when they froze. */
export interface ResponsePolicyRow {
  readonly consultation_id: string;
  readonly min_votes: number | null;
  readonly top_per_article: number | null;
  readonly deadline_days: number | null;
  readonly updated_at: Date;
  readonly updated_by: string | null;
  /** Set on the first read after the close, when the obliged set was stored. */
  readonly frozen_at: Date | null;
  /** The closing date it froze for: if an admin moves the close later, the freeze lapses. */
  readonly frozen_closes_at: Date | null;
}

/** A row of `response_obligation`: one obliged contribution, as it stood at the close. */
export interface ResponseObligationRow {
  readonly consultation_id: string;
  readonly target_id: string;
  readonly target_kind: 'Amendment' | 'Proposal' | 'Argument';
  readonly article_id: string | null;
  readonly target_created_at: Date;
  readonly votes: number;
  readonly agree: number;
  readonly by_votes: boolean;
  readonly by_rank: boolean;
  readonly due_at: Date | null;
}
