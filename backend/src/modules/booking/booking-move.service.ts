import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, studioScope } from '../../common/auth/actor.js';
import { badInput, DomainError, invalidState, notFound } from '../../common/errors/domain-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { Clock } from '../../common/time/clock.js';
import { LocalDate, maxDate, minDate } from '../../common/time/dates.js';
import { BookingChecks } from './booking-checks.service.js';
import { conflictError } from './booking-conflict.js';
import { deskConflicts, planDeskMove } from './booking-rules.js';
import { BookingWriter } from './booking-writer.service.js';
import { BookingEntity } from './booking.entity.js';
import { BookingHooks } from './booking.hooks.js';
import { BookingRepository } from './booking.repository.js';
import { effectiveStatus, holdsDesks } from './desk-holds.js';

/** A booking's days moved from one desk to another. */
export interface DeskMove {
  booking: BookingEntity;
  fromDeskId: string;
  toDeskId: string;
  toDeskCode: string;
  /** First and last day now on the new desk (earlier days stay on the old one). */
  from: LocalDate;
  to: LocalDate;
}

/** What runs with a move, in its transaction, once the rows are written (the crew follows the desk). */
export type AlongsideMove<T> = (em: EntityManager, move: DeskMove) => Promise<T>;

/**
 * Moving what is left of a booking (from today on) off one desk onto another, written as every
 * booking change is: through BookingWriter (the studio locked first, expired options
 * released, the same checks, the rows rewritten in desk order with the exclusion constraint
 * having the last word, the whole run again after a deadlock).
 */
@Injectable()
export class BookingMoveService {
  constructor(
    private readonly writer: BookingWriter,
    private readonly repo: BookingRepository,
    private readonly checks: BookingChecks,
    private readonly hooks: BookingHooks,
    private readonly clock: Clock,
  ) {}

  /**
   * Refuses with NOT_FOUND (booking, desk), INVALID_STATE (the booking no longer holds its
   * desks), BAD_USER_INPUT (same desk, no day left on it) or DESK_UNAVAILABLE (the new desk is
   * out of service, or taken on one of the days, even by a booking committing at this moment).
   */
  moveDesk<T>(actor: Actor, bookingId: string, fromDeskId: string, toDeskId: string, alongside: AlongsideMove<T>): Promise<DeskMove & { alongside: T }> {
    if (fromDeskId === toDeskId) throw badInput('toDeskId', 'Pick another desk than the one the booking is on');
    const scope = studioScope(actor);
    return this.writer.run(async (em) => {
      const found = await this.repo.find(bookingId, scope, em);
      if (!found) throw notFound('Booking', bookingId);
      await this.writer.begin(em, found.studioId);
      const booking = (await this.repo.find(bookingId, scope, em, true))!;
      const now = this.clock.now();
      if (!holdsDesks(booking, now)) {
        const status = effectiveStatus(booking, now);
        throw invalidState(`Booking ${booking.reference} no longer holds any desk (${status.toLowerCase()})`, { status });
      }
      const current = (await this.repo.rowsOf(booking.id, em)).filter((r) => r.live);
      const { planned, moved } = planDeskMove(current, fromDeskId, toDeskId, this.clock.today());
      if (!moved.length) throw badInput('fromDeskId', `Booking ${booking.reference} has no day left on this desk`);
      const desks = await this.checks.desks(em);
      const target = desks.find((d) => d.id === toDeskId);
      if (!target) throw notFound('Desk', toDeskId);
      if (deskConflicts(moved, current).length) {
        throw new DomainError(ErrorCode.DESK_UNAVAILABLE, `Booking ${booking.reference} already holds desk ${target.code} on some of these days: pick another desk`, {
          reason: 'TAKEN',
          deskCodes: [target.code],
        });
      }
      const refused = await this.checks.desksFree(planned, current, booking.id, desks, em);
      if (refused) throw conflictError(refused);
      await this.writer.writeRows(booking.id, planned, current, desks, em);
      const move: DeskMove = {
        booking,
        fromDeskId,
        toDeskId,
        toDeskCode: target.code,
        from: moved.reduce((m, r) => minDate(m, r.first), moved[0].first),
        to: moved.reduce((m, r) => maxDate(m, r.last), moved[0].last),
      };
      const result = await alongside(em, move);
      await this.hooks.runChanged(em, booking);
      return { ...move, alongside: result };
    });
  }
}
