import { KitStatus } from '../kits/kit.entity.js';
import { BookingStatus } from './booking.entity.js';

/*
 * The two facts every domain asks of bookings and desks, each answered here once in
 * TypeScript and once as the SQL fragment that says the same (a test holds them together):
 *  - does a booking still hold its desks?  holdsDesks / holdsDesksSql / liveRowSql
 *  - may a desk be booked?                 deskBookable / deskBookableSql
 */

type Holding = { status: BookingStatus | string; optionExpiresAt: Date | null };

/** The status as read now: an option past its expiry is EXPIRED even before the sweep writes it. */
export function effectiveStatus(b: Holding, now: Date): BookingStatus {
  const status = b.status as BookingStatus;
  if (status === BookingStatus.OPTION && b.optionExpiresAt && b.optionExpiresAt.getTime() <= now.getTime()) return BookingStatus.EXPIRED;
  return status;
}

/**
 * Statuses whose desk rows are stored `live` (not yet released). An option whose expiry has
 * passed keeps live rows until the sweep runs: whether it holds them now is `holdsDesks`.
 */
export const hasLiveRows = (status: BookingStatus | string) => status === BookingStatus.OPTION || status === BookingStatus.CONFIRMED;

/** The booking holds its desks at `now`: CONFIRMED, or an OPTION whose expiry has not passed. */
export function holdsDesks(b: Holding, now: Date): boolean {
  return hasLiveRows(effectiveStatus(b, now));
}

/** SQL for holdsDesks: the booking aliased `b` holds its desks at the timestamp `now` (a parameter such as `$3`). */
export const holdsDesksSql = (b: string, now: string) => `(${b}.status = 'CONFIRMED' OR (${b}.status = 'OPTION' AND ${b}.option_expires_at > ${now}))`;

/** SQL: the booking_desk row `bd` of booking `b` holds its desk-days at `now`. */
export const liveRowSql = (bd: string, b: string, now: string) => `${bd}.live AND ${holdsDesksSql(b, now)}`;

/** A desk can be booked (and moved to) while a kit is on it and OPERATIONAL. */
export function deskBookable(kit: { status: KitStatus | string } | null | undefined): boolean {
  return kit?.status === KitStatus.OPERATIONAL;
}

/** SQL for deskBookable, over the kit aliased `k` LEFT JOINed on the desk (no kit: false). */
export const deskBookableSql = (k: string) => `coalesce(${k}.status = '${KitStatus.OPERATIONAL}', false)`;
