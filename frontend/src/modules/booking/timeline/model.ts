import type { TFunction } from 'i18next';
import type { CSSProperties } from 'react';
import type { DeskCalendarQuery } from '../../../gql/graphql';
import { formatDay } from '../../../ui/format';
import { daysBetween, formatPattern, isWeekendDay, type Range } from './dates';
import { colorStyle, RESERVED_COLOR, type StudioColor } from './palette';

export type CalendarRow = DeskCalendarQuery['deskCalendar'][number];
export type CalendarBlock = CalendarRow['blocks'][number];
export type CalendarDesk = CalendarRow['desk'];

/** One day column, with what the header and the cells show of it. */
export interface TimelineDay {
  date: string;
  /** The site opens (weekday, not a closure). */
  open: boolean;
  weekend: boolean;
  /** Closed on a weekday: a public holiday or a closure of the site. */
  closure: boolean;
  past: boolean;
  today: boolean;
  /** Bookable desks nobody holds that day; null while unknown. */
  free: number | null;
  label: string;
  dayNumber: string;
  weekdayLetter: string;
}

/** A bar as drawn: the columns it covers (clipped to the range) and how it reads. */
export interface TimelineBar {
  key: string;
  firstCol: number;
  lastCol: number;
  /** It goes on before / after the days shown. */
  cutStart: boolean;
  cutEnd: boolean;
  status: CalendarBlock['status'];
  kind: 'mine' | 'other' | 'reserved';
  bookingId: string | null;
  label: string;
  title: string;
  style: CSSProperties;
}

export interface TimelineRowModel {
  desk: CalendarDesk;
  bars: TimelineBar[];
  /** Per day column: what the cell holds, in words (for screen readers). */
  cellStates: string[];
}

/** A block of desks × days chosen on the grid. */
export interface DeskSelection {
  desks: CalendarDesk[];
  from: string;
  to: string;
  days: number;
}

export function buildDays(dates: string[], availability: Map<string, { open: boolean; freeDesks: number }>, today: string): TimelineDay[] {
  return dates.map((date) => {
    const weekend = isWeekendDay(date);
    const known = availability.get(date);
    const open = known ? known.open : !weekend;
    return {
      date,
      open,
      weekend,
      closure: !open && !weekend,
      past: date < today,
      today: date === today,
      free: known ? known.freeDesks : null,
      label: formatDay(date),
      dayNumber: formatPattern(date, 'd'),
      weekdayLetter: formatPattern(date, 'EEEEE'),
    };
  });
}

export interface BarContext {
  t: TFunction;
  range: Range;
  isOperator: boolean;
  colorOf: (studioId: string) => StudioColor;
  /** The cells' words, translated once for all rows. */
  words?: CellWords;
}

export interface CellWords {
  free: string;
  closed: string;
  outOfService: string;
  option: string;
}

export function cellWords(t: TFunction): CellWords {
  return { free: t('calendar.cell.free'), closed: t('calendar.cell.closed'), outOfService: t('calendar.cell.outOfService'), option: t('calendar.bar.option') };
}

export function buildBar(block: CalendarBlock, index: number, ctx: BarContext): TimelineBar {
  const { t, range } = ctx;
  const lastIndex = daysBetween(range.from, range.to);
  const firstCol = Math.max(0, daysBetween(range.from, block.startDate));
  const lastCol = Math.min(lastIndex, daysBetween(range.from, block.endDate));
  const booking = block.booking;
  const kind: TimelineBar['kind'] = !booking ? 'reserved' : block.mine ? 'mine' : 'other';
  const label = !booking
    ? t('calendar.bar.reserved')
    : ctx.isOperator
      ? `${booking.studio.name} · ${booking.productionName}`
      : booking.productionName;
  const when = t('calendar.bar.when', { from: formatDay(block.startDate), to: formatDay(block.endDate) });
  const status = t(`calendar.status.${block.status}`);
  const title = booking
    ? [`${booking.productionName} (${booking.reference})`, booking.studio.name, `${status} · ${when}`].join('\n')
    : [t('calendar.bar.reservedHint'), `${status} · ${when}`].join('\n');
  const color = booking ? ctx.colorOf(booking.studio.id) : RESERVED_COLOR;
  return {
    key: `${block.startDate}-${index}`,
    firstCol,
    lastCol,
    cutStart: block.startDate < range.from,
    cutEnd: block.endDate > range.to,
    status: block.status,
    kind,
    bookingId: booking?.id ?? null,
    label,
    title,
    style: colorStyle(color),
  };
}

export function buildRow(row: CalendarRow, days: TimelineDay[], ctx: BarContext): TimelineRowModel {
  const { t } = ctx;
  const bars = row.blocks
    .filter((b) => b.endDate >= ctx.range.from && b.startDate <= ctx.range.to)
    .map((b, i) => buildBar(b, i, ctx));
  const words = ctx.words ?? cellWords(t);
  const cellStates = days.map((d) => (!row.desk.bookable ? words.outOfService : !d.open ? words.closed : words.free));
  for (const bar of bars) {
    const state = bar.status === 'OPTION' ? `${bar.label} (${words.option})` : bar.label;
    for (let c = bar.firstCol; c <= bar.lastCol; c += 1) cellStates[c] = state;
  }
  return { desk: row.desk, bars, cellStates };
}

export interface ZoneGroup {
  zone: string;
  rows: TimelineRowModel[];
}

/** Rows by zone (A, B, C, D), desks in natural order within (A2 before A10). */
export function groupByZone(rows: readonly TimelineRowModel[]): ZoneGroup[] {
  const sorted = [...rows].sort((a, b) => a.desk.zone.localeCompare(b.desk.zone) || a.desk.code.localeCompare(b.desk.code, undefined, { numeric: true }));
  const out: ZoneGroup[] = [];
  for (const row of sorted) {
    const last = out[out.length - 1];
    if (last && last.zone === row.desk.zone) last.rows.push(row);
    else out.push({ zone: row.desk.zone, rows: [row] });
  }
  return out;
}

/** The rows on screen, top to bottom: a folded zone shows none of its desks. */
export function visibleRows(zones: readonly ZoneGroup[], collapsed: ReadonlySet<string>): TimelineRowModel[] {
  return zones.flatMap((z) => (collapsed.has(z.zone) ? [] : z.rows));
}

/** Inclusive row and column bounds of a block of cells. */
export interface GridRect {
  rows: [number, number];
  cols: [number, number];
}

/** The desks and days a block of visible cells stands for. */
export function selectionOf(rect: GridRect | null, visible: readonly TimelineRowModel[], days: readonly TimelineDay[]): DeskSelection | null {
  if (!rect || !visible.length || !days.length) return null;
  const first = days[rect.cols[0]];
  const last = days[rect.cols[1]];
  if (!first || !last) return null;
  const desks = visible.slice(rect.rows[0], rect.rows[1] + 1).map((r) => r.desk);
  return { desks, from: first.date, to: last.date, days: rect.cols[1] - rect.cols[0] + 1 };
}

/**
 * The day column under a pointer at `x` over a row whose box starts at `left` and is `width`
 * wide, its first `labelWidth` px being the desk's label; clamped to the days shown.
 */
export function columnAt(x: number, box: { left: number; width: number }, labelWidth: number, dayCount: number): number {
  const column = Math.floor((x - box.left - labelWidth) / ((box.width - labelWidth) / dayCount));
  return Math.min(dayCount - 1, Math.max(0, column));
}

/** Where the grid scrolls sideways when a period opens: today two columns from the left. */
export function todayScrollLeft(days: readonly TimelineDay[], scrollWidth: number, labelWidth: number): number {
  const todayCol = days.findIndex((d) => d.today);
  const columnWidth = (scrollWidth - labelWidth) / Math.max(1, days.length);
  return todayCol > 2 ? (todayCol - 2) * columnWidth : 0;
}

/** The months over the day columns: each month's first column and how many it spans. */
export function monthSpans(days: readonly TimelineDay[]): Array<{ month: string; first: number; span: number }> {
  const out: Array<{ month: string; first: number; span: number }> = [];
  days.forEach((d, i) => {
    const month = d.date.slice(0, 7);
    const last = out[out.length - 1];
    if (last && last.month === month) last.span += 1;
    else out.push({ month, first: i, span: 1 });
  });
  return out;
}
