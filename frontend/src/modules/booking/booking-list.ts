import { addMonths, differenceInCalendarDays, endOfMonth, format, isValid, parseISO, startOfMonth } from 'date-fns';
import type { BookingStatus } from '../../gql/graphql';

/** Every status a booking can have, in the order the filters list them. */
export const BOOKING_STATUSES: BookingStatus[] = ['OPTION', 'CONFIRMED', 'CANCELLED', 'EXPIRED'];

/** Longest period the bookings list reads at once, in days. */
export const MAX_LIST_DAYS = 365;

/** The bookings list's default period: last month to three months ahead, whole months. */
export function defaultListPeriod(today: string): { from: string; to: string } {
  const day = parseISO(today);
  return {
    from: format(startOfMonth(addMonths(day, -1)), 'yyyy-MM-dd'),
    to: format(endOfMonth(addMonths(day, 3)), 'yyyy-MM-dd'),
  };
}

/** A day from the address bar, or null when it is not a real YYYY-MM-DD day. */
export function dayParam(value: string | null): string | null {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parseISO(value)) ? value : null;
}

/** What is wrong with a period asked for: backwards, or too long to read at once. */
export function periodProblem(from: string, to: string): 'badRange' | 'tooLong' | null {
  const span = differenceInCalendarDays(parseISO(to), parseISO(from));
  return span < 0 ? 'badRange' : span > MAX_LIST_DAYS ? 'tooLong' : null;
}

interface ListedBooking {
  status: BookingStatus;
  startDate: string;
  endDate: string;
  reference: string;
  optionExpiresAt?: string | null;
  desks: readonly unknown[];
}

/** The list as shown: one status or all, by first day then reference. */
export function shownBookings<T extends ListedBooking>(bookings: readonly T[], status: BookingStatus | ''): T[] {
  return bookings.filter((b) => !status || b.status === status).sort((a, b) => a.startDate.localeCompare(b.startDate) || a.reference.localeCompare(b.reference));
}

/** The figures above the list: options (and the next to expire), confirmed, desks held today, closed. */
export function summariseBookings(bookings: readonly ListedBooking[], today: string) {
  const options = bookings.filter((b) => b.status === 'OPTION');
  const confirmed = bookings.filter((b) => b.status === 'CONFIRMED');
  const live = [...options, ...confirmed].filter((b) => b.startDate <= today && b.endDate >= today);
  return {
    options: options.length,
    nextExpiry: options.map((b) => b.optionExpiresAt).filter((x): x is string => Boolean(x)).sort()[0] ?? null,
    confirmed: confirmed.length,
    desksToday: live.reduce((sum, b) => sum + b.desks.length, 0),
    optionDesksToday: live.some((b) => b.status === 'OPTION'),
    closed: bookings.length - options.length - confirmed.length,
  };
}
