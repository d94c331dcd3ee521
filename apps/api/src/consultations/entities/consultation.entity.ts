import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('consultation')
export class ConsultationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ unique: true })
  slug: string;

  @Column()
  title: string;

  @Column()
  summary: string;

  @Column({ name: 'opens_at', type: 'timestamptz', nullable: true })
  opensAt: Date | null;

  @Column({ name: 'closes_at', type: 'timestamptz', nullable: true })
  closesAt: Date | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  /** Phase settings (see `rulesFor`): what the OPEN phase allows. */
  @Column({ name: 'amendments_open', default: true })
  amendmentsOpen: boolean;

  @Column({ name: 'proposals_open', default: true })
  proposalsOpen: boolean;

  @Column({ name: 'votes_open', default: true })
  votesOpen: boolean;

  @Column({ name: 'arguments_open', default: true })
  argumentsOpen: boolean;

  @Column({ name: 'max_open_amendments_per_article', type: 'integer', default: 10 })
  maxOpenAmendmentsPerArticle: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
