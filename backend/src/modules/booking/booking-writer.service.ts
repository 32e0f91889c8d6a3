import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { isExclusionViolation, withRetry } from '../../common/errors/db-errors.js';
import { DomainError, notFound } from '../../common/errors/domain-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { StudioRepository } from '../studios/studio.repository.js';
import { conflictError } from './booking-conflict.js';
import { BookingChecks } from './booking-checks.service.js';
import { DeskRange, PlannedRow } from './booking-rules.js';
import { BookingEntity } from './booking.entity.js';
import { BookingRepository, Scope } from './booking.repository.js';
import type { DeskInfo } from './desk-holds.repository.js';
import { OptionExpiryService } from './option-expiry.service.js';
import { Transactions } from '../../common/database/transactions.js';

/**
 * How every booking mutation runs: one transaction (run again if PostgreSQL picked it as a
 * deadlock victim), the studio locked first so its maxDesks check sees every other booking
 * of the studio, expired options released before any availability check, and the desk rows
 * written last, where the exclusion constraint has the final word.
 */
@Injectable()
export class BookingWriter {
  constructor(
    private readonly transactions: Transactions,
    private readonly studios: StudioRepository,
    private readonly expiry: OptionExpiryService,
    private readonly repo: BookingRepository,
    private readonly checks: BookingChecks,
  ) {}

  run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return withRetry(() => this.transactions.run(work));
  }

  /** Locks the studio for the rest of the transaction and frees the desks of expired options. */
  async begin(em: EntityManager, studioId: string): Promise<void> {
    await this.lockStudio(em, studioId);
    await this.expiry.release(em);
  }

  /** Locks the studio for the rest of the transaction (its maxDesks check then sees every other booking of it). */
  async lockStudio(em: EntityManager, studioId: string): Promise<void> {
    if (!(await this.studios.lockForBooking(studioId, em))) throw notFound('Studio', studioId);
  }

  /** Frees the desk-days that expired options still hold on the planned rows, just before writing them. */
  async releaseExpiredOn(em: EntityManager, planned: readonly PlannedRow[]): Promise<void> {
    if (!planned.length) return;
    const first = planned.reduce((m, r) => (r.first < m ? r.first : m), planned[0].first);
    const last = planned.reduce((m, r) => (r.last > m ? r.last : m), planned[0].last);
    await this.expiry.releaseOn(em, [...new Set(planned.map((r) => r.deskId))], first, last);
  }

  /** begin() for an existing booking (its studio, read first), then the booking itself, locked. */
  async beginOn(em: EntityManager, bookingId: string, scope: Scope): Promise<BookingEntity> {
    const found = await this.repo.find(bookingId, scope, em);
    if (!found) throw notFound('Booking', bookingId);
    await this.begin(em, found.studioId);
    return (await this.repo.find(bookingId, scope, em, true))!;
  }

  /**
   * Writes the booking's live rows. The checks ran before, but a booking committed since then
   * (or committing now) may hold some of the desk-days: PostgreSQL's exclusion constraint
   * refuses those rows, and the caller gets DESK_UNAVAILABLE naming what was taken. (Rows are
   * written with ON CONFLICT DO NOTHING so a lost race is not logged as a failed query;
   * a raw 23P01 from elsewhere maps the same way.)
   */
  async writeRows(bookingId: string, planned: readonly PlannedRow[], current: readonly DeskRange[], desks: readonly DeskInfo[], em: EntityManager): Promise<void> {
    let written: number;
    try {
      written = await this.repo.replaceLiveRows(bookingId, planned, em);
    } catch (e) {
      if (!isExclusionViolation(e)) throw e;
      written = -1;
    }
    if (written === planned.length) return;
    // Rows skipped (ON CONFLICT DO NOTHING): another booking committed first. The transaction is
    // still usable and, read committed, sees that booking: say what it took, on this same
    // connection. (Asking on another one while this one holds its locks could wait on a pool
    // exhausted by the very requests queued behind those locks.)
    if (written >= 0) {
      const taken = await this.checks.desksFree(planned, current, bookingId, desks, em);
      if (taken) throw conflictError(taken);
    }
    throw new DomainError(ErrorCode.DESK_UNAVAILABLE, 'Another booking took some of these desks a moment ago: look at the calendar again and pick other desks', { reason: 'TAKEN' });
  }
}
