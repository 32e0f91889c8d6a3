import { LocalDate, maxDate, minDate } from '../../common/time/dates.js';

export interface DayRange {
  first: LocalDate;
  last: LocalDate;
}

/**
 * What remains of an assignment once its booking changed: the largest part of its days
 * still covered by one of the booking's live rows for that desk; null when none is left
 * (the desk was removed, or the dates moved away).
 */
export function trimToBooking(assignment: DayRange, deskRanges: DayRange[]): DayRange | null {
  let best: DayRange | null = null;
  for (const r of deskRanges) {
    const first = maxDate(assignment.first, r.first);
    const last = minDate(assignment.last, r.last);
    if (first > last) continue;
    if (!best || daysIn({ first, last }) > daysIn(best)) best = { first, last };
  }
  return best;
}

const daysIn = (r: DayRange) => (Date.parse(r.last) - Date.parse(r.first)) / 86_400_000 + 1;
