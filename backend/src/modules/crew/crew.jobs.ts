import { Injectable } from '@nestjs/common';
import { JobRegistry } from '../jobs/job-registry.js';
import { PersonalDataService } from './personal-data.service.js';

/**
 * The crew domain's scheduled jobs (pg-boss, once across instances; each is idempotent as
 * well: rows claimed with SKIP LOCKED). The door's jobs are access/access.jobs.ts.
 */
@Injectable()
export class CrewJobs {
  constructor(registry: JobRegistry, personalData: PersonalDataService) {
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
