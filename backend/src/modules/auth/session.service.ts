import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { randomToken, sha256Hex } from '../../common/crypto/secret-box.js';
import { durationMs, FLEX_CONFIG } from '../../config/config.js';
import type { FlexConfig } from '../../config/config.js';
import { UserEntity } from '../users/user.entity.js';
import { SessionEndReason, UserSessionEntity } from './user-session.entity.js';
import { SessionRepository } from './session.repository.js';

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
    private readonly repo: SessionRepository,
    private readonly jwt: JwtService,
    @Inject(FLEX_CONFIG) config: FlexConfig,
  ) {
    this.ttlMs = durationMs(config.jwtTtl)!;
  }

  async start(user: UserEntity, meta: ClientMeta): Promise<{ token: string; session: UserSessionEntity }> {
    const secret = randomToken();
    const session = await this.repo.insert({
      userId: user.id,
      secretHash: sha256Hex(secret),
      expiresAt: new Date(Date.now() + this.ttlMs),
      endedAt: null,
      endReason: null,
      address: meta.address,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
    const claims: TokenClaims = { sub: user.id, sid: secret };
    const token = await this.jwt.signAsync(claims, { expiresIn: Math.floor(this.ttlMs / 1000) });
    return { token, session };
  }

  /** The caller a token stands for, or null when the token is forged, expired or its session has ended. */
  async actorOf(token: string): Promise<Actor | null> {
    const claims = await this.jwt.verifyAsync<TokenClaims>(token).catch(() => undefined);
    if (!claims || typeof claims.sid !== 'string' || typeof claims.sub !== 'string') return null;
    return this.repo.liveActor(sha256Hex(claims.sid), claims.sub, new Date());
  }

  async end(sessionId: string, reason: SessionEndReason, em?: EntityManager): Promise<void> {
    await this.repo.end(sessionId, reason, new Date(), em);
  }

  /** Ends every live session of the user (but `keep`, the caller's own, when given). */
  async endAllOf(userId: string, reason: SessionEndReason, em: EntityManager, keep?: string): Promise<number> {
    return this.repo.endAllOf(userId, reason, new Date(), em, keep);
  }

  /** True when the user signed in from this address lately. */
  async signedInFrom(userId: string, address: string): Promise<boolean> {
    return this.repo.signedInFrom(userId, address, new Date(Date.now() - KNOWN_ADDRESS_DAYS * DAY));
  }

  /** Sessions over for longer than the known-address period are forgotten (with their address and browser). */
  async prune(): Promise<number> {
    return this.repo.deleteOverBefore(new Date(Date.now() - KNOWN_ADDRESS_DAYS * DAY));
  }
}
