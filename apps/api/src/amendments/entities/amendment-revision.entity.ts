import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export const AMENDMENT_REVISION_KINDS = [
  'CREATED',
  'EDITED',
  'REANCHORED',
  'OUTDATED',
  'INCORPORATED',
  'WITHDRAWN',
] as const;
export type AmendmentRevisionKind = (typeof AMENDMENT_REVISION_KINDS)[number];

/** A public snapshot of an amendment after each change (the database refuses updates). */
@Entity('amendment_revision')
export class AmendmentRevisionEntity {
  @PrimaryColumn({ name: 'amendment_id', type: 'uuid' })
  amendmentId: string;

  @PrimaryColumn({ type: 'integer' })
  number: number;

  @Column({ type: 'text' })
  kind: AmendmentRevisionKind;

  @Column({ name: 'base_version_number', type: 'integer' })
  baseVersionNumber: number;

  @Column({ name: 'line_start', type: 'integer' })
  lineStart: number;

  @Column({ name: 'line_end', type: 'integer' })
  lineEnd: number;

  @Column({ name: 'proposed_text' })
  proposedText: string;

  @Column()
  rationale: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
