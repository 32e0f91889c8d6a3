import { Injectable } from '@nestjs/common';
import { EntityManager, QueryFailedError } from 'typeorm';
import { Actor, assertOperator } from '../../common/auth/actor.js';
import { badInput, invalidState, notFound } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { SessionService } from '../auth/session.service.js';
import { SessionEndReason } from '../auth/user-session.entity.js';
import { AccountLinksService } from './account-links.service.js';
import { AccountTokenPurpose } from './account-token.entity.js';
import { CreateUserInput } from './dto/create-user.input.js';
import { InviteUserInput } from './dto/invite-user.input.js';
import { hashPassword } from './password.js';
import { assertAcceptablePassword } from './password-rules.js';
import { Role, UserEntity } from './user.entity.js';
import { UsersRepository } from './users.repository.js';
import { Transactions } from '../../common/database/transactions.js';

export interface CreateOptions {
  /** Off only for the local demo data, whose accounts share a well-known password. */
  checkPolicy?: boolean;
}

@Injectable()
export class UsersService {
  constructor(
    private readonly transactions: Transactions,
    private readonly repo: UsersRepository,
    private readonly links: AccountLinksService,
    private readonly sessions: SessionService,
    private readonly clock: Clock,
  ) {}

  async findById(id: string): Promise<UserEntity> {
    const user = await this.repo.find(id);
    if (!user) throw notFound('User', id);
    return user;
  }

  /** Operator only: every account (or one studio's), operators first, then by name. */
  list(actor: Actor, studioId?: string | null): Promise<UserEntity[]> {
    assertOperator(actor);
    return this.repo.list(studioId);
  }

  /** An account with the password the operator typed (checked against the policy). */
  async create(actor: Actor, input: CreateUserInput, options: CreateOptions = {}): Promise<UserEntity> {
    assertOperator(actor);
    if (options.checkPolicy ?? true) assertAcceptablePassword('password', input.password, input);
    const passwordHash = await hashPassword(input.password);
    return this.transactions.run((em) => this.insert(input, passwordHash, em));
  }

  /** An account without a password, and the invitation link (7 days) by e-mail. */
  async invite(actor: Actor, input: InviteUserInput): Promise<UserEntity> {
    assertOperator(actor);
    return this.transactions.run(async (em) => {
      const user = await this.insert(input, null, em);
      await this.links.issue(user, AccountTokenPurpose.INVITATION, em);
      return user;
    });
  }

  /** A reset link (1 hour) by e-mail; for an account still waiting for its first password, a new invitation. */
  async sendPasswordReset(actor: Actor, userId: string): Promise<void> {
    assertOperator(actor);
    await this.transactions.run(async (em) => {
      const user = await this.lockUser(userId, em);
      if (user.disabledAt) throw invalidState('This account is disabled: enable it first');
      await this.links.issue(user, user.passwordHash ? AccountTokenPurpose.PASSWORD_RESET : AccountTokenPurpose.INVITATION, em);
    });
  }

  /** Disabled: no sign-in, every session and open link ends at once. Enabled: the account signs in again. */
  async setDisabled(actor: Actor, userId: string, disabled: boolean): Promise<UserEntity> {
    assertOperator(actor);
    if (disabled && userId === actor.userId) throw badInput('userId', 'You cannot disable your own account: ask another operator');
    return this.transactions.run(async (em) => {
      const user = await this.lockUser(userId, em);
      if (disabled && !user.disabledAt) {
        const updated = await this.repo.update(user.id, { disabledAt: this.clock.now() }, em);
        await this.sessions.endAllOf(user.id, SessionEndReason.DISABLED, em);
        await this.links.endOpenLinks(user.id, em);
        return updated;
      }
      return !disabled && user.disabledAt ? this.repo.update(user.id, { disabledAt: null }, em) : user;
    });
  }

  /** The network operator changes the sites a site operator runs (effective at its next request). */
  async setSites(actor: Actor, userId: string, siteIds: string[]): Promise<UserEntity> {
    assertOperator(actor);
    return this.transactions.run(async (em) => {
      const user = await this.lockUser(userId, em);
      await this.checkSites(user.role, siteIds, em);
      await this.repo.setSites(user.id, siteIds, em);
      return user;
    });
  }

  /** A site operator runs one site or more, all existing; the other roles none. */
  private async checkSites(role: Role, siteIds: readonly string[], em: EntityManager): Promise<void> {
    if (role !== Role.SITE_OPERATOR) {
      if (siteIds.length) throw badInput('siteIds', 'Only a site operator runs sites: leave siteIds empty');
      return;
    }
    if (!siteIds.length) throw badInput('siteIds', 'A site operator needs at least one site: give siteIds');
    if ((await this.repo.countSites([...new Set(siteIds)], em)) !== new Set(siteIds).size) throw notFound('Site');
  }

  private async lockUser(userId: string, em: EntityManager): Promise<UserEntity> {
    const user = await this.repo.lock(userId, em);
    if (!user) throw notFound('User', userId);
    return user;
  }

  private async insert(input: InviteUserInput, passwordHash: string | null, em: EntityManager): Promise<UserEntity> {
    const email = input.email.trim().toLowerCase();
    if (input.role === Role.STUDIO_MANAGER && !input.studioId) {
      throw badInput('studioId', 'A studio manager needs a studio: give studioId');
    }
    if (input.role !== Role.STUDIO_MANAGER && input.studioId) {
      throw badInput('studioId', 'An operator belongs to no studio: leave studioId empty');
    }
    await this.checkSites(input.role, input.siteIds ?? [], em);
    if (input.studioId && !(await this.repo.studioExists(input.studioId, em))) {
      throw notFound('Studio', input.studioId);
    }
    if (await this.repo.emailTaken(email, em)) {
      throw badInput('email', `An account with the e-mail ${email} already exists`, { reason: 'EMAIL_TAKEN', email });
    }
    try {
      const user = await this.repo.insert({ email, fullName: input.fullName.trim(), role: input.role, studioId: input.studioId ?? null, passwordHash, disabledAt: null }, em);
      await this.repo.setSites(user.id, input.siteIds ?? [], em);
      return user;
    } catch (e) {
      if (e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '23505') {
        throw badInput('email', `An account with the e-mail ${email} already exists`, { reason: 'EMAIL_TAKEN', email });
      }
      throw e;
    }
  }
}
