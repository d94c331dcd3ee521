import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import argon2 from 'argon2';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../common/access.decorators.js';
import { AmendoException, badInput, notFound } from '../../common/errors.js';
import { fromGlobalId, toGlobalId } from '../../common/global-id.js';
import { LIMITS, RateLimiter } from '../../common/rate-limit.service.js';
import type { AmendoConfig } from '../../config/config.js';
import { AMENDO_CONFIG } from '../../config/config.token.js';
import { EventLog } from '../../history/event-log.service.js';
import type {
  LoginInput,
  RegisterInput,
  RoleChangeInput,
  UpdateAccountInput,
} from '../dto/account.inputs.js';
import { ParticipantEntity } from '../entities/participant.entity.js';
import { passwordProblem } from './password-policy.js';
import { ParticipantService } from './participant.service.js';
import { SessionService } from './session.service.js';

/** What a client is told for any failed login: never which of the two was wrong. */
const BAD_CREDENTIALS = 'Adresse e-mail ou mot de passe incorrect.';
export const DELETED_NAME = 'Participant·e supprimé·e';

export interface SessionGrant {
  readonly token: string;
  readonly expiresAt: Date;
  readonly participant: ParticipantEntity;
}

export interface RequestInfo {
  readonly ip: string;
  readonly userAgent?: string;
  /** The session token the request already carried (revoked on login: rotation). */
  readonly previousToken?: string;
}

/** What another context holds about a participant: erased with the account, included in the export. */
export interface PersonalDataHolder {
  /** Erases the participant's personal data, in the deletion's transaction. */
  erase(manager: EntityManager, participantId: string): Promise<void>;
  /** The participant's data, as a part of their export. */
  export(participantId: string): Promise<Record<string, unknown>>;
}

@Injectable()
export class AccountService {
  /** Verified against when the email is unknown, so both cases take the same time. */
  private readonly decoy: Promise<string>;
  private readonly holders: PersonalDataHolder[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AMENDO_CONFIG) private readonly config: AmendoConfig,
    private readonly participants: ParticipantService,
    private readonly sessions: SessionService,
    private readonly limits: RateLimiter,
    private readonly events: EventLog,
  ) {
    this.decoy = argon2.hash('amendo-decoy-password');
    this.decoy.catch(() => undefined);
  }

  /** Contexts that keep personal data register here (identity never imports them). */
  registerPersonalData(holder: PersonalDataHolder): void {
    this.holders.push(holder);
  }

  async register(input: RegisterInput, request: RequestInfo): Promise<SessionGrant> {
    await this.limits.consume(LIMITS.register(request.ip));
    const problem = passwordProblem(input.password, input);
    if (problem) throw badInput(problem, { field: 'password' });
    const passwordHash = await argon2.hash(input.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (await this.participants.findByEmail(manager, input.email)) throw this.emailTaken();
        const participant = await this.participants.create(manager, {
          displayName: input.displayName,
          email: input.email,
          passwordHash,
          roles: ['CITIZEN'],
        });
        const session = await this.sessions.open(manager, participant.id, request.userAgent);
        return { ...session, participant };
      });
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw this.emailTaken();
      throw error;
    }
  }

  async login(input: LoginInput, request: RequestInfo): Promise<SessionGrant> {
    const email = input.email.toLowerCase();
    await this.limits.consume(LIMITS.login(request.ip));
    await this.limits.check(LIMITS.loginFailures(email));
    const participant = await this.participants.findByEmail(this.dataSource.manager, email);
    const hash = participant?.deletedAt === null ? participant.passwordHash : null;
    const valid = await argon2
      .verify(hash ?? (await this.decoy), input.password)
      .catch(() => false);
    if (!participant || !hash || !valid) {
      await this.limits.consume(LIMITS.loginFailures(email));
      throw new AmendoException('UNAUTHENTICATED', BAD_CREDENTIALS);
    }
    return this.dataSource.transaction(async (manager) => {
      if (request.previousToken) await this.sessions.revokeToken(manager, request.previousToken);
      const session = await this.sessions.open(manager, participant.id, request.userAgent);
      return { ...session, participant };
    });
  }

  async logout(viewer: Viewer): Promise<void> {
    await this.sessions.revoke(this.dataSource.manager, viewer.sessionId);
  }

  async logoutEverywhere(viewer: Viewer): Promise<number> {
    return this.sessions.revokeAll(this.dataSource.manager, viewer.id);
  }

  async update(viewer: Viewer, input: UpdateAccountInput): Promise<ParticipantEntity> {
    if (input.displayName === undefined && input.newPassword === undefined) {
      throw badInput(
        'Rien à modifier : indiquez un nouveau nom d’affichage ou un nouveau mot de passe.',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const participant = await this.lockParticipant(manager, viewer.id);
      if (input.newPassword !== undefined) {
        await this.verifyPassword(participant, input.currentPassword ?? '', 'currentPassword');
        const problem = passwordProblem(input.newPassword, {
          email: participant.email ?? undefined,
          displayName: input.displayName ?? participant.displayName,
        });
        if (problem) throw badInput(problem, { field: 'newPassword' });
        participant.passwordHash = await argon2.hash(input.newPassword);
        // Other sessions may be an intruder's: a new password closes them.
        await manager.query(
          `UPDATE session SET revoked_at = now() WHERE participant_id = $1 AND id <> $2 AND revoked_at IS NULL`,
          [participant.id, viewer.sessionId],
        );
        await this.events.append(manager, {
          type: 'participant.password.changed',
          actorId: participant.id,
          subjectType: 'Participant',
          subjectId: participant.id,
        });
      }
      if (input.displayName !== undefined && input.displayName !== participant.displayName) {
        await this.events.append(manager, {
          type: 'participant.renamed',
          actorId: participant.id,
          subjectType: 'Participant',
          subjectId: participant.id,
          payload: { displayName: input.displayName },
        });
        participant.displayName = input.displayName;
      }
      participant.updatedAt = new Date();
      return manager.save(participant);
    });
  }

  /**
   * Deletes the account and its personal data; contributions stay, attributed to
   * "Participant·e supprimé·e" (the row remains as an anonymous anchor for them).
   */
  async delete(viewer: Viewer, password: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const participant = await this.lockParticipant(manager, viewer.id);
      await this.verifyPassword(participant, password, 'password');
      await manager.query(`DELETE FROM session WHERE participant_id = $1`, [participant.id]);
      for (const holder of this.holders) await holder.erase(manager, participant.id);
      await manager.update(ParticipantEntity, participant.id, {
        displayName: DELETED_NAME,
        email: null,
        passwordHash: null,
        officialTitle: null,
        roles: [],
        deletedAt: new Date(),
        updatedAt: new Date(),
      });
      await this.events.append(manager, {
        type: 'participant.deleted',
        actorId: participant.id,
        subjectType: 'Participant',
        subjectId: participant.id,
      });
    });
  }

  /** Everything Amendo holds about the viewer, as one JSON document (RGPD right of access). */
  async exportData(viewer: Viewer): Promise<Record<string, unknown>> {
    const participant = await this.dataSource.manager.findOneByOrFail(ParticipantEntity, {
      id: viewer.id,
    });
    const sessions = (await this.dataSource.query(
      `SELECT created_at AS "createdAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt",
              revoked_at AS "revokedAt", user_agent AS "userAgent"
       FROM session WHERE participant_id = $1 ORDER BY created_at`,
      [viewer.id],
    )) as unknown[];
    const events = (await this.dataSource.query(
      `SELECT seq::text AS seq, occurred_at AS "occurredAt", type, subject_type AS "subjectType",
              subject_id AS "subjectId", payload
       FROM event WHERE actor_id = $1 ORDER BY seq`,
      [viewer.id],
    )) as unknown[];
    return {
      exportedAt: new Date().toISOString(),
      participant: {
        id: toGlobalId('Participant', participant.id),
        displayName: participant.displayName,
        email: participant.email,
        roles: participant.roles,
        officialTitle: participant.officialTitle,
        joinedAt: participant.createdAt,
        suspendedUntil: participant.suspendedUntil,
      },
      sessions,
      events,
      ...Object.assign(
        {},
        ...(await Promise.all(this.holders.map((holder) => holder.export(viewer.id)))),
      ),
    };
  }

  async changeRole(
    viewer: Viewer,
    input: RoleChangeInput,
    grant: boolean,
  ): Promise<ParticipantEntity> {
    const { id } = fromGlobalId(input.participantId, 'Participant');
    if (!grant && id === viewer.id && input.role === 'ADMIN') {
      throw new AmendoException(
        'CONFLICT',
        'Vous ne pouvez pas retirer votre propre rôle d’administration.',
      );
    }
    if (grant && input.role === 'OFFICIAL' && !input.officialTitle) {
      throw badInput(
        'Indiquez le mandat public de l’élu·e (par exemple « Vice-présidente déléguée au numérique »).',
        {
          field: 'officialTitle',
        },
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const participant = await this.lockParticipant(manager, id);
      const has = participant.roles.includes(input.role);
      if (grant === has && !(grant && input.role === 'OFFICIAL')) {
        throw new AmendoException(
          'CONFLICT',
          grant ? 'Ce rôle est déjà attribué.' : 'Ce rôle n’est pas attribué.',
        );
      }
      participant.roles = grant
        ? [...new Set([...participant.roles, input.role])]
        : participant.roles.filter((r) => r !== input.role);
      if (input.role === 'OFFICIAL')
        participant.officialTitle = grant ? (input.officialTitle ?? null) : null;
      participant.updatedAt = new Date();
      await manager.save(participant);
      await this.events.append(manager, {
        type: grant ? 'participant.role.granted' : 'participant.role.revoked',
        actorId: viewer.id,
        subjectType: 'Participant',
        subjectId: participant.id,
        payload: {
          role: input.role,
          ...(input.role === 'OFFICIAL' && grant ? { officialTitle: input.officialTitle } : {}),
        },
      });
      return participant;
    });
  }

  get secureCookies(): boolean {
    return this.config.production;
  }

  private async lockParticipant(manager: EntityManager, id: string): Promise<ParticipantEntity> {
    const participant = await manager
      .createQueryBuilder(ParticipantEntity, 'p')
      .setLock('pessimistic_write')
      .where('p.id = :id AND p.deleted_at IS NULL', { id })
      .getOne();
    if (!participant) throw notFound('Participant·e');
    return participant;
  }

  private async verifyPassword(
    participant: ParticipantEntity,
    password: string,
    field: string,
  ): Promise<void> {
    const valid = participant.passwordHash
      ? await argon2.verify(participant.passwordHash, password).catch(() => false)
      : false;
    if (!valid) throw new AmendoException('FORBIDDEN', 'Mot de passe actuel incorrect.', { field });
  }

  private emailTaken(): AmendoException {
    return new AmendoException(
      'CONFLICT',
      'Un compte existe déjà avec cette adresse e-mail. Connectez-vous, ou choisissez-en une autre.',
      {
        field: 'email',
      },
    );
  }
}
