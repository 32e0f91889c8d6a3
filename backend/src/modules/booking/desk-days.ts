import { daysBetween, eachDate, LocalDate, maxDate, minDate } from '../../common/time/dates.js';
import { isOpenDay, SiteCalendar } from '../site/opening.js';

/** A desk held from `first` to `last`, both inclusive (a booking_desk row, a crew assignment). */
export interface HeldDays {
  first: LocalDate;
  last: LocalDate;
}

/**
 * The site's open days over [from, to], indexed so that any sub-range is counted at once
 * (a report over five years asks for every month and for the period so far).
 */
export class OpenDays {
  readonly days: LocalDate[];
  readonly open: boolean[];
  /** prefix[i] = open days among days[0 .. i-1]. */
  private readonly prefix: Int32Array;

  constructor(
    calendar: SiteCalendar,
    readonly from: LocalDate,
    readonly to: LocalDate,
  ) {
    this.days = from <= to ? eachDate(from, to) : [];
    this.open = this.days.map((d) => isOpenDay(calendar, d));
    this.prefix = new Int32Array(this.days.length + 1);
    this.open.forEach((o, i) => (this.prefix[i + 1] = this.prefix[i] + (o ? 1 : 0)));
  }

  indexOf(date: LocalDate): number {
    return daysBetween(this.from, date);
  }

  /** Open days in [first, last] ∩ the period. */
  count(first: LocalDate, last: LocalDate): number {
    const [a, b] = this.bounds(first, last);
    return a > b ? 0 : this.prefix[b + 1] - this.prefix[a];
  }

  /** The first open day in [first, last] ∩ the period, or null. */
  firstOpen(first: LocalDate, last: LocalDate): LocalDate | null {
    const [a, b] = this.bounds(first, last);
    for (let i = a; i <= b; i++) if (this.open[i]) return this.days[i];
    return null;
  }

  /** The last open day in [first, last] ∩ the period, or null. */
  lastOpen(first: LocalDate, last: LocalDate): LocalDate | null {
    const [a, b] = this.bounds(first, last);
    for (let i = b; i >= a; i--) if (this.open[i]) return this.days[i];
    return null;
  }

  /** The open days themselves, in [first, last] ∩ the period. */
  within(first: LocalDate, last: LocalDate): LocalDate[] {
    const [a, b] = this.bounds(first, last);
    const out: LocalDate[] = [];
    for (let i = a; i <= b; i++) if (this.open[i]) out.push(this.days[i]);
    return out;
  }

  /** Indexes of [first, last] ∩ the period (a > b when they do not meet). */
  private bounds(first: LocalDate, last: LocalDate): [number, number] {
    const a = maxDate(first, this.from);
    const b = minDate(last, this.to);
    return a > b ? [0, -1] : [this.indexOf(a), this.indexOf(b)];
  }
}

export interface DeskDayTally<R extends HeldDays> {
  /** Desk-days on open days: each open day of [from, to] that each row holds counts one. */
  quantity: number;
  /** The rows holding at least one of them. */
  counted: R[];
  /** First and last open day held (null when none). */
  firstDay: LocalDate | null;
  lastDay: LocalDate | null;
}

/**
 * The one count of desk-days: every open day (site calendar) inside [from, to] that a row
 * holds, once per row. The quote, the invoice, the occupancy board and the CO2 report all
 * count with it; what differs between them is only which rows they hand in.
 */
export function tallyDeskDays<R extends HeldDays>(rows: readonly R[], open: OpenDays, from: LocalDate = open.from, to: LocalDate = open.to): DeskDayTally<R> {
  const out: DeskDayTally<R> = { quantity: 0, counted: [], firstDay: null, lastDay: null };
  for (const row of rows) {
    const first = maxDate(row.first, from);
    const last = minDate(row.last, to);
    const n = open.count(first, last);
    if (!n) continue;
    out.quantity += n;
    out.counted.push(row);
    const firstDay = open.firstOpen(first, last)!;
    const lastDay = open.lastOpen(first, last)!;
    if (!out.firstDay || firstDay < out.firstDay) out.firstDay = firstDay;
    if (!out.lastDay || lastDay > out.lastDay) out.lastDay = lastDay;
  }
  return out;
}

/** Desk-days of `rows` on the open days of [from, to] (inside the period of `calendar` when it is an OpenDays). */
export function countDeskDays(rows: readonly HeldDays[], calendar: SiteCalendar | OpenDays, from: LocalDate, to: LocalDate): number {
  const open = calendar instanceof OpenDays ? calendar : new OpenDays(calendar, from, to);
  return tallyDeskDays(rows, open, from, to).quantity;
}
