import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A physical workshop of a consultation, recorded by a facilitator: the contributions collected
 * there are entered on its behalf (`workshop_id` on amendments, proposals and arguments).
 */
@Entity('workshop')
export class WorkshopEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId: string;

  @Column()
  title: string;

  @Column()
  place: string;

  /** The day it was held, `YYYY-MM-DD` (a calendar date, no time zone). */
  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  @Column({ name: 'participant_count', type: 'integer' })
  participantCount: number;

  /** Who recorded it; null only for a deleted account. */
  @Column({ name: 'facilitator_id', type: 'uuid', nullable: true })
  facilitatorId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
