import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { randomToken, sha256Hex } from '../../common/crypto/secret-box.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { RateLimiter, RateLimitStore } from '../../common/rate-limit/rate-limiter.js';
import { Clock } from '../../common/time/clock.js';
import { FLEX_CONFIG } from '../../config/config.js';
import type { FlexConfig } from '../../config/config.js';
import { SessionService } from '../auth/session.service.js';
import { SessionEndReason } from '../auth/user-session.entity.js';
import { MailService } from '../mail/mail.service.js';
import { AccountTokenEntity, AccountTokenPurpose } from './account-token.entity.js';
import { AccountTokenRepository } from './account-token.repository.js';
import { accountMail } from './account-mail.js';
import { hashPassword } from './password.js';
import { assertAcceptablePassword } from './password-rules.js';
import { UserEntity } from './user.entity.js';
import { UsersRepository } from './users.repository.js';
import { Transactions } from '../../common/database/transactions.js';

const HOUR = 3_600_000;
/** How long a link opens: an invitation a week, a reset an hour. */
export const LINK_VALID_HOURS: Record<AccountTokenPurpose, number> = {
  [AccountTokenPurpose.INVITATION]: 7 * 24,
  [AccountTokenPurpose.PASSWORD_RESET]: 1,
};
/** Anonymous attempts with a link, per address and 15 minutes (a token has 256 bits: this only stops hammering). */
export const LINK_ATTEMPTS = 20;

export interface OpenLink {
  token: AccountTokenEntity;
  user: UserEntity;
}

/**
 * One-time, expiring links: an invitation (a new account sets its first password) or a
 * password reset sent by the operator. The token is mailed (sealed in the outbox while it
 * waits); only its SHA-256 is stored. A newer link replaces the older ones of the user.
 */
@Injectable()
export class AccountLinksService {
  private readonly attempts: RateLimiter;

  constructor(
    private readonly tokens: AccountTokenRepository,
    private readonly users: UsersRepository,
    private readonly transactions: Transactions,
    private readonly mail: MailService,
    private readonly sessions: SessionService,
    private readonly clock: Clock,
    @Inject(FLEX_CONFIG) private readonly config: FlexConfig,
    limits: RateLimitStore,
  ) {
    this.attempts = new RateLimiter(limits, 'account-link', LINK_ATTEMPTS, 15 * 60_000);
  }

  /** A new link for the user, e-mailed in the caller's transaction; older links stop working. */
  async issue(user: UserEntity, purpose: AccountTokenPurpose, em: EntityManager): Promise<void> {
    await this.endOpenLinks(user.id, em);
    const token = randomToken();
    const row = await this.tokens.insert({ userId: user.id, purpose, tokenHash: sha256Hex(token), expiresAt: new Date(this.clock.now().getTime() + LINK_VALID_HOURS[purpose] * HOUR), usedAt: null }, em);
    const studio = await this.users.studioOf(user, em);
    const { subject, text } = accountMail(purpose, { fullName: user.fullName, publicUrl: this.config.publicUrl, studioName: studio?.name ?? null, validHours: LINK_VALID_HOURS[purpose] });
    await this.mail.enqueue({ to: user.email, subject, text, secret: token, kind: purpose, studioId: user.studioId, accountTokenId: row.id }, em);
  }

  /** Every link of the user still open stops working (a newer one, or the account was disabled). */
  async endOpenLinks(userId: string, em: EntityManager): Promise<void> {
    await this.mail.forgetSecretsOfAccountTokens(await this.tokens.spendOpen(userId, this.clock.now(), em), em);
  }

  /** The link's account while the link still opens (anonymous: limited per address); null otherwise. */
  async find(token: string, address: string): Promise<OpenLink | null> {
    await this.attempts.hit(address, 'attempts with a link');
    return this.openLink(token, null);
  }

  /**
   * Sets the password through the link: the policy first (a refused password leaves the link
   * usable), then the link is spent, and every session of the user ends.
   */
  async usePassword(purpose: AccountTokenPurpose, token: string, password: string, address: string): Promise<UserEntity> {
    await this.attempts.hit(address, 'attempts with a link');
    return this.transactions.run(async (em) => {
      const link = await this.openLink(token, purpose, em, true);
      if (!link) throw new DomainError(ErrorCode.NOT_FOUND, 'This link no longer works (used, replaced by a newer one, or expired): ask the site operator for a new one');
      assertAcceptablePassword('password', password, link.user);
      const user = await this.users.update(link.user.id, { passwordHash: await hashPassword(password) }, em);
      await this.endOpenLinks(link.user.id, em);
      await this.sessions.endAllOf(link.user.id, SessionEndReason.PASSWORD_RESET, em);
      return user;
    });
  }

  private async openLink(token: string, purpose: AccountTokenPurpose | null, em?: EntityManager, lock = false): Promise<OpenLink | null> {
    const row = await this.tokens.findOpen(sha256Hex(token), purpose, this.clock.now(), em, lock);
    if (!row) return null;
    const user = await this.users.find(row.userId, em);
    return user && !user.disabledAt ? { token: row, user } : null;
  }

  /** The outbox forgets the links that expired. */
  async forgetExpiredLinks(): Promise<void> {
    await this.transactions.run(async (em) => {
      await this.mail.forgetSecretsOfAccountTokens(await this.tokens.expiredWithSecret(this.clock.now(), em), em);
    });
  }
}
