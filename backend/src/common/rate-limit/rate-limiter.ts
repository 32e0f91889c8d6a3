import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { sha256Hex } from '../crypto/secret-box.js';
import { DomainError } from '../errors/domain-error.js';
import { ErrorCode } from '../errors/error-code.js';
import { Clock } from '../time/clock.js';

/** Answer to a refused attempt: FORBIDDEN with reason RATE_LIMITED and how long to wait. */
export function rateLimited(what: string, retryAfterSeconds: number): DomainError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new DomainError(ErrorCode.FORBIDDEN, `Too many ${what}: wait ${seconds} s and try again`, { reason: 'RATE_LIMITED', retryAfterSeconds: seconds });
}

export interface WindowCount {
  hits: number;
  windowStartedAt: Date;
}

/**
 * Fixed-window counters in PostgreSQL (table rate_limit_window): every app instance counts
 * into the same window, so a limit holds however many instances serve the traffic. Time is
 * the Clock's, so tests move it instead of waiting.
 */
@Injectable()
export class RateLimitStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Counts one hit in the key's window (a new window starts once the last one is over). */
  async increment(key: string, windowMs: number, em?: EntityManager): Promise<WindowCount> {
    const now = this.clock.now();
    const [row]: Array<{ hits: number; window_started_at: Date }> = await (em ?? this.dataSource.manager).query(
      `INSERT INTO rate_limit_window AS w (key, hits, window_started_at) VALUES ($1, 1, $2)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN w.window_started_at <= $2::timestamptz - make_interval(secs => $3 / 1000.0) THEN 1 ELSE w.hits + 1 END,
         window_started_at = CASE WHEN w.window_started_at <= $2::timestamptz - make_interval(secs => $3 / 1000.0) THEN $2 ELSE w.window_started_at END
       RETURNING hits, window_started_at`,
      [key, now, windowMs],
    );
    if (Math.random() < 0.01) await this.prune(em);
    return { hits: row.hits, windowStartedAt: row.window_started_at };
  }

  /** Takes back one hit counted in that window (a sign-in that turned out to succeed). */
  async refund(key: string, windowStartedAt: Date, em?: EntityManager): Promise<void> {
    await (em ?? this.dataSource.manager).query(`UPDATE rate_limit_window SET hits = greatest(hits - 1, 0) WHERE key = $1 AND window_started_at = $2`, [key, windowStartedAt]);
  }

  secondsLeft(count: WindowCount, windowMs: number): number {
    return (count.windowStartedAt.getTime() + windowMs - this.clock.now().getTime()) / 1000;
  }

  /** Windows over for a day are forgotten (they would restart at 1 anyway). */
  private async prune(em?: EntityManager): Promise<void> {
    await (em ?? this.dataSource.manager).query(`DELETE FROM rate_limit_window WHERE window_started_at < $1`, [new Date(this.clock.now().getTime() - 86_400_000)]);
  }
}

/** At most `limit` attempts per key within a window of `windowMs`. */
export class RateLimiter {
  constructor(
    private readonly store: RateLimitStore,
    /** Namespaces the keys (e.g. "door"): two limiters never share a counter. */
    private readonly name: string,
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one attempt; throws FORBIDDEN (reason RATE_LIMITED) when over the limit. */
  async hit(key: string, what = 'attempts', em?: EntityManager): Promise<WindowCount> {
    const count = await this.store.increment(this.keyOf(key), this.windowMs, em);
    if (count.hits > this.limit) throw rateLimited(what, this.store.secondsLeft(count, this.windowMs));
    return count;
  }

  refund(key: string, count: WindowCount, em?: EntityManager): Promise<void> {
    return this.store.refund(this.keyOf(key), count.windowStartedAt, em);
  }

  /** Keys are addresses and e-mails: only their hash is stored. */
  private keyOf(key: string): string {
    return `${this.name}:${sha256Hex(key)}`;
  }
}
