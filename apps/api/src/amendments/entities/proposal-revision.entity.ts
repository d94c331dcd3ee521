import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export const PROPOSAL_REVISION_KINDS = ['CREATED', 'EDITED', 'WITHDRAWN', 'ADOPTED'] as const;
export type ProposalRevisionKind = (typeof PROPOSAL_REVISION_KINDS)[number];

/** A public snapshot of a proposal after each change (the database refuses updates). */
@Entity('proposal_revision')
export class ProposalRevisionEntity {
  @PrimaryColumn({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @PrimaryColumn({ type: 'integer' })
  number: number;

  @Column({ type: 'text' })
  kind: ProposalRevisionKind;

  @Column()
  title: string;

  @Column()
  body: string;

  @Column()
  rationale: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
