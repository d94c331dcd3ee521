import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const AMENDMENT_STATUSES = [
  'OPEN',
  'INCORPORATED',
  'REJECTED',
  'WITHDRAWN',
  'OUTDATED',
] as const;
export type AmendmentStatusName = (typeof AMENDMENT_STATUSES)[number];

/**
 * A line-level amendment: replaces lines `lineStart..lineEnd` (inclusive) of one version of an
 * article with `proposedText` (an insertion has `lineEnd = lineStart - 1`; an empty text deletes).
 * While OPEN it always targets the current version: each publication re-anchors it or outdates it.
 */
@Entity('amendment')
export class AmendmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId: string;

  @Column({ name: 'article_id', type: 'uuid' })
  articleId: string;

  @Column({ name: 'base_version_id', type: 'uuid' })
  baseVersionId: string;

  @Column({ name: 'base_version_number', type: 'integer' })
  baseVersionNumber: number;

  @Column({ name: 'line_start', type: 'integer' })
  lineStart: number;

  @Column({ name: 'line_end', type: 'integer' })
  lineEnd: number;

  /** The lines replaced, as they read in the base version ('' for an insertion). */
  @Column({ name: 'original_text' })
  originalText: string;

  @Column({ name: 'proposed_text' })
  proposedText: string;

  @Column()
  rationale: string;

  @Column({ type: 'text' })
  status: AmendmentStatusName;

  /** Null only for a deleted account. */
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @Column({ name: 'incorporated_in_version_id', type: 'uuid', nullable: true })
  incorporatedInVersionId: string | null;

  /** The OUTDATED amendment this one re-proposes on a newer version. */
  @Column({ name: 'reproposed_from_id', type: 'uuid', nullable: true })
  reproposedFromId: string | null;

  /** The workshop a facilitator entered it for (its author is then that facilitator). */
  @Column({ name: 'workshop_id', type: 'uuid', nullable: true })
  workshopId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
