import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
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
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(
    @Inject(FLEX_CONFIG) private readonly config: FlexConfig,
    private readonly expiry: OptionExpiryService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.jobs) return;
    const run = () =>
      this.expiry
        .sweep()
        .then((n) => n && this.logger.log(`${n} option(s) expired and released their desks`))
        .catch((e) => this.logger.warn(`option expiry failed: ${e instanceof Error ? e.message : e}`));
    const first = setTimeout(run, 2_000);
    const every = setInterval(run, MINUTE);
    first.unref();
    every.unref();
    this.timers.push(first, every);
  }

  onApplicationShutdown(): void {
    for (const t of this.timers) clearInterval(t);
  }
}
