import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { JobRunState } from './job-run.entity.js';
import type { JobStatus } from './jobs.service.js';

registerEnumType(JobRunState, { name: 'JobRunState', description: 'RUNNING, or how the attempt ended (a FAILED attempt is retried with backoff).' });

@ObjectType('JobRun', { description: 'One attempt of a scheduled job, on whichever instance ran it.' })
export class JobRunModel {
  @Field(() => JobRunState) state: JobRunState;
  @Field(() => Date) startedAt: Date;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'What the run did, in a few words.' }) outcome: string | null;
  @Field(() => String, { nullable: true, description: 'Why the attempt failed.' }) error: string | null;
}

@ObjectType('ScheduledJob', { description: 'A job the fleet runs on a schedule, once whatever the number of instances.' })
export class ScheduledJobModel {
  @Field({ description: 'domain.what, e.g. booking.option-expiry.' }) name: string;
  @Field({ description: 'Cron expression (minute hour day month weekday) in `timezone`.' }) schedule: string;
  @Field() timezone: string;
  @Field(() => JobRunModel, { nullable: true, description: 'The latest attempt (kept 30 days).' }) lastRun: JobRunModel | null;
  @Field(() => Date, { nullable: true, description: 'Null while no instance schedules jobs (FLEX_JOBS=0 everywhere).' }) nextRunAt: Date | null;
  @Field(() => Int, { description: 'Failed attempts in the last 30 days.' }) failures: number;
  @Field({ description: 'A run is queued and waits for a worker.' }) waiting: boolean;

  static from(s: JobStatus): ScheduledJobModel {
    const last = s.history.last;
    return Object.assign(new ScheduledJobModel(), {
      name: s.job.name,
      schedule: s.job.cron,
      timezone: s.job.timezone,
      lastRun: last && Object.assign(new JobRunModel(), { state: last.state, startedAt: last.startedAt, finishedAt: last.finishedAt, outcome: last.outcome, error: last.error }),
      nextRunAt: s.nextRunAt,
      failures: s.history.failures,
      waiting: s.waiting,
    });
  }
}
