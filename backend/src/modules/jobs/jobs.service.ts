import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import cronParser from 'cron-parser';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { badInput } from '../../common/errors/domain-error.js';
import { Metrics } from '../../common/metrics/metrics.js';
import { Clock } from '../../common/time/clock.js';
import { FLEX_CONFIG } from '../../config/config.js';
import type { FlexConfig } from '../../config/config.js';
import { JobQueue } from './job-queue.js';
import { JobRegistry, RegisteredJob } from './job-registry.js';
import { JobRunState } from './job-run.entity.js';
import { JobHistory, JobRunsRepository } from './job-runs.repository.js';

export interface JobStatus {
  job: RegisteredJob;
  history: JobHistory;
  /** Null while no instance schedules it (every instance runs with FLEX_JOBS=0). */
  nextRunAt: Date | null;
  waiting: boolean;
}

/**
 * Runs the domains' jobs on pg-boss: with FLEX_JOBS=1 this instance schedules them and works
 * their queues; with FLEX_JOBS=0 it only enqueues (the operator's "run now"), and pg-boss
 * starts on the first such request. Each attempt is written to job_run and counted.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly instance = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

  constructor(
    @Inject(FLEX_CONFIG) private readonly config: FlexConfig,
    private readonly queue: JobQueue,
    private readonly registry: JobRegistry,
    private readonly runs: JobRunsRepository,
    private readonly metrics: Metrics,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobs) return;
    const jobs = this.registry.all();
    await this.queue.start(jobs);
    await this.queue.work(jobs, (job, id) => this.execute(job, id));
    this.logger.log(`Scheduled ${jobs.length} job(s): ${jobs.map((j) => `${j.name} (${j.cron})`).join(', ')}`);
  }

  /** Stops the schedules and workers and waits for a run in progress: the pool closes after this. */
  onApplicationShutdown(): Promise<void> {
    return this.queue.stop(this.config.shutdownTimeoutMs);
  }

  /** The operator's "run now": true when a run was queued, false when one was already waiting. */
  async enqueue(name: string): Promise<boolean> {
    if (!this.registry.get(name)) throw badInput('name', `No scheduled job is called "${name}"`);
    await this.queue.start(this.registry.all());
    return this.queue.enqueue(name);
  }

  /** One attempt; a failure is recorded, then thrown for pg-boss to retry with backoff. */
  async execute(job: RegisteredJob, queueJobId: string | null): Promise<void> {
    const runId = await this.runs.start(job.name, queueJobId, this.instance);
    try {
      const outcome = (await job.run()) || null;
      await this.runs.finish(runId, JobRunState.COMPLETED, outcome);
      this.metrics.jobRuns.inc({ job: job.name, result: 'completed' });
      if (outcome) this.logger.log(`${job.name}: ${outcome}`);
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      await this.runs.finish(runId, JobRunState.FAILED, error.slice(0, 2000));
      this.metrics.jobRuns.inc({ job: job.name, result: 'failed' });
      this.logger.warn(`${job.name} failed (pg-boss retries it): ${error}`);
      throw e;
    } finally {
      await this.runs.prune(job.name);
    }
  }

  async statuses(): Promise<JobStatus[]> {
    const jobs = this.registry.all();
    const histories = await this.runs.histories(jobs.map((j) => j.name));
    const { waiting, scheduled } = await this.runs.queueState();
    return jobs.map((job) => ({
      job,
      history: histories.get(job.name)!,
      nextRunAt: scheduled.has(job.name) ? this.nextRun(job) : null,
      waiting: waiting.has(job.name),
    }));
  }

  private nextRun(job: RegisteredJob): Date {
    return cronParser.parseExpression(job.cron, { tz: job.timezone, currentDate: this.clock.now() }).next().toDate();
  }
}
