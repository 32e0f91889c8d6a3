import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../../common/time/clock.js';
import type { LocalDate } from '../../common/time/dates.js';
import { BookingHooks } from './booking.hooks.js';
import { BookingRepository } from './booking.repository.js';
import { Transactions } from '../../common/database/transactions.js';

/** Default life of an option. */
export const OPTION_HOURS = 72;

/** Managers are reminded this long before an option expires. */
export const REMIND_BEFORE_MS = 24 * 3_600_000;

/**
 * Expired options release their desks: inside every booking transaction before any
 * availability check, and every minute by the sweep job.
 */
@Injectable()
export class OptionExpiryService {
  constructor(
    private readonly transactions: Transactions,
    private readonly repo: BookingRepository,
    private readonly hooks: BookingHooks,
    private readonly clock: Clock,
  ) {}

  /** Marks every option past its expiry EXPIRED, frees its desks and lets other domains react. */
  async release(em: EntityManager): Promise<number> {
    const expired = await this.repo.expireOptions(this.clock.now(), em);
    for (const booking of expired) await this.hooks.runCancelled(em, booking);
    return expired.length;
  }

  /** release() limited to the options holding one of `deskIds` on a day of [first, last]: what a new booking of those desks needs freed. */
  async releaseOn(em: EntityManager, deskIds: readonly string[], first: LocalDate, last: LocalDate): Promise<number> {
    const expired = await this.repo.expireOptions(this.clock.now(), em, { deskIds, first, last });
    for (const booking of expired) await this.hooks.runCancelled(em, booking);
    return expired.length;
  }

  /**
   * The job: expired options released (one transaction), then the 24-hour reminders of the
   * options about to expire. Safe to run from several instances at once (the reminders' hooks
   * write each e-mail once). Returns how many options expired.
   */
  async sweep(): Promise<number> {
    const expired = await this.transactions.run((em) => this.release(em));
    await this.remindExpiringSoon();
    return expired;
  }

  /** Options expiring within 24 hours, that lived longer than that: their hooks run (each in its own transaction). */
  async remindExpiringSoon(): Promise<number> {
    const now = this.clock.now();
    const soon = await this.repo.optionsExpiringBetween(now, new Date(now.getTime() + REMIND_BEFORE_MS), REMIND_BEFORE_MS);
    for (const booking of soon) await this.transactions.run((em) => this.hooks.runExpiringSoon(em, booking));
    return soon.length;
  }
}
