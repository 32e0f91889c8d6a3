import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { JobTimers } from '../../common/lifecycle/job-timers.js';
import { FLEX_CONFIG } from '../../config/config.js';
import type { FlexConfig } from '../../config/config.js';
import { OptionExpiryService } from './option-expiry.service.js';

const MINUTE = 60_000;

/**
 * The booking domain's scheduled job (FLEX_JOBS=1): expired options release their desks
 * every minute. The expiry is a single conditional UPDATE, so several instances may run it
 * at once; tests call OptionExpiryService.sweep directly.
 */
@Injectable()
export class BookingJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('BookingJobs');
  private readonly timers = new JobTimers(this.logger);

  constructor(
    @Inject(FLEX_CONFIG) private readonly config: FlexConfig,
    private readonly expiry: OptionExpiryService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.jobs) return;
    this.timers.every('option expiry', 2_000, MINUTE, async () => {
      const n = await this.expiry.sweep();
      if (n) this.logger.log(`${n} option(s) expired and released their desks`);
    });
  }

  /** Waits for a sweep in progress: the pool closes after this. */
  onApplicationShutdown(): Promise<void> {
    return this.timers.stop();
  }
}
