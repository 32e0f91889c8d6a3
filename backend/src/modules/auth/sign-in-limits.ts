import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { sha256Hex } from '../../common/crypto/secret-box.js';
import { RateLimiter, rateLimited, RateLimitStore, WindowCount } from '../../common/rate-limit/rate-limiter.js';
import { Clock } from '../../common/time/clock.js';
import { Transactions } from '../../common/database/transactions.js';
import { SignInBackoffRepository } from './sign-in-backoff.repository.js';

const MINUTE = 60_000;
/** Failures allowed per e-mail and address pair, and per address (any e-mail), in 15 minutes. */
export const PAIR_FAILURES = 10;
export const ADDRESS_FAILURES = 30;
const WINDOW_MS = 15 * MINUTE;
/** Per e-mail: this many failures are free, then each next attempt waits 2^(n − FREE) s after the last failure… */
export const BACKOFF_FREE_FAILURES = 5;
/** …at most this long, so the owner is slowed down, never locked out; */
export const BACKOFF_CAP_SECONDS = 15 * 60;
/** and an hour without failure starts the count again. */
const BACKOFF_QUIET_MS = 60 * MINUTE;

/** What one attempt reserved: it counts as a failure unless `succeeded` takes it back. */
export interface SignInAttempt {
  email: string;
  address: string;
  pair: WindowCount;
  perAddress: WindowCount;
  backoff: boolean;
}

/** Seconds an attempt waits after `failures` failures (0 while they are few). */
export function backoffSeconds(failures: number): number {
  if (failures < BACKOFF_FREE_FAILURES) return 0;
  return Math.min(2 ** (failures - BACKOFF_FREE_FAILURES), BACKOFF_CAP_SECONDS);
}

/**
 * Sign-in limits, in PostgreSQL so they hold across app instances. Only failures count: an
 * attempt is reserved as a failure before the password is checked (so parallel guesses
 * cannot slip through), and a success takes it back.
 * - per e-mail and address: 10 failures in 15 minutes;
 * - per address: 30 failures in 15 minutes, whatever the e-mails;
 * - per e-mail, from addresses the owner never signed in from: after 5 failures, each next
 *   attempt waits 1, 2, 4… s after the last failure, at most 15 minutes. Someone guessing from
 *   many addresses gets a handful of tries an hour, and the owner, from an address they signed
 *   in from before, is not held up at all.
 */
@Injectable()
export class SignInLimits {
  private readonly pairs: RateLimiter;
  private readonly addresses: RateLimiter;

  constructor(
    private readonly backoffs: SignInBackoffRepository,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    store: RateLimitStore,
  ) {
    this.pairs = new RateLimiter(store, 'sign-in:pair', PAIR_FAILURES, WINDOW_MS);
    this.addresses = new RateLimiter(store, 'sign-in:address', ADDRESS_FAILURES, WINDOW_MS);
  }

  /** Reserves one attempt, or throws RATE_LIMITED counting nothing. `knownAddress`: the owner signed in from there before. */
  reserve(email: string, address: string, knownAddress: boolean): Promise<SignInAttempt> {
    return this.transactions.run(async (em) => {
      const backoff = !knownAddress;
      if (backoff) await this.reserveBackoff(email, em);
      const pair = await this.pairs.hit(`${email}\n${address}`, 'sign-in attempts for this account', em);
      const perAddress = await this.addresses.hit(address, 'sign-in attempts', em);
      return { email, address, pair, perAddress, backoff };
    });
  }

  /** The attempt succeeded: it does not count. */
  async succeeded(attempt: SignInAttempt): Promise<void> {
    await this.transactions.run(async (em) => {
      await this.pairs.refund(`${attempt.email}\n${attempt.address}`, attempt.pair, em);
      await this.addresses.refund(attempt.address, attempt.perAddress, em);
      if (attempt.backoff) await this.backoffs.refund(sha256Hex(attempt.email), em);
    });
  }

  private async reserveBackoff(email: string, em: EntityManager): Promise<void> {
    const now = this.clock.now();
    const quietSince = new Date(now.getTime() - BACKOFF_QUIET_MS);
    const emailHash = sha256Hex(email);
    if (await this.backoffs.reserve(emailHash, now, quietSince, BACKOFF_FREE_FAILURES, BACKOFF_CAP_SECONDS, em)) return;
    const row = await this.backoffs.current(emailHash, em);
    const waitUntil = row.lastFailureAt.getTime() + backoffSeconds(row.failures) * 1000;
    throw rateLimited('failed sign-ins for this account', (waitUntil - now.getTime()) / 1000);
  }

  /** Counters nobody needs any more. */
  async prune(): Promise<void> {
    await this.backoffs.deleteQuietSince(new Date(this.clock.now().getTime() - BACKOFF_QUIET_MS));
  }
}
