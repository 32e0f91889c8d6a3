import { addDays, LocalDate, maxDate, minDate } from '../../../common/time/dates.js';
import { BookingStatus } from '../../booking/booking.entity.js';
import { openDays, SiteCalendar } from '../../site/opening.js';

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

/** Open desk-days of the booking's desks inside [from, to] (inclusive). */
function countWithin(booking: BillableBooking, calendar: SiteCalendar, from: LocalDate, to: LocalDate): DeskDayCount {
  if (from > to) return NOTHING;
  let quantity = 0;
  const codes = new Set<string>();
  let firstDay: LocalDate | null = null;
  let lastDay: LocalDate | null = null;
  for (const desk of booking.desks) {
    const days = openDays(calendar, maxDate(desk.first, from), minDate(desk.last, to));
    if (!days.length) continue;
    quantity += days.length;
    codes.add(desk.deskCode);
    if (!firstDay || days[0] < firstDay) firstDay = days[0];
    if (!lastDay || days[days.length - 1] > lastDay) lastDay = days[days.length - 1];
  }
  return { quantity, deskCodes: [...codes].sort(), firstDay, lastDay };
}

/**
 * Desk-days billed at the normal rate in [monthFirst, monthLast]: every open day (per the
 * site calendar) a desk was held by a CONFIRMED booking; for a CANCELLED booking only the
 * days up to `billedThrough`. Options, expired options and free cancellations give nothing.
 */
export function deskDaysInMonth(booking: BillableBooking, calendar: SiteCalendar, monthFirst: LocalDate, monthLast: LocalDate): DeskDayCount {
  if (booking.status === BookingStatus.CONFIRMED) return countWithin(booking, calendar, monthFirst, monthLast);
  if (booking.status === BookingStatus.CANCELLED && booking.billedThrough) {
    return countWithin(booking, calendar, monthFirst, minDate(monthLast, booking.billedThrough));
  }
  return NOTHING;
}

/**
 * Desk-days of a late cancellation in the month: the booking's open desk-days inside the
 * late-fee window. A day is never billed twice: the window starts after `billedThrough`.
 */
export function lateFeeDeskDaysInMonth(booking: BillableBooking, calendar: SiteCalendar, monthFirst: LocalDate, monthLast: LocalDate): DeskDayCount {
  if (booking.status !== BookingStatus.CANCELLED || !booking.lateFeeFrom || !booking.lateFeeTo || !booking.lateFeePct) return NOTHING;
  let from = maxDate(monthFirst, booking.lateFeeFrom);
  if (booking.billedThrough) from = maxDate(from, addDays(booking.billedThrough, 1));
  return countWithin(booking, calendar, from, minDate(monthLast, booking.lateFeeTo));
}
