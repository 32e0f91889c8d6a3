import type { BookingQuoteInput } from '../../gql/graphql';
import { parseDay } from './timeline/dates';

/** Most desks one booking can ask for: every desk of the site. */
export const MAX_DESKS = 40;

/** What the booking dialog holds, as typed. */
export interface BookingFormValues {
  studioId: string;
  production: string;
  startDate: string;
  endDate: string;
  deskCountText: string;
  asOption: boolean;
}

export interface BookingFormCheck {
  /** A number of desks is asked (no desks chosen on the grid). */
  byCount: boolean;
  deskCount: number;
  countValid: boolean;
  datesValid: boolean;
  /** Both dates valid and the first one not after the last. */
  orderValid: boolean;
  /** What to quote; null until the form says enough to ask. */
  quoteInput: BookingQuoteInput | null;
}

/**
 * Reads the dialog's form: desks chosen on the grid (`deskIds`) or a number of desks (at
 * `siteId`, the site the calendar shows), dates in order, a studio. The quote is asked only for a form that says all of that.
 */
export function checkBookingForm(values: BookingFormValues, deskIds: readonly string[] | undefined, siteId?: string): BookingFormCheck {
  const byCount = !deskIds;
  const deskCount = Number(values.deskCountText);
  const countValid = Number.isInteger(deskCount) && deskCount >= 1 && deskCount <= MAX_DESKS;
  const datesValid = !!parseDay(values.startDate) && !!parseDay(values.endDate);
  const orderValid = datesValid && values.startDate <= values.endDate;
  const ready = !!values.studioId && orderValid && (byCount ? countValid : deskIds.length > 0);
  const quoteInput: BookingQuoteInput | null = ready
    ? { studioId: values.studioId, startDate: values.startDate, endDate: values.endDate, ...(byCount ? { deskCount, ...(siteId && { siteId }) } : { deskIds: [...deskIds] }) }
    : null;
  return { byCount, deskCount, countValid, datesValid, orderValid, quoteInput };
}
