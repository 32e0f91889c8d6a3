import { Injectable } from '@nestjs/common';
import { SessionService } from '../auth/session.service.js';
import { SignInLimits } from '../auth/sign-in-limits.js';
import { JobRegistry } from '../jobs/job-registry.js';
import { AccountLinksService } from './account-links.service.js';

/** Housekeeping of accounts, hourly: old sessions and counters go, expired links leave the outbox. Idempotent. */
@Injectable()
export class AccountJobs {
  constructor(
    registry: JobRegistry,
    private readonly sessions: SessionService,
    private readonly limits: SignInLimits,
    private readonly links: AccountLinksService,
  ) {
    registry.define({ name: 'users.housekeeping', cron: '30 * * * *', run: () => this.run() });
  }

  async run(): Promise<void> {
    await this.links.forgetExpiredLinks();
    await this.sessions.prune();
    await this.limits.prune();
  }
}
