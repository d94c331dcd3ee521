import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const PROPOSAL_STATUSES = ['OPEN', 'ADOPTED', 'REJECTED', 'WITHDRAWN'] as const;
export type ProposalStatusName = (typeof PROPOSAL_STATUSES)[number];

/** A new article proposed by a participant in a section; an admin may adopt it as an article. */
@Entity('proposal')
export class ProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId: string;

  @Column({ name: 'section_id', type: 'uuid' })
  sectionId: string;

  @Column()
  title: string;

  /** Normalised as article texts are: it becomes version 1 of the article when adopted. */
  @Column()
  body: string;

  @Column()
  rationale: string;

  @Column({ type: 'text' })
  status: ProposalStatusName;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @Column({ name: 'adopted_as_article_id', type: 'uuid', nullable: true })
  adoptedAsArticleId: string | null;

  /** The workshop a facilitator entered it for (its author is then that facilitator). */
  @Column({ name: 'workshop_id', type: 'uuid', nullable: true })
  workshopId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
