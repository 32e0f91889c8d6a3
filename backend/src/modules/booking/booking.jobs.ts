import { Injectable } from '@nestjs/common';
import { JobRegistry } from '../jobs/job-registry.js';
import { OptionExpiryService } from './option-expiry.service.js';

/**
 * The booking domain's scheduled job, every minute: expired options release their desks, then
 * options expiring within 24 hours get their reminder (pg-boss runs it once across instances;
 * the expiry is a single conditional UPDATE and each reminder is written once by event key anyway).
 */
@Injectable()
export class BookingJobs {
  constructor(registry: JobRegistry, expiry: OptionExpiryService) {
    registry.define({
      name: 'booking.option-expiry',
      cron: '* * * * *',
      run: async () => {
        const n = await expiry.sweep();
        return n ? `${n} option(s) expired and released their desks` : undefined;
      },
    });
  }
}
