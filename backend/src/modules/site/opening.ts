import { eachDate, isoWeekday, LocalDate } from '../../common/time/dates.js';

/** The site's calendar: open on its weekdays, except closure dates. */
export interface SiteCalendar {
  openWeekdays: number[];
  closures: ReadonlySet<LocalDate>;
}

export function isOpenDay(calendar: SiteCalendar, date: LocalDate): boolean {
  return calendar.openWeekdays.includes(isoWeekday(date)) && !calendar.closures.has(date);
}

/** Open days from `from` to `to`, both inclusive. */
export function openDays(calendar: SiteCalendar, from: LocalDate, to: LocalDate): LocalDate[] {
  return eachDate(from, to).filter((d) => isOpenDay(calendar, d));
}
