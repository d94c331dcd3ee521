import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { EventLog } from '../../history/event-log.service.js';
import { ParticipantEntity, type RoleName } from '../entities/participant.entity.js';

export interface NewParticipant {
  readonly displayName: string;
  readonly email?: string | null;
  readonly passwordHash?: string | null;
  readonly roles: readonly RoleName[];
  readonly officialTitle?: string | null;
}

@Injectable()
export class ParticipantService {
  constructor(
    private readonly events: EventLog,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Batch: participants by id, null for unknown or deleted accounts. */
  async byIds(ids: readonly string[]): Promise<(ParticipantEntity | null)[]> {
    const rows = await this.dataSource.manager.findBy(ParticipantEntity, {
      id: In([...ids]),
      deletedAt: IsNull(),
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Creates a participant and its `participant.joined` event, in the caller's transaction. */
  async create(manager: EntityManager, input: NewParticipant): Promise<ParticipantEntity> {
    const participant = await manager.save(
      manager.create(ParticipantEntity, {
        displayName: input.displayName,
        email: input.email?.trim().toLowerCase() ?? null,
        passwordHash: input.passwordHash ?? null,
        roles: [...input.roles],
        officialTitle: input.officialTitle ?? null,
      }),
    );
    await this.events.append(manager, {
      type: 'participant.joined',
      actorId: participant.id,
      subjectType: 'Participant',
      subjectId: participant.id,
      payload: { roles: participant.roles },
    });
    return participant;
  }

  findByEmail(manager: EntityManager, email: string): Promise<ParticipantEntity | null> {
    return manager
      .createQueryBuilder(ParticipantEntity, 'p')
      .where('lower(p.email) = lower(:email)', { email: email.trim() })
      .getOne();
  }

  /** Suspends until a date, or reinstates with null, in the caller's transaction; false if unknown. */
  async setSuspension(manager: EntityManager, id: string, until: Date | null): Promise<boolean> {
    const [, count] = (await manager.query(
      `UPDATE participant SET suspended_until = $2, updated_at = now() WHERE id = $1 AND deleted_at IS NULL`,
      [id, until],
    )) as [unknown, number];
    return count > 0;
  }
}
