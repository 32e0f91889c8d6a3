import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { FLEX_CONFIG } from '../../../config/config.js';
import type { FlexConfig } from '../../../config/config.js';
import { ReminderService } from './reminder.service.js';

const HOUR = 60 * 60_000;

/**
 * Payment reminders every hour (FLEX_JOBS=1). Several instances may run it at once: each
 * reminder is one unique row written with its e-mail (see ReminderService). Tests and the
 * operator run it by hand (`sendPaymentReminders`).
 */
@Injectable()
export class ReminderJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ReminderJobs');
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(
    @Inject(FLEX_CONFIG) private readonly config: FlexConfig,
    private readonly reminders: ReminderService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.jobs) return;
    const run = () =>
      this.reminders
        .sendDue()
        .then((sent) => sent.length && this.logger.log(`${sent.length} payment reminder(s) sent`))
        .catch((e) => this.logger.warn(`payment reminders failed: ${e instanceof Error ? e.message : e}`));
    const first = setTimeout(run, 30_000);
    const every = setInterval(run, HOUR);
    first.unref();
    every.unref();
    this.timers.push(first, every);
  }

  onApplicationShutdown(): void {
    for (const t of this.timers) clearInterval(t);
  }
}
