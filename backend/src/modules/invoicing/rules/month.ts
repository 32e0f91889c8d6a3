import { isSupportedMonth, LocalDate, monthBounds } from '../../../common/time/dates.js';

/** A billing month, "YYYY-MM". */
export type Month = string;

export function isMonth(value: unknown): value is Month {
  return isSupportedMonth(value);
}

export function monthOf(date: LocalDate): Month {
  return date.slice(0, 7);
}

export function monthRange(month: Month): { first: LocalDate; last: LocalDate } {
  return monthBounds(month);
}

export function addMonths(month: Month, delta: number): Month {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
