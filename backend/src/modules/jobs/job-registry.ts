import { Injectable } from '@nestjs/common';
import { SITE_TIMEZONE } from '../../common/time/dates.js';

/** One scheduled job: a domain defines it, the jobs module runs it once across the fleet. */
export interface JobDefinition {
  /** Queue name, `domain.what` (e.g. `booking.option-expiry`): the operator's page translates it. */
  name: string;
  /** Five-field cron in `timezone` (minute granularity). */
  cron: string;
  /** Default Europe/Paris, the site's time: "3 a.m." stays 3 a.m. across daylight saving. */
  timezone?: string;
  /** Must be idempotent: a retry after a failure runs it again. Returns what it did, in a few words (logged and shown). */
  run: () => Promise<string | void>;
}

export type RegisteredJob = Required<JobDefinition>;

/** Domains define their jobs here when the app starts (in a constructor or onModuleInit). */
@Injectable()
export class JobRegistry {
  private readonly jobs = new Map<string, RegisteredJob>();

  define(job: JobDefinition): void {
    if (!/^[a-z]+\.[a-z-]+$/.test(job.name)) throw new Error(`Job name "${job.name}" must read domain.what-it-does`);
    if (this.jobs.has(job.name)) throw new Error(`Job "${job.name}" is defined twice`);
    this.jobs.set(job.name, { timezone: SITE_TIMEZONE, ...job });
  }

  all(): RegisteredJob[] {
    return [...this.jobs.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  get(name: string): RegisteredJob | undefined {
    return this.jobs.get(name);
  }
}
