import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobTimers } from '../../common/lifecycle/job-timers.js';
import { FLEX_CONFIG } from '../../config/config.js';
import type { FlexConfig } from '../../config/config.js';
import { AccessService } from '../access/access.service.js';
import { PassService } from '../access/pass.service.js';
import { MailService } from '../mail/mail.service.js';
import { PersonalDataService } from './personal-data.service.js';

const MINUTE = 60_000;
const FIRST_RUN_MS = 5_000;

/**
 * The crew domain's scheduled jobs (FLEX_JOBS=1). Each job is idempotent and safe when
 * several instances run it at once (single conditional UPDATEs, SKIP LOCKED), so no
 * leader election is needed; tests call the methods directly.
 */
@Injectable()
export class CrewJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('CrewJobs');
  private readonly timers = new JobTimers(this.logger);

  constructor(
    @Inject(FLEX_CONFIG) private readonly config: FlexConfig,
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly passes: PassService,
    private readonly mail: MailService,
    private readonly personalData: PersonalDataService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.jobs) return;
    // Check-ins left open are closed at 23:59:59 of their day as soon as the next day starts.
    this.timers.every('end-of-day check-out', FIRST_RUN_MS, 5 * MINUTE, async () => {
      const n = await this.access.closeOpenCheckIns();
      if (n) this.logger.log(`Closed ${n} check-in(s) left open`);
    });
    this.timers.every('e-mail delivery', FIRST_RUN_MS, MINUTE, async () => {
      await this.mail.deliverPending();
      await this.dataSource.transaction((em) => this.passes.forgetDeadSecrets(em));
    });
    this.timers.every('crew anonymisation', FIRST_RUN_MS, 6 * 60 * MINUTE, async () => {
      const n = await this.personalData.anonymiseInactiveCrew();
      if (n) this.logger.log(`Anonymised ${n} crew member(s) without assignment for 12 months`);
    });
  }

  /** Waits for a run in progress: the pool closes after this. */
  onApplicationShutdown(): Promise<void> {
    return this.timers.stop();
  }
}
