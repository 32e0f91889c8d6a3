import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, isOperator, studioScope } from '../../common/auth/actor.js';
import { badInput, DomainError, invalidState, notFound } from '../../common/errors/domain-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { Clock } from '../../common/time/clock.js';
import { LocalDate, maxDate, minDate } from '../../common/time/dates.js';
import { BookingChecks } from './booking-checks.service.js';
import { BookingConflict, conflictError } from './booking-conflict.js';
import { assertDates, assertDeskChoice, assertKnownDesks } from './booking-input.js';
import { deskConflicts, planBookingRows, planDeskMove } from './booking-rules.js';
import { BookingWriter } from './booking-writer.service.js';
import { BookingEntity } from './booking.entity.js';
import { BookingHooks } from './booking.hooks.js';
import { BookingRepository } from './booking.repository.js';
import { effectiveStatus, holdsDesks } from './desk-holds.js';
import { UpdateBookingInput } from './dto/update-booking.input.js';

const refuse = (c: BookingConflict | null) => {
  if (c) throw conflictError(c);
};

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
 * Where a manager's change may start: the days already past stay as they were (they are
 * used, and billed). The operator may rewrite any day.
 */
function checkManagerChange(actor: Actor, booking: BookingEntity, newStart: LocalDate, newEnd: LocalDate, today: LocalDate): LocalDate {
  if (isOperator(actor)) return newStart;
  if (booking.endDate < today) throw invalidState(`Booking ${booking.reference} is over: it can no longer be changed`);
  if (newStart !== booking.startDate) {
    if (booking.startDate < today) throw badInput('startDate', `Booking ${booking.reference} has started: its start date can no longer change`);
    if (newStart < today) throw badInput('startDate', `Bookings start today (${today}) at the earliest: move the start date`);
  }
  if (newEnd < today) throw badInput('endDate', `The last day cannot be before today (${today}): cancel the booking to stop it`);
  return booking.startDate < today ? today : newStart;
}

/**
 * Extending, shortening, moving and changing the desks of a live booking, under the booking
 * rules, and moving it off a desk whose kit broke: all written through BookingWriter.
 */
@Injectable()
export class BookingUpdateService {
  constructor(
    private readonly writer: BookingWriter,
    private readonly repo: BookingRepository,
    private readonly checks: BookingChecks,
    private readonly hooks: BookingHooks,
    private readonly clock: Clock,
  ) {}

  async update(actor: Actor, input: UpdateBookingInput): Promise<BookingEntity> {
    if (input.startDate == null && input.endDate == null && input.deskIds == null && input.productionName == null) {
      throw badInput('input', 'Nothing to change: give new dates, desks or production name');
    }
    if (input.deskIds) assertDeskChoice(input.deskIds, null);
    const scope = studioScope(actor);
    return this.writer.run(async (em) => {
      const booking = await this.writer.beginOn(em, input.id, scope);
      const status = effectiveStatus(booking, this.clock.now());
      if (!holdsDesks(booking, this.clock.now())) throw invalidState(`Booking ${booking.reference} is ${status}: only an option or a confirmed booking can be changed`, { status });
      if (input.productionName != null) booking.productionName = input.productionName.trim();
      const reshaped = input.startDate != null || input.endDate != null || input.deskIds != null;
      if (!reshaped) return this.repo.save(booking, em);
      const newStart = input.startDate ?? booking.startDate;
      const newEnd = input.endDate ?? booking.endDate;
      assertDates(newStart, newEnd);
      const rewriteFrom = checkManagerChange(actor, booking, newStart, newEnd, this.clock.today());
      const current = (await this.repo.rowsOf(booking.id, em)).filter((r) => r.live);
      // A booking stays at its site: other sites' desks are unknown here.
      const all = await this.checks.desks(null, em);
      const siteId = all.find((d) => d.id === current[0]?.deskId)?.siteId ?? null;
      const desks = siteId ? all.filter((d) => d.siteId === siteId) : all;
      if (input.deskIds) assertKnownDesks(input.deskIds, desks);
      const planned = planBookingRows({ current, oldStart: booking.startDate, oldEnd: booking.endDate, newStart, newEnd, deskIds: input.deskIds, rewriteFrom });
      if (!planned.length) throw badInput('deskIds', 'The booking would hold no desk on these dates: give the desks (deskIds)');
      const { contract, conflict } = await this.checks.contract(booking.studioId, newStart, newEnd, em);
      refuse(conflict);
      refuse((await this.checks.site(contract, siteId, input.deskIds, em)).conflict);
      refuse(await this.checks.limit(booking.studioId, contract!, planned, booking.id, em));
      refuse(await this.checks.desksFree(planned, current, booking.id, desks, em));
      await this.writer.writeRows(booking.id, planned, current, desks, em);
      booking.startDate = newStart;
      booking.endDate = newEnd;
      booking.contractId = contract!.id;
      const saved = await this.repo.save(booking, em);
      await this.hooks.runChanged(em, saved);
      return saved;
    });
  }

  /**
   * Moves what is left of a booking (from today on) off `fromDeskId` onto `toDeskId` (its kit
   * broke), written as any change is: studio locked first, expired options released, the same
   * checks, rows rewritten in desk order with the exclusion constraint last, run again after a
   * deadlock. `alongside` runs in the transaction once the rows are written, before the hooks.
   * Refuses with NOT_FOUND (booking, desk), INVALID_STATE (it no longer holds its desks),
   * BAD_USER_INPUT (same desk, no day left on it) or DESK_UNAVAILABLE (the new desk is out of
   * service, or taken on one of the days, even by a booking committing at this moment).
   */
  moveDesk<T>(actor: Actor, bookingId: string, fromDeskId: string, toDeskId: string, alongside: AlongsideMove<T>): Promise<DeskMove & { alongside: T }> {
    if (fromDeskId === toDeskId) throw badInput('toDeskId', 'Pick another desk than the one the booking is on');
    const scope = studioScope(actor);
    return this.writer.run(async (em) => {
      const booking = await this.writer.beginOn(em, bookingId, scope);
      const now = this.clock.now();
      if (!holdsDesks(booking, now)) {
        const status = effectiveStatus(booking, now);
        throw invalidState(`Booking ${booking.reference} no longer holds any desk (${status.toLowerCase()})`, { status });
      }
      const current = (await this.repo.rowsOf(booking.id, em)).filter((r) => r.live);
      const { planned, moved } = planDeskMove(current, fromDeskId, toDeskId, this.clock.today());
      if (!moved.length) throw badInput('fromDeskId', `Booking ${booking.reference} has no day left on this desk`);
      const all = await this.checks.desks(null, em);
      // Moved within its site only.
      const siteId = all.find((d) => d.id === fromDeskId)?.siteId;
      const desks = all.filter((d) => d.siteId === siteId);
      const target = desks.find((d) => d.id === toDeskId);
      if (!target) throw notFound('Desk', toDeskId);
      if (deskConflicts(moved, current).length) {
        throw new DomainError(ErrorCode.DESK_UNAVAILABLE, `Booking ${booking.reference} already holds desk ${target.code} on some of these days: pick another desk`, {
          reason: 'TAKEN',
          deskCodes: [target.code],
        });
      }
      refuse(await this.checks.desksFree(planned, current, booking.id, desks, em));
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
