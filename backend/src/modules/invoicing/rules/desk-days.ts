import { addDays, LocalDate, maxDate, minDate } from '../../../common/time/dates.js';
import { BookingStatus } from '../../booking/booking.entity.js';
import { HeldDays, OpenDays, tallyDeskDays } from '../../booking/desk-days.js';
import type { SiteCalendar } from '../../site/opening.js';

/** What billing needs of a booking: its state, cancellation terms and the days each desk was held. */
export interface BillableBooking {
  status: BookingStatus;
  /** For a cancelled booking: last day billed at the normal rate (days already past), or null. */
  billedThrough: LocalDate | null;
  /** Late-cancellation window (inclusive) and fee; null when the cancellation was free. */
  lateFeeFrom: LocalDate | null;
  lateFeeTo: LocalDate | null;
  lateFeePct: number | null;
  /** One inclusive range per desk row of the booking. */
  desks: Array<{ deskCode: string; first: LocalDate; last: LocalDate }>;
}

export interface DeskDayCount {
  /** Open desk-days billed at the rate. */
  quantity: number;
  /** Desks with at least one such day, by code. */
  deskCodes: string[];
  /** First and last billed day (null when nothing is billed). */
  firstDay: LocalDate | null;
  lastDay: LocalDate | null;
}

const NOTHING: DeskDayCount = { quantity: 0, deskCodes: [], firstDay: null, lastDay: null };

/** Open desk-days of the rows inside [from, to] (inclusive), with the desks and days an invoice line names. */
function countWithin(rows: BillableBooking['desks'], calendar: SiteCalendar, from: LocalDate, to: LocalDate): DeskDayCount {
  if (from > to) return NOTHING;
  const tally = tallyDeskDays(rows, new OpenDays(calendar, from, to));
  return { quantity: tally.quantity, deskCodes: [...new Set(tally.counted.map((r) => r.deskCode))].sort(), firstDay: tally.firstDay, lastDay: tally.lastDay };
}

/**
 * The rows of a booking billed at the normal rate, each cut to its billed days: a CONFIRMED
 * booking's rows; a CANCELLED booking's up to `billedThrough` (days already past when it was
 * cancelled). Options, expired options and free cancellations bill nothing. The quote counts
 * a studio's volume with the same rows.
 */
export function rateBilledRows<R extends HeldDays>(booking: Pick<BillableBooking, 'status' | 'billedThrough'>, rows: readonly R[]): R[] {
  if (booking.status === BookingStatus.CONFIRMED) return [...rows];
  const through = booking.billedThrough;
  if (booking.status !== BookingStatus.CANCELLED || !through) return [];
  return rows.filter((r) => r.first <= through).map((r) => ({ ...r, last: minDate(r.last, through) }));
}

/** Desk-days billed at the normal rate in [monthFirst, monthLast], on open days (per the site calendar). */
export function deskDaysInMonth(booking: BillableBooking, calendar: SiteCalendar, monthFirst: LocalDate, monthLast: LocalDate): DeskDayCount {
  return countWithin(rateBilledRows(booking, booking.desks), calendar, monthFirst, monthLast);
}

/**
 * Desk-days of a late cancellation in the month: the booking's open desk-days inside the
 * late-fee window. A day is never billed twice: the window starts after `billedThrough`.
 */
export function lateFeeDeskDaysInMonth(booking: BillableBooking, calendar: SiteCalendar, monthFirst: LocalDate, monthLast: LocalDate): DeskDayCount {
  if (booking.status !== BookingStatus.CANCELLED || !booking.lateFeeFrom || !booking.lateFeeTo || !booking.lateFeePct) return NOTHING;
  let from = maxDate(monthFirst, booking.lateFeeFrom);
  if (booking.billedThrough) from = maxDate(from, addDays(booking.billedThrough, 1));
  return countWithin(booking.desks, calendar, from, minDate(monthLast, booking.lateFeeTo));
}
