import { Logger } from '@nestjs/common';

/**
 * The timers of a domain's scheduled jobs. `stop()` clears them and waits for a run in
 * progress, so that the database pool is only closed once no job is using it.
 */
export class JobTimers {
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly running = new Set<Promise<void>>();
  private stopped = false;

  constructor(private readonly logger: Logger) {}

  /** Runs `job` after `firstAfterMs`, then every `everyMs`; a failure is logged, never thrown. */
  every(name: string, firstAfterMs: number, everyMs: number, job: () => Promise<unknown>): void {
    const run = () => {
      if (this.stopped) return;
      const done: Promise<void> = job()
        .then(() => undefined)
        .catch((e) => this.logger.warn(`${name} failed: ${e instanceof Error ? e.message : e}`))
        .finally(() => this.running.delete(done));
      this.running.add(done);
    };
    const first = setTimeout(run, firstAfterMs);
    const every = setInterval(run, everyMs);
    first.unref();
    every.unref();
    this.timers.push(first, every);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearInterval(t);
    await Promise.all([...this.running]);
  }
}
