import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../common/access.decorators.js';
import type { RoleName } from '../entities/participant.entity.js';

/** Sessions last 30 days from login; logging in again rotates to a new one. */
export const SESSION_DAYS = 30;

const hashOf = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

interface SessionRow {
  session_id: string;
  id: string;
  display_name: string;
  email: string;
  roles: RoleName[];
  official_title: string | null;
  suspended_until: Date | null;
  stale: boolean;
}

/**
 * Server-side sessions: the client holds a random token (cookie or bearer); the database holds
 * only its SHA-256, so a leaked table gives no usable token. Revocable one by one or all at once.
 */
@Injectable()
export class SessionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Opens a session in the caller's transaction and returns its token (shown once). */
  async open(
    manager: EntityManager,
    participantId: string,
    userAgent: string | undefined,
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const [row] = (await manager.query(
      `INSERT INTO session (token_hash, participant_id, expires_at, user_agent)
       VALUES ($1, $2, now() + make_interval(days => $3), $4) RETURNING expires_at`,
      [hashOf(token), participantId, SESSION_DAYS, userAgent?.slice(0, 300) ?? null],
    )) as { expires_at: Date }[];
    return { token, expiresAt: (row as { expires_at: Date }).expires_at };
  }

  /** The viewer of a token, or undefined when it is unknown, expired, revoked or deleted. */
  async viewerOf(token: string): Promise<Viewer | undefined> {
    if (token.length < 20 || token.length > 100) return undefined;
    const [row] = (await this.dataSource.query(
      `SELECT s.id AS session_id, p.id, p.display_name, p.email, p.roles, p.official_title, p.suspended_until,
              s.last_seen_at < now() - interval '10 minutes' AS stale
       FROM session s JOIN participant p ON p.id = s.participant_id
       WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND p.deleted_at IS NULL`,
      [hashOf(token)],
    )) as SessionRow[];
    if (!row) return undefined;
    // Last seen is kept to the nearest 10 minutes: most requests write nothing.
    if (row.stale)
      void this.dataSource
        .query(
          `UPDATE session SET last_seen_at = now() WHERE id = $1 AND last_seen_at < now() - interval '10 minutes'`,
          [row.session_id],
        )
        .catch(() => undefined);
    return {
      id: row.id,
      displayName: row.display_name,
      email: row.email,
      roles: row.roles,
      officialTitle: row.official_title,
      suspendedUntil: row.suspended_until,
      sessionId: row.session_id,
    };
  }

  async revoke(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.query(
      `UPDATE session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`,
      [sessionId],
    );
  }

  /** Revokes a token's session if it is still open (rotation on login). */
  async revokeToken(manager: EntityManager, token: string): Promise<void> {
    await manager.query(
      `UPDATE session SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL`,
      [hashOf(token)],
    );
  }

  /** "Log out everywhere": every open session of the participant. Returns how many were closed. */
  async revokeAll(manager: EntityManager, participantId: string): Promise<number> {
    const result = (await manager.query(
      `UPDATE session SET revoked_at = now() WHERE participant_id = $1 AND revoked_at IS NULL`,
      [participantId],
    )) as [unknown[], number];
    return result[1];
  }
}
