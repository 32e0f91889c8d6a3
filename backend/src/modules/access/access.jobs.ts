import { Injectable } from '@nestjs/common';
import { JobRegistry } from '../jobs/job-registry.js';
import { MailService } from '../mail/mail.service.js';
import { AccessService } from './access.service.js';
import { PassService } from './pass.service.js';

/**
 * The door's scheduled jobs (pg-boss, once across instances; each is idempotent as well:
 * single conditional UPDATEs, outbox rows claimed with SKIP LOCKED).
 */
@Injectable()
export class AccessJobs {
  constructor(registry: JobRegistry, access: AccessService, passes: PassService, mail: MailService) {
    // Check-ins left open are closed at 23:59:59 of their day as soon as the next day starts.
    registry.define({
      name: 'crew.check-out',
      cron: '*/5 * * * *',
      run: async () => {
        const n = await access.closeOpenCheckIns();
        return n ? `Closed ${n} check-in(s) left open` : undefined;
      },
    });
    // E-mails are sent, then the codes of passes that no longer open anything leave the outbox.
    registry.define({
      name: 'mail.delivery',
      cron: '* * * * *',
      run: async () => {
        const sent = await mail.deliverPending();
        await passes.forgetDeadSecretsNow();
        return sent ? `${sent} e-mail(s) sent` : undefined;
      },
    });
  }
}
