import { addDays, daysBetween, LocalDate, maxDate, minDate } from '../../common/time/dates.js';
import { lineAmount, percentOf } from '../invoicing/rules/money.js';
import type { ContractEntity } from '../studios/contract.entity.js';
import { BookingEntity, BookingStatus } from './booking.entity.js';
import { effectiveStatus, holdsDesks } from './desk-holds.js';

/**
 * What cancelling a booking will bill (SPEC, Bookings), as recorded on the booking for
 * invoicing:
 *  - free until `noticeDays` calendar days before the start (cancelling exactly that many
 *    days before is still free); an option is always free (options are never billed);
 *  - later, the booking's days from the cancellation day through the `noticeDays` days that
 *    follow it (cancellation day included) are billed at `feePct` % of the rate — invoicing
 *    counts the open days in that window;
 *  - days already past (before the cancellation day) stay billed normally: `billedThrough`.
 */
export interface CancellationTerms {
  startDate: LocalDate;
  endDate: LocalDate;
  isOption: boolean;
  /** The day of the cancellation, in Europe/Paris. */
  cancelledOn: LocalDate;
  noticeDays: number;
  feePct: number;
}

export interface CancellationCharges {
  free: boolean;
  lateFeeFrom: LocalDate | null;
  lateFeeTo: LocalDate | null;
  lateFeePct: number | null;
  billedThrough: LocalDate | null;
}

const NOTHING: CancellationCharges = { free: true, lateFeeFrom: null, lateFeeTo: null, lateFeePct: null, billedThrough: null };

export function cancellationCharges(t: CancellationTerms): CancellationCharges {
  if (t.isOption) return NOTHING;
  if (daysBetween(t.cancelledOn, t.startDate) >= t.noticeDays) return NOTHING;
  const billedThrough = t.cancelledOn > t.startDate ? minDate(addDays(t.cancelledOn, -1), t.endDate) : null;
  const windowFrom = maxDate(t.startDate, t.cancelledOn);
  const windowTo = minDate(t.endDate, addDays(t.cancelledOn, t.noticeDays - 1));
  const charged = windowFrom <= windowTo && t.feePct > 0;
  return {
    free: false,
    lateFeeFrom: charged ? windowFrom : null,
    lateFeeTo: charged ? windowTo : null,
    lateFeePct: charged ? t.feePct : null,
    billedThrough,
  };
}

/**
 * Why the booking cannot be cancelled now (it no longer holds its desks, or it is over), or
 * null: the mutation refuses with it, the preview then shows nothing.
 */
export function cancellationRefusal(booking: Pick<BookingEntity, 'reference' | 'status' | 'optionExpiresAt' | 'endDate'>, now: Date, today: LocalDate): string | null {
  if (!holdsDesks(booking, now)) return `Booking ${booking.reference} is already ${effectiveStatus(booking, now)}: there is nothing to cancel`;
  if (booking.endDate < today) return `Booking ${booking.reference} ended on ${booking.endDate}: there is nothing left to cancel`;
  return null;
}

/** What cancelling the booking on `today` bills under its contract (the preview shows it, the mutation records it). */
export function chargesOfCancelling(
  booking: Pick<BookingEntity, 'startDate' | 'endDate' | 'status' | 'optionExpiresAt'>,
  contract: Pick<ContractEntity, 'cancellationNoticeDays' | 'lateCancellationFeePct'>,
  now: Date,
  today: LocalDate,
): CancellationCharges {
  return cancellationCharges({
    startDate: booking.startDate,
    endDate: booking.endDate,
    isOption: effectiveStatus(booking, now) === BookingStatus.OPTION,
    cancelledOn: today,
    noticeDays: contract.cancellationNoticeDays,
    feePct: contract.lateCancellationFeePct,
  });
}

/**
 * The late-cancellation fee, one rule with one rounding (the invoice's, the legal document):
 * a desk-day is billed `pct` % of the rate, rounded half-up to the cent; the fee is the
 * desk-days × that unit price. The invoice line and the cancellation preview both use it.
 */
export function lateFeeUnitPrice(rateCents: number, pct: number): number {
  return percentOf(rateCents, pct);
}

export function lateFeeAmount(deskDays: number, rateCents: number, pct: number): number {
  return lineAmount(deskDays, lateFeeUnitPrice(rateCents, pct));
}
