import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.js';
import { JobRegistry } from './job-registry.js';
import { JobRunsRepository } from './job-runs.repository.js';
import { JobsResolver } from './jobs.resolver.js';
import { JobsService } from './jobs.service.js';

/** Scheduled jobs on pg-boss. Global: every domain defines its jobs in the JobRegistry. */
@Global()
@Module({ providers: [JobQueue, JobRegistry, JobRunsRepository, JobsService, JobsResolver], exports: [JobRegistry] })
export class JobsModule {}
