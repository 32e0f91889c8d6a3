import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { Actor } from '../../common/auth/actor.js';
import { badInput, DomainError } from '../../common/errors/domain-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { hashPassword, verifyPassword } from '../users/password.js';
import { assertAcceptablePassword } from '../users/password-rules.js';
import { UserEntity } from '../users/user.entity.js';
import { ClientMeta, SessionService } from './session.service.js';
import { SignInLimits } from './sign-in-limits.js';
import { SessionEndReason } from './user-session.entity.js';
import { Transactions } from '../../common/database/transactions.js';
import { SessionRepository } from './session.repository.js';

/** Sign-in, sign-out and changing one's own password. */
@Injectable()
export class AuthService {
  /** Verified when the e-mail is unknown (or has no password yet), so every path takes as long. */
  private dummyHash?: Promise<string>;

  constructor(
    private readonly repo: SessionRepository,
    private readonly transactions: Transactions,
    private readonly sessions: SessionService,
    private readonly limits: SignInLimits,
  ) {}

  async login(emailInput: string, password: string, meta: ClientMeta): Promise<{ token: string; user: UserEntity }> {
    const email = emailInput.trim().toLowerCase();
    const user = await this.repo.userByEmail(email);
    const known = user ? await this.sessions.signedInFrom(user.id, meta.address) : false;
    const attempt = await this.limits.reserve(email, meta.address, known);
    const ok = await this.checkPassword(user?.passwordHash ?? null, password);
    if (!user || !ok) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Wrong e-mail or password');
    if (user.disabledAt) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'This account is disabled: ask the site operator', { reason: 'ACCOUNT_DISABLED' });
    await this.limits.succeeded(attempt);
    const { token } = await this.sessions.start(user, meta);
    return { token, user };
  }

  /** Ends the caller's session (nothing to do without one). */
  async logout(actor: Actor | undefined): Promise<void> {
    if (actor?.sessionId) await this.sessions.end(actor.sessionId, SessionEndReason.LOGOUT);
  }

  /**
   * The user's own password: the current one first (its wrong guesses are limited like
   * sign-ins), then the policy. Every other session of the user ends; this one goes on.
   */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string, meta: ClientMeta): Promise<void> {
    const user = await this.repo.userById(actor.userId);
    const attempt = await this.limits.reserve(user.email, meta.address, true);
    if (!(await this.checkPassword(user.passwordHash, currentPassword))) {
      throw badInput('currentPassword', 'Your current password is not this one: type it again');
    }
    await this.limits.succeeded(attempt);
    if (newPassword === currentPassword) throw badInput('newPassword', 'Choose a new password different from the current one', { reason: 'PASSWORD_UNCHANGED' });
    assertAcceptablePassword('newPassword', newPassword, user);
    const passwordHash = await hashPassword(newPassword);
    await this.transactions.run(async (em) => {
      await this.repo.setPasswordHash(user.id, passwordHash, em);
      await this.sessions.endAllOf(user.id, SessionEndReason.PASSWORD_CHANGED, em, actor.sessionId);
    });
  }

  private async checkPassword(hash: string | null, password: string): Promise<boolean> {
    this.dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    const ok = await verifyPassword(hash ?? (await this.dummyHash), password);
    return ok && hash !== null;
  }
}
