import { Injectable } from '@nestjs/common';
import { Actor, assertStudioAccess, isOperator, studioScope } from '../../common/auth/actor.js';
import { invalidState, notFound } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { eachDate, monthBounds } from '../../common/time/dates.js';
import { rateBilledRows } from '../invoicing/rules/desk-days.js';
import { SiteService } from '../site/site.service.js';
import { ContractModel } from '../studios/contract.model.js';
import { StudioRepository } from '../studios/studio.repository.js';
import { BookingChecks } from './booking-checks.service.js';
import { BookingConflict, BookingConflictCode, conflict } from './booking-conflict.js';
import { assertDates, assertDeskChoice, assertKnownDesks, deskModel, pastStartProblem } from './booking-input.js';
import { priceByMonth } from './booking-pricing.js';
import { BookingQuoteModel, BookingConflictModel, QuoteMonthModel } from './booking-quote.model.js';
import { planBookingRows, PlannedRow } from './booking-rules.js';
import { BookingRepository } from './booking.repository.js';
import { countDeskDays, OpenDays } from './desk-days.js';
import { effectiveStatus, holdsDesks } from './desk-holds.js';
import { DeskHoldsRepository, DeskInfo } from './desk-holds.repository.js';
import { BookingQuoteInput } from './dto/booking-quote.input.js';

/**
 * What the booking dialog shows before anyone confirms: the desks it would take, the
 * desk-days and price from the contract, and every rule it would break, in plain words.
 * Reads only: nothing is booked or released.
 */
@Injectable()
export class BookingQuoteService {
  constructor(
    private readonly checks: BookingChecks,
    private readonly holds: DeskHoldsRepository,
    private readonly bookings: BookingRepository,
    private readonly studios: StudioRepository,
    private readonly site: SiteService,
    private readonly clock: Clock,
  ) {}

  async quote(actor: Actor, input: BookingQuoteInput): Promise<BookingQuoteModel> {
    assertStudioAccess(actor, input.studioId);
    assertDates(input.startDate, input.endDate);
    // A change of an existing booking may keep its desks: then neither deskIds nor deskCount.
    if (!input.bookingId || input.deskIds != null || input.deskCount != null) assertDeskChoice(input.deskIds, input.deskCount);
    if (!(await this.studios.find(input.studioId, studioScope(actor)))) throw notFound('Studio', input.studioId);
    const { startDate: first, endDate: last } = input;
    const allDesks = await this.checks.desks(null);
    if (input.deskIds) assertKnownDesks(input.deskIds, allDesks);
    const existing = await this.existing(actor, input);
    const excluded = input.bookingId ?? null;
    const conflicts: Array<BookingConflict | null> = [];
    const today = this.clock.today();
    // A change keeping a start already past is fine; a new start must not be.
    const past = existing && first === existing.startDate ? null : pastStartProblem(actor, first, today);
    if (past) conflicts.push(conflict(BookingConflictCode.BAD_USER_INPUT, past, { from: first, to: first, details: { field: 'startDate' } }));
    const { contract, conflict: contractConflict } = await this.checks.contract(input.studioId, first, last);
    conflicts.push(contractConflict);
    // One site: the one asked, the booking's own (a change), the desks', or the contract's first.
    const ownSite = existing?.current[0] ? allDesks.find((d) => d.id === existing.current[0].deskId)?.siteId : undefined;
    const site = await this.checks.site(contract, input.siteId ?? ownSite, input.deskIds);
    conflicts.push(site.conflict);
    const desks = site.siteId ? allDesks.filter((d) => d.siteId === site.siteId) : allDesks;
    let planned: PlannedRow[];
    if (input.deskCount != null) {
      if (contract) conflicts.push(await this.checks.limit(input.studioId, contract, sized(input.deskCount, first, last), excluded));
      const allocation = await this.checks.allocate(input.deskCount, first, last, desks, excluded);
      conflicts.push(allocation.conflict);
      planned = allocation.desks.map((d, position) => ({ deskId: d.id, first, last, position }));
    } else {
      planned = existing
        ? planBookingRows({
            current: existing.current,
            oldStart: existing.startDate,
            oldEnd: existing.endDate,
            newStart: first,
            newEnd: last,
            deskIds: input.deskIds,
            // As updateBooking: a manager's change of desks applies from today on.
            rewriteFrom: !isOperator(actor) && existing.startDate < today ? today : first,
          })
        : input.deskIds!.map((deskId, position) => ({ deskId, first, last, position }));
      if (contract) conflicts.push(await this.checks.limit(input.studioId, contract, planned, excluded));
      conflicts.push(await this.checks.desksFree(planned, existing?.current ?? [], excluded, desks));
    }
    const found = conflicts.filter((c): c is BookingConflict => c !== null);
    return this.priced(input, planned, desks, contract ? ContractModel.from(contract) : null, found);
  }

  /** For a change of an existing booking of the studio: its dates and current rows. */
  private async existing(actor: Actor, input: BookingQuoteInput): Promise<{ current: PlannedRow[]; startDate: string; endDate: string } | null> {
    if (!input.bookingId) return null;
    const booking = await this.bookings.find(input.bookingId, studioScope(actor));
    if (!booking || booking.studioId !== input.studioId) throw notFound('Booking', input.bookingId);
    const status = effectiveStatus(booking, this.clock.now());
    if (!holdsDesks(booking, this.clock.now())) throw invalidState(`Booking ${booking.reference} is ${status}: it can no longer be changed`, { status });
    const current = (await this.bookings.rowsOf(booking.id)).filter((r) => r.live);
    return { current, startDate: booking.startDate, endDate: booking.endDate };
  }

  private async priced(input: BookingQuoteInput, planned: PlannedRow[], desks: DeskInfo[], contract: ContractModel | null, conflicts: BookingConflict[]): Promise<BookingQuoteModel> {
    const { startDate: first, endDate: last } = input;
    const monthsSpan = { first: monthBounds(first.slice(0, 7)).first, last: monthBounds(last.slice(0, 7)).last };
    const byId = new Map(desks.map((d) => [d.id, d]));
    // The planned desks' site prices the days (a booking stays within one site).
    const siteId = byId.get(planned[0]?.deskId)?.siteId ?? desks[0].siteId;
    const calendar = await this.site.calendar(siteId, monthsSpan.first, monthsSpan.last);
    const open = new OpenDays(calendar, first, last);
    const deskIds = [...new Set([...planned].sort((a, b) => a.position - b.position).map((r) => r.deskId))];
    let months: QuoteMonthModel[] = [];
    if (contract) {
      const others = await this.holds.billedRowsOfStudio(input.studioId, monthsSpan.first, monthsSpan.last, input.bookingId ?? null);
      const billed = others.flatMap((row) => rateBilledRows(row, [row]));
      months = priceByMonth(planned, billed, calendar, contract).map((m) => Object.assign(new QuoteMonthModel(), m));
    }
    return Object.assign(new BookingQuoteModel(), {
      startDate: first,
      endDate: last,
      days: eachDate(first, last).length,
      openDays: open.count(first, last),
      desks: deskIds.map((id) => deskModel(byId.get(id)!)),
      deskDays: countDeskDays(planned, open, first, last),
      contract,
      months,
      amountCents: contract ? months.reduce((s, m) => s + m.amountCents, 0) : null,
      conflicts: conflicts.map(BookingConflictModel.from),
      bookable: conflicts.length === 0,
    });
  }
}

const sized = (count: number, first: string, last: string): PlannedRow[] => Array.from({ length: count }, (_, position) => ({ deskId: '', first, last, position }));
