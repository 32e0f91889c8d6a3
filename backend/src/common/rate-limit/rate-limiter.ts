import { DomainError } from '../errors/domain-error.js';
import { ErrorCode } from '../errors/error-code.js';

/**
 * A sliding-window limit per key (an address, an e-mail): at most `limit` attempts in
 * `windowMs`. Kept in memory: each app instance limits on its own.
 */
export class RateLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one attempt; throws FORBIDDEN (reason RATE_LIMITED) when over the limit. */
  hit(key: string, what = 'attempts'): void {
    const t = this.now();
    const recent = (this.attempts.get(key) ?? []).filter((at) => t - at < this.windowMs);
    if (recent.length >= this.limit) {
      const retryAfterSeconds = Math.ceil((recent[0] + this.windowMs - t) / 1000);
      this.attempts.set(key, recent);
      throw new DomainError(ErrorCode.FORBIDDEN, `Too many ${what}: wait ${retryAfterSeconds} s and try again`, {
        reason: 'RATE_LIMITED',
        retryAfterSeconds,
      });
    }
    recent.push(t);
    this.attempts.set(key, recent);
    if (this.attempts.size > 10_000) this.prune(t);
  }

  reset(key: string): void {
    this.attempts.delete(key);
  }

  private prune(t: number): void {
    for (const [key, times] of this.attempts) {
      if (times.every((at) => t - at >= this.windowMs)) this.attempts.delete(key);
    }
  }
}
