import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { FLEX_CONFIG } from '../../config/config.js';
import type { FlexConfig } from '../../config/config.js';
import { SessionService } from '../auth/session.service.js';
import { SignInLimits } from '../auth/sign-in-limits.js';
import { AccountLinksService } from './account-links.service.js';

const HOUR = 3_600_000;

/** Housekeeping of accounts (FLEX_JOBS=1): old sessions and counters go, expired links leave the outbox. Idempotent. */
@Injectable()
export class AccountJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AccountJobs');
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(FLEX_CONFIG) private readonly config: FlexConfig,
    private readonly sessions: SessionService,
    private readonly limits: SignInLimits,
    private readonly links: AccountLinksService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.jobs) return;
    this.timer = setInterval(() => void this.run().catch((e) => this.logger.warn(`Account housekeeping failed: ${e instanceof Error ? e.message : e}`)), HOUR);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async run(): Promise<void> {
    await this.links.forgetExpiredLinks();
    await this.sessions.prune();
    await this.limits.prune();
  }
}
