import { Injectable } from '@nestjs/common';
import { Actor, isOperator, studioScope } from '../../common/auth/actor.js';
import { badInput, invalidState, notFound } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { LocalDate } from '../../common/time/dates.js';
import { BookingChecks } from './booking-checks.service.js';
import { BookingConflict, conflictError } from './booking-conflict.js';
import { assertDates, assertDeskChoice, assertKnownDesks } from './booking-input.js';
import { planBookingRows } from './booking-rules.js';
import { BookingWriter } from './booking-writer.service.js';
import { BookingEntity } from './booking.entity.js';
import { BookingHooks } from './booking.hooks.js';
import { effectiveStatus, holdsDesks } from './desk-holds.js';
import { BookingRepository } from './booking.repository.js';
import { UpdateBookingInput } from './dto/update-booking.input.js';

const refuse = (c: BookingConflict | null) => {
  if (c) throw conflictError(c);
};

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

/** Extending, shortening, moving and changing the desks of a live booking, under the booking rules. */
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
      const found = await this.repo.find(input.id, scope, em);
      if (!found) throw notFound('Booking', input.id);
      await this.writer.begin(em, found.studioId);
      const booking = (await this.repo.find(input.id, scope, em, true))!;
      const status = effectiveStatus(booking, this.clock.now());
      if (!holdsDesks(booking, this.clock.now())) throw invalidState(`Booking ${booking.reference} is ${status}: only an option or a confirmed booking can be changed`, { status });
      if (input.productionName != null) booking.productionName = input.productionName.trim();
      const reshaped = input.startDate != null || input.endDate != null || input.deskIds != null;
      if (!reshaped) return this.repo.save(booking, em);
      const newStart = input.startDate ?? booking.startDate;
      const newEnd = input.endDate ?? booking.endDate;
      assertDates(newStart, newEnd);
      const rewriteFrom = checkManagerChange(actor, booking, newStart, newEnd, this.clock.today());
      const desks = await this.checks.desks(em);
      if (input.deskIds) assertKnownDesks(input.deskIds, desks);
      const current = (await this.repo.rowsOf(booking.id, em)).filter((r) => r.live);
      const planned = planBookingRows({ current, oldStart: booking.startDate, oldEnd: booking.endDate, newStart, newEnd, deskIds: input.deskIds, rewriteFrom });
      if (!planned.length) throw badInput('deskIds', 'The booking would hold no desk on these dates: give the desks (deskIds)');
      const { contract, conflict } = await this.checks.contract(booking.studioId, newStart, newEnd, em);
      refuse(conflict);
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
}
