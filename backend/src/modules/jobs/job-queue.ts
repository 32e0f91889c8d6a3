import { Inject, Injectable, Logger } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { FLEX_CONFIG } from '../../config/config.js';
import type { FlexConfig } from '../../config/config.js';
import { poolOf } from '../../database/pool.js';
import type { RegisteredJob } from './job-registry.js';

/** Retries after a failure: 30 s, then about 1 and 2 min (exponential backoff), then the run counts as failed. */
export const RETRY = { retryLimit: 3, retryDelay: 30, retryBackoff: true } as const;
/** A run still active after this is taken for dead (its instance crashed) and retried. */
const EXPIRE_SECONDS = 15 * 60;
/** "Run now" requests for one job within this slot are one run. */
const RUN_NOW_SLOT_SECONDS = 10;
/** How often an idle worker looks for a run. */
const POLL_SECONDS = 2;

/**
 * pg-boss on the app's own pool, in the `pgboss` schema it creates (and migrates) itself.
 * Each job is a `stately` queue: at most one run waiting and one running across the fleet;
 * a cron tick is sent once whatever the number of instances (pg-boss' cron lock). With
 * FLEX_JOBS=1 it also supervises and schedules; with FLEX_JOBS=0 it only enqueues. No SQL of
 * ours here: pg-boss is only given the connection (our reads of its tables are in JobRunsRepository).
 */
@Injectable()
export class JobQueue {
  private readonly logger = new Logger('Jobs');
  private readonly boss: PgBoss;
  private started?: Promise<void>;
  private readonly isWorker: boolean;

  constructor(dataSource: DataSource, @Inject(FLEX_CONFIG) config: FlexConfig) {
    this.isWorker = config.jobs;
    this.boss = new PgBoss({
      db: { executeSql: (text, values) => poolOf(dataSource).query(text, values) },
      schema: 'pgboss',
      supervise: this.isWorker,
      schedule: this.isWorker,
      migrate: true,
      ...RETRY,
    });
    this.boss.on('error', (e) => this.logger.warn(`Queue: ${e instanceof Error ? e.message : String(e)}`));
  }

  /** Creates the schema and the queues once (several instances may start together). */
  start(jobs: RegisteredJob[]): Promise<void> {
    this.started ??= (async () => {
      await this.boss.start();
      for (const job of jobs) await this.ensureQueue(job.name);
    })();
    return this.started;
  }

  private async ensureQueue(name: string): Promise<void> {
    if (await this.boss.getQueue(name)) return;
    try {
      await this.boss.createQueue(name, { name, policy: 'stately', expireInSeconds: EXPIRE_SECONDS, ...RETRY });
    } catch (e) {
      // Another instance created it between the look and the insert.
      if (!(await this.boss.getQueue(name))) throw e;
    }
  }

  /** Schedules every job and starts a worker for each. */
  async work(jobs: RegisteredJob[], handle: (job: RegisteredJob, queueJobId: string) => Promise<void>): Promise<void> {
    for (const job of jobs) {
      await this.boss.schedule(job.name, job.cron, {}, { tz: job.timezone });
      await this.boss.work(job.name, { pollingIntervalSeconds: POLL_SECONDS, batchSize: 1 }, async ([queued]) => handle(job, queued.id));
    }
  }

  /**
   * One run as soon as a worker is free; false when one is already waiting, or was asked for
   * in the last few seconds (two operators, or two instances, pressing at once get one run).
   */
  async enqueue(name: string): Promise<boolean> {
    return (await this.boss.send(name, {}, { singletonKey: 'run-now', singletonSeconds: RUN_NOW_SLOT_SECONDS })) !== null;
  }

  /** Stops polling and the schedules, and waits (at most `timeoutMs`) for the runs in progress. */
  async stop(timeoutMs: number): Promise<void> {
    if (!this.started) return;
    await this.started.catch(() => undefined);
    await this.boss.stop({ graceful: true, wait: true, close: false, timeout: timeoutMs });
  }

  get working(): boolean {
    return this.isWorker;
  }
}
