import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service.js';
import { PassService } from '../access/pass.service.js';
import { JobRegistry } from '../jobs/job-registry.js';
import { MailService } from '../mail/mail.service.js';
import { PersonalDataService } from './personal-data.service.js';

/**
 * The crew domain's scheduled jobs (pg-boss, once across instances; each is idempotent as
 * well: single conditional UPDATEs, outbox rows claimed with SKIP LOCKED).
 */
@Injectable()
export class CrewJobs {
  constructor(registry: JobRegistry, dataSource: DataSource, access: AccessService, passes: PassService, mail: MailService, personalData: PersonalDataService) {
    // Check-ins left open are closed at 23:59:59 of their day as soon as the next day starts.
    registry.define({
      name: 'crew.check-out',
      cron: '*/5 * * * *',
      run: async () => {
        const n = await access.closeOpenCheckIns();
        return n ? `Closed ${n} check-in(s) left open` : undefined;
      },
    });
    registry.define({
      name: 'mail.delivery',
      cron: '* * * * *',
      run: async () => {
        const sent = await mail.deliverPending();
        await dataSource.transaction((em) => passes.forgetDeadSecrets(em));
        return sent ? `${sent} e-mail(s) sent` : undefined;
      },
    });
    registry.define({
      name: 'crew.anonymisation',
      cron: '15 3 * * *',
      run: async () => {
        const n = await personalData.anonymiseInactiveCrew();
        return n ? `Anonymised ${n} crew member(s) without assignment for 12 months` : undefined;
      },
    });
  }
}
