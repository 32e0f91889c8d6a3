import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FLEX_CONFIG } from '../../config/config.js';
import type { FlexConfig } from '../../config/config.js';
import { AccessService } from '../access/access.service.js';
import { PassService } from '../access/pass.service.js';
import { MailService } from '../mail/mail.service.js';
import { PersonalDataService } from './personal-data.service.js';

const MINUTE = 60_000;

/**
 * The crew domain's scheduled jobs (FLEX_JOBS=1). Each job is idempotent and safe when
 * several instances run it at once (single conditional UPDATEs, SKIP LOCKED), so no
 * leader election is needed; tests call the methods directly.
 */
@Injectable()
export class CrewJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('CrewJobs');
  private readonly timers: NodeJS.Timeout[] = [];

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
    this.every(5 * MINUTE, 'end-of-day check-out', async () => {
      const n = await this.access.closeOpenCheckIns();
      if (n) this.logger.log(`Closed ${n} check-in(s) left open`);
    });
    this.every(MINUTE, 'e-mail delivery', async () => {
      await this.mail.deliverPending();
      await this.dataSource.transaction((em) => this.passes.forgetDeadSecrets(em));
    });
    this.every(6 * 60 * MINUTE, 'crew anonymisation', async () => {
      const n = await this.personalData.anonymiseInactiveCrew();
      if (n) this.logger.log(`Anonymised ${n} crew member(s) without assignment for 12 months`);
    });
  }

  onApplicationShutdown(): void {
    for (const t of this.timers) clearInterval(t);
  }

  private every(ms: number, name: string, job: () => Promise<void>): void {
    const run = () => job().catch((e) => this.logger.warn(`${name} failed: ${e instanceof Error ? e.message : e}`));
    const first = setTimeout(run, 5_000);
    first.unref();
    const t = setInterval(run, ms);
    t.unref();
    this.timers.push(first, t);
  }
}
