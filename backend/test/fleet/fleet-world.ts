import { DataSource } from 'typeorm';
import { GqlResult } from '../harness.js';
import { JobsDocument, RunJobDocument } from '../documents.js';

export const JOB_OPS = {
  jobs: JobsDocument,
  runJob: RunJobDocument,
};

/** Every job the domains define (the jobs query must list exactly these). */
export const JOB_NAMES = [
  'booking.option-expiry',
  'crew.anonymisation',
  'crew.check-out',
  'invoicing.monthly-drafts',
  'invoicing.payment-reminders',
  'mail.delivery',
  'users.housekeeping',
];

/** Polls `probe` until it returns a value (not undefined), at most `timeoutMs`. A wait for the queue, never a timed assertion. */
export async function until<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Still waiting for ${what} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export interface RunRow {
  state: string;
  instance: string;
  outcome: string | null;
  error: string | null;
}

export const runsOf = (ds: DataSource, name: string, since: Date): Promise<RunRow[]> =>
  ds.query(`SELECT state, instance, outcome, error FROM job_run WHERE name = $1 AND started_at >= $2 ORDER BY started_at`, [name, since]);

/** Nothing of this job waits or runs in pg-boss' queue. */
export async function queueIdle(ds: DataSource, name: string): Promise<boolean> {
  const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active')`, [name]);
  return n === 0;
}

export function data<T>(res: GqlResult<T>): T {
  if (res.errors) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
  return res.data;
}
