import { addDays, addMonths, differenceInCalendarDays, format, getISODay, isValid, isWeekend, parseISO, startOfISOWeek } from 'date-fns';
import { enGB, fr } from 'date-fns/locale';
import i18n from 'i18next';

/** How much of the calendar one screen shows. */
export type Zoom = '2w' | 'month' | 'quarter';
export const ZOOMS: Zoom[] = ['2w', 'month', 'quarter'];
export const DEFAULT_ZOOM: Zoom = 'month';

/** Narrowest day column per zoom, px (≥ 28 where a pointer must drag between days). */
export const MIN_COLUMN_WIDTH: Record<Zoom, number> = { '2w': 56, month: 30, quarter: 12 };

export interface Range {
  from: string;
  to: string;
}

export const isoDay = (d: Date): string => format(d, 'yyyy-MM-dd');

export function parseDay(value: string | null | undefined): Date | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const d = parseISO(value);
  return isValid(d) ? d : null;
}

/** Other spellings of the two-week zoom a shared link may carry. */
const ZOOM_ALIASES: Record<string, Zoom> = { weeks: '2w', '2weeks': '2w', fortnight: '2w', week: '2w' };

export function parseZoom(value: string | null | undefined): Zoom {
  if (!value) return DEFAULT_ZOOM;
  if (ZOOMS.includes(value as Zoom)) return value as Zoom;
  return ZOOM_ALIASES[value] ?? DEFAULT_ZOOM;
}

/**
 * Where a period starts when it must show `day`: that week's Monday, whatever the zoom, so
 * that "today" opens on what is coming rather than on a month already spent.
 */
export function periodStart(_zoom: Zoom, day: string): string {
  return isoDay(startOfISOWeek(parseISO(day)));
}

/** The days shown from `from`: 14 days, one month, or three months (≈ 91 days). */
export function rangeOf(zoom: Zoom, from: string): Range {
  const start = parseISO(from);
  const end = zoom === '2w' ? addDays(start, 13) : addDays(addMonths(start, zoom === 'month' ? 1 : 3), -1);
  return { from, to: isoDay(end) };
}

/** Where a new zoom starts: on today's week when today is shown, else on the period's first week. */
export function zoomedStart(zoom: Zoom, shown: Range, today: string): string {
  return periodStart(zoom, today >= shown.from && today <= shown.to ? today : shown.from);
}

/** The start of the previous (-1) or next (+1) period. */
export function shiftPeriod(zoom: Zoom, from: string, step: -1 | 1): string {
  const start = parseISO(from);
  return isoDay(zoom === '2w' ? addDays(start, 14 * step) : addMonths(start, (zoom === 'month' ? 1 : 3) * step));
}

export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

export function eachDay(range: Range): string[] {
  const start = parseISO(range.from);
  const count = daysBetween(range.from, range.to) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => isoDay(addDays(start, i)));
}

export const isWeekendDay = (day: string): boolean => isWeekend(parseISO(day));

export function addDaysTo(day: string, n: number): string {
  return isoDay(addDays(parseISO(day), n));
}

/** The next Monday-to-Friday week after `today`: where "book N desks" starts by default. */
export function nextWorkWeek(today: string): { startDate: string; endDate: string } {
  const startDate = addDaysTo(today, 8 - getISODay(parseISO(today)));
  return { startDate, endDate: addDaysTo(startDate, 4) };
}

function locale() {
  return i18n.language === 'en' ? enGB : fr;
}

export function formatPattern(day: string, pattern: string): string {
  return format(parseISO(day), pattern, { locale: locale() });
}

/** "30 nov. – 13 déc. 2026", "décembre 2026", "déc. 2026 – févr. 2027". */
export function periodLabel(zoom: Zoom, range: Range): string {
  const sameYear = range.from.slice(0, 4) === range.to.slice(0, 4);
  if (zoom === 'month' && range.from.endsWith('-01')) return capitalize(formatPattern(range.from, 'LLLL yyyy'));
  if (zoom === 'quarter') return `${formatPattern(range.from, sameYear ? 'LLL' : 'LLL yyyy')} – ${formatPattern(range.to, 'LLL yyyy')}`;
  const sameMonth = range.from.slice(0, 7) === range.to.slice(0, 7);
  const start = formatPattern(range.from, sameMonth ? 'd' : sameYear ? 'd MMM' : 'd MMM yyyy');
  return `${start} – ${formatPattern(range.to, 'd MMM yyyy')}`;
}

/**
 * A span of days in words, short: the first day without what the last repeats.
 * { from: "lun. 12", to: "ven. 16 janv." } (the year only when it is not this one).
 */
export function dayRangeParts(from: string, to: string, today: string): { from: string; to: string; single: boolean } {
  const withYear = from.slice(0, 4) !== today.slice(0, 4) || to.slice(0, 4) !== today.slice(0, 4);
  const full = withYear ? 'EEE d MMM yyyy' : 'EEE d MMM';
  if (from === to) return { from: formatPattern(from, full), to: formatPattern(from, full), single: true };
  const sameMonth = from.slice(0, 7) === to.slice(0, 7);
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  const first = sameMonth ? 'EEE d' : sameYear ? 'EEE d MMM' : 'EEE d MMM yyyy';
  return { from: formatPattern(from, first), to: formatPattern(to, full), single: false };
}

export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
