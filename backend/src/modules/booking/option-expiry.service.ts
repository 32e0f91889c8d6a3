import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/time/clock.js';
import { BookingHooks } from './booking.hooks.js';
import { BookingRepository } from './booking.repository.js';

/** Default life of an option. */
export const OPTION_HOURS = 72;

/**
 * Expired options release their desks: inside every booking transaction before any
 * availability check, and every minute by the sweep job.
 */
@Injectable()
export class OptionExpiryService {
  constructor(
    private readonly dataSource: DataSource,
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

  /** The job: one transaction; safe to run from several instances at once. */
  sweep(): Promise<number> {
    return this.dataSource.transaction((em) => this.release(em));
  }
}
