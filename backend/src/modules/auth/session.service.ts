import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { randomToken, sha256Hex } from '../../common/crypto/secret-box.js';
import { durationMs, FLEX_CONFIG } from '../../config/config.js';
import type { FlexConfig } from '../../config/config.js';
import { UserEntity } from '../users/user.entity.js';
import { SessionEndReason, UserSessionEntity } from './user-session.entity.js';

interface TokenClaims {
  sub: string;
  /** The session secret: its SHA-256 finds the session row. */
  sid: string;
}

export interface ClientMeta {
  address: string;
  userAgent: string | null;
}

/** An address the owner signed in from within this many days is "known" (spared the per-e-mail backoff). */
const KNOWN_ADDRESS_DAYS = 90;
const DAY = 86_400_000;

/**
 * Sessions in PostgreSQL. The token is a JWT (signed with FLEX_JWT_SECRET) carrying the user
 * and a random session secret; the database keeps the secret's hash. A token opens nothing
 * once its row has ended (logout, password change or reset, account disabled) or expired.
 *
 * Session time is the wall clock, like the token's own expiry, not the Clock service that
 * tests move to run the business rules on other days.
 */
@Injectable()
export class SessionService {
  readonly ttlMs: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    @Inject(FLEX_CONFIG) config: FlexConfig,
  ) {
    this.ttlMs = durationMs(config.jwtTtl)!;
  }

  async start(user: UserEntity, meta: ClientMeta): Promise<{ token: string; session: UserSessionEntity }> {
    const secret = randomToken();
    const repo = this.dataSource.getRepository(UserSessionEntity);
    const session = await repo.save(
      repo.create({
        userId: user.id,
        secretHash: sha256Hex(secret),
        expiresAt: new Date(Date.now() + this.ttlMs),
        endedAt: null,
        endReason: null,
        address: meta.address,
        userAgent: meta.userAgent?.slice(0, 300) ?? null,
      }),
    );
    const claims: TokenClaims = { sub: user.id, sid: secret };
    const token = await this.jwt.signAsync(claims, { expiresIn: Math.floor(this.ttlMs / 1000) });
    return { token, session };
  }

  /** The caller a token stands for, or null when the token is forged, expired or its session has ended. */
  async actorOf(token: string): Promise<Actor | null> {
    const claims = await this.jwt.verifyAsync<TokenClaims>(token).catch(() => undefined);
    if (!claims || typeof claims.sid !== 'string' || typeof claims.sub !== 'string') return null;
    const [row]: Array<{ session_id: string; id: string; email: string; role: Actor['role']; studio_id: string | null }> = await this.dataSource.query(
      `SELECT s.id AS session_id, u.id, u.email, u.role, u.studio_id
         FROM user_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.secret_hash = $1 AND s.user_id = $2 AND s.ended_at IS NULL AND s.expires_at > $3 AND u.disabled_at IS NULL`,
      [sha256Hex(claims.sid), claims.sub, new Date()],
    );
    return row ? { userId: row.id, email: row.email, role: row.role, studioId: row.studio_id, sessionId: row.session_id } : null;
  }

  async end(sessionId: string, reason: SessionEndReason, em?: EntityManager): Promise<void> {
    await (em ?? this.dataSource.manager).query(`UPDATE user_session SET ended_at = $2, end_reason = $3 WHERE id = $1 AND ended_at IS NULL`, [sessionId, new Date(), reason]);
  }

  /** Ends every live session of the user (but `keep`, the caller's own, when given). */
  async endAllOf(userId: string, reason: SessionEndReason, em: EntityManager, keep?: string): Promise<number> {
    // An UPDATE answers [rows, count].
    const [, count]: [unknown[], number] = await em.query(
      `UPDATE user_session SET ended_at = $2, end_reason = $3
        WHERE user_id = $1 AND ended_at IS NULL AND expires_at > $2 AND ($4::uuid IS NULL OR id <> $4::uuid)`,
      [userId, new Date(), reason, keep ?? null],
    );
    return count;
  }

  /** True when the user signed in from this address lately. */
  async signedInFrom(userId: string, address: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM user_session WHERE user_id = $1 AND address = $2 AND created_at > $3 LIMIT 1`, [
      userId,
      address,
      new Date(Date.now() - KNOWN_ADDRESS_DAYS * DAY),
    ]);
    return rows.length > 0;
  }

  /** Sessions over for longer than the known-address period are forgotten (with their address and browser). */
  async prune(): Promise<number> {
    const [, count]: [unknown[], number] = await this.dataSource.query(`DELETE FROM user_session WHERE greatest(expires_at, coalesce(ended_at, expires_at)) < $1`, [
      new Date(Date.now() - KNOWN_ADDRESS_DAYS * DAY),
    ]);
    return count;
  }
}
