import { addDays, daysBetween, LocalDate, maxDate, minDate } from '../../common/time/dates.js';

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
