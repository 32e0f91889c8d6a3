import { Injectable } from '@nestjs/common';
import { JobRegistry } from '../../jobs/job-registry.js';
import { ReminderService } from './reminder.service.js';

/**
 * Payment reminders every hour (pg-boss, once across instances; each reminder is one unique
 * row written with its e-mail, see ReminderService). The operator also sends them by hand
 * (`sendPaymentReminders`).
 */
@Injectable()
export class ReminderJobs {
  constructor(registry: JobRegistry, reminders: ReminderService) {
    registry.define({
      name: 'invoicing.payment-reminders',
      cron: '5 * * * *',
      run: async () => {
        const sent = await reminders.sendDue();
        return sent.length ? `${sent.length} payment reminder(s) sent` : undefined;
      },
    });
  }
}
