import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const ROLES = ['CITIZEN', 'OFFICIAL', 'MODERATOR', 'ADMIN', 'FACILITATOR'] as const;
export type RoleName = (typeof ROLES)[number];

@Entity('participant')
export class ParticipantEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'display_name' })
  displayName: string;

  /** Private: never in a public type or export. */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  /** Private: argon2 hash, null for participants who cannot log in (imported, generated). */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ type: 'text', array: true })
  roles: RoleName[];

  @Column({ name: 'official_title', type: 'text', nullable: true })
  officialTitle: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  /** Suspended participants can read and appeal, but not contribute or vote. */
  @Column({ name: 'suspended_until', type: 'timestamptz', nullable: true })
  suspendedUntil: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
