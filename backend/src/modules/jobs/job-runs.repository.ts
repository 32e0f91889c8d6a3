import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobRunEntity, JobRunState } from './job-run.entity.js';

/** Attempts older than this are forgotten when the same job runs again. */
const KEEP_DAYS = 30;

export interface JobHistory {
  last: JobRunEntity | null;
  failures: number;
}

/** The job_run table, and what pg-boss (schema `pgboss`) says is waiting or scheduled. */
@Injectable()
export class JobRunsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async start(name: string, queueJobId: string | null, instance: string): Promise<string> {
    const repo = this.dataSource.getRepository(JobRunEntity);
    const run = await repo.save(repo.create({ name, queueJobId, instance, state: JobRunState.RUNNING, finishedAt: null, outcome: null, error: null }));
    return run.id;
  }

  async finish(id: string, state: JobRunState.COMPLETED | JobRunState.FAILED, text: string | null): Promise<void> {
    const done = state === JobRunState.COMPLETED ? { outcome: text } : { error: text };
    await this.dataSource.getRepository(JobRunEntity).update({ id }, { state, finishedAt: new Date(), ...done });
  }

  async prune(name: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM job_run WHERE name = $1 AND started_at < now() - make_interval(days => $2)`, [name, KEEP_DAYS]);
  }

  /** The latest attempt of each job, and how many failed in the history kept. */
  async histories(names: string[]): Promise<Map<string, JobHistory>> {
    const repo = this.dataSource.getRepository(JobRunEntity);
    const latest = await repo
      .createQueryBuilder('r')
      .distinctOn(['r.name'])
      .where('r.name IN (:...names)', { names })
      .orderBy('r.name')
      .addOrderBy('r.startedAt', 'DESC')
      .getMany();
    const failures: Array<{ name: string; n: string }> = await this.dataSource.query(
      `SELECT name, count(*) AS n FROM job_run WHERE name = ANY($1) AND state = $2 GROUP BY name`,
      [names, JobRunState.FAILED],
    );
    const out = new Map<string, JobHistory>(names.map((n) => [n, { last: null, failures: 0 }]));
    for (const run of latest) out.get(run.name)!.last = run;
    for (const row of failures) out.get(row.name)!.failures = Number(row.n);
    return out;
  }

  /** Jobs with a run waiting in the queue, and jobs with a schedule (empty until pg-boss has created its schema). */
  async queueState(): Promise<{ waiting: Set<string>; scheduled: Set<string> }> {
    const [{ present }] = await this.dataSource.query(`SELECT to_regclass('pgboss.schedule') IS NOT NULL AS present`);
    if (!present) return { waiting: new Set(), scheduled: new Set() };
    const waiting: Array<{ name: string }> = await this.dataSource.query(`SELECT DISTINCT name FROM pgboss.job WHERE state IN ('created', 'retry')`);
    const scheduled: Array<{ name: string }> = await this.dataSource.query(`SELECT name FROM pgboss.schedule`);
    return { waiting: new Set(waiting.map((r) => r.name)), scheduled: new Set(scheduled.map((r) => r.name)) };
  }
}
