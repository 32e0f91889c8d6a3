import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/time/clock.js';
import { addDays } from '../../common/time/dates.js';
import { JobRegistry } from '../jobs/job-registry.js';
import { InvoiceGenerationService } from './invoice-generation.service.js';

/** The month before the one `today` (YYYY-MM-DD) falls in. */
export const monthBefore = (today: string): string => addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7);

/**
 * On the 1st at 04:00 (Paris), the drafts of the month before. Idempotent: generating a month
 * again refreshes its drafts in place and never touches an issued invoice.
 */
@Injectable()
export class InvoicingJobs {
  constructor(registry: JobRegistry, clock: Clock, generation: InvoiceGenerationService) {
    registry.define({
      name: 'invoicing.monthly-drafts',
      cron: '0 4 1 * *',
      run: async () => {
        const month = monthBefore(clock.today());
        const drafts = await generation.generateMonth(month);
        return `${drafts.length} draft invoice(s) for ${month}`;
      },
    });
  }
}
