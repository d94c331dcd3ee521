import type { DecisionName } from '../response-rules.js';

/** A row of `official_response`: its current state (a draft, or the latest published revision). */
export interface OfficialResponseRow {
  readonly id: string;
  readonly target_id: string;
  readonly target_kind: 'Article' | 'Amendment' | 'Proposal' | 'Argument';
  readonly consultation_id: string;
  readonly article_id: string | null;
  readonly official_id: string;
  readonly official_name: string;
  readonly official_title: string;
  readonly decision: DecisionName;
  readonly body: string;
  readonly status: 'DRAFT' | 'PUBLISHED';
  /** Published revisions (0 for a draft). */
  readonly revision_count: number;
  readonly created_at: Date;
  readonly updated_at: Date;
  readonly published_at: Date | null;
}

/** A row of `official_response_revision`: one published state, immutable. */
export interface ResponseRevisionRow {
  readonly response_id: string;
  readonly number: number;
  readonly decision: DecisionName;
  readonly body: string;
  readonly official_title: string;
  readonly created_at: Date;
}
