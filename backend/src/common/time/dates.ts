import { TZDate } from '@date-fns/tz';
import { addDays as addDaysFns, differenceInCalendarDays, format, getISODay, parseISO } from 'date-fns';

/** Calendar dates are 'YYYY-MM-DD' strings; "today" is the date in Europe/Paris. */
export type LocalDate = string;

export const SITE_TIMEZONE = 'Europe/Paris';
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The calendar the API works in. Outside it dates mean nothing to the site (and the
 * calendar arithmetic would leave four-digit years), so they are refused as input.
 */
export const FIRST_DATE: LocalDate = '2000-01-01';
export const LAST_DATE: LocalDate = '2199-12-31';

export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string' || !DATE_RE.test(value)) return false;
  const d = parseISO(value);
  return !Number.isNaN(d.getTime()) && format(d, 'yyyy-MM-dd') === value;
}

/** A real calendar date inside [FIRST_DATE, LAST_DATE]. */
export const isSupportedDate = (value: unknown): value is LocalDate => isLocalDate(value) && value >= FIRST_DATE && value <= LAST_DATE;

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A month written 'YYYY-MM', inside the supported calendar. */
export const isSupportedMonth = (value: unknown): value is string =>
  typeof value === 'string' && MONTH_RE.test(value) && value >= FIRST_DATE.slice(0, 7) && value <= LAST_DATE.slice(0, 7);

const DAY_MS = 86_400_000;

/**
 * Days since 1970-01-01 of a 'YYYY-MM-DD' date, by integer arithmetic in UTC (no time zone,
 * no parsing library): the report and calendar loops call these helpers per day, and
 * date-fns' parsing made a ten-year CO2 report spend most of its time here. Anything not
 * shaped YYYY-MM-DD answers undefined and goes through date-fns as before.
 */
function epochDay(date: LocalDate): number | undefined {
  if (!DATE_RE.test(date)) return undefined;
  const [year, month, day] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  const t = new Date(0);
  t.setUTCFullYear(year, month - 1, day);
  // 2026-02-30 is no date: left to date-fns, which refuses it.
  if (t.getUTCMonth() !== month - 1 || t.getUTCDate() !== day) return undefined;
  return Math.round(t.getTime() / DAY_MS);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const day = epochDay(date);
  if (day === undefined || !Number.isInteger(days)) return format(addDaysFns(parseISO(date), days), 'yyyy-MM-dd');
  const t = new Date((day + days) * DAY_MS);
  const year = t.getUTCFullYear();
  if (year < 0 || year > 9999) return format(addDaysFns(parseISO(date), days), 'yyyy-MM-dd');
  return t.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (to − from). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  const a = epochDay(from);
  const b = epochDay(to);
  if (a === undefined || b === undefined) return differenceInCalendarDays(parseISO(to), parseISO(from));
  return b - a;
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  const day = epochDay(date);
  if (day === undefined) return getISODay(parseISO(date));
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Every date from `from` to `to`, both inclusive. */
export function eachDate(from: LocalDate, to: LocalDate): LocalDate[] {
  const out: LocalDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

export function minDate(a: LocalDate, b: LocalDate): LocalDate {
  return a < b ? a : b;
}
export function maxDate(a: LocalDate, b: LocalDate): LocalDate {
  return a > b ? a : b;
}

/** The calendar date of an instant in a timezone. */
export function dateInZone(instant: Date, timezone = SITE_TIMEZONE): LocalDate {
  return format(new TZDate(instant.getTime(), timezone), 'yyyy-MM-dd');
}

/** The instant a local date starts (00:00) in a timezone. */
export function startOfDateInZone(date: LocalDate, timezone = SITE_TIMEZONE): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, timezone).getTime());
}

/** The last second of a local date (23:59:59) in a timezone. */
export function endOfDateInZone(date: LocalDate, timezone = SITE_TIMEZONE): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(new TZDate(y, m - 1, d, 23, 59, 59, timezone).getTime());
}

/** First and last date of a 'YYYY-MM' month. */
export function monthBounds(month: string): { first: LocalDate; last: LocalDate } {
  const first = `${month}-01`;
  const [y, m] = month.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { first, last: addDays(next, -1) };
}

/** Half-open PostgreSQL daterange literal for inclusive dates. */
export function dateRangeLiteral(first: LocalDate, last: LocalDate): string {
  return `[${first},${addDays(last, 1)})`;
}

/** Parses a PostgreSQL daterange ('[2026-01-05,2026-01-10)') into inclusive dates. */
export function parseDateRange(range: string): { first: LocalDate; last: LocalDate } {
  const m = /^([[(])(\d{4}-\d{2}-\d{2}),(\d{4}-\d{2}-\d{2})([\])])$/.exec(range);
  if (!m) throw new Error(`Unexpected daterange ${range}`);
  const first = m[1] === '[' ? m[2] : addDays(m[2], 1);
  const last = m[4] === ')' ? addDays(m[3], -1) : m[3];
  return { first, last };
}
