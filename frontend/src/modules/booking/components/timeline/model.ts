import type { TFunction } from 'i18next';
import type { DeskCalendarQuery } from '../../../../gql/graphql';
import { formatDay } from '../../../../ui';
import { daysBetween, formatPattern, isWeekendDay, type Range } from './dates';
import { colorStyle, RESERVED_COLOR, type StudioColor } from './palette';
import type { CSSProperties } from 'react';

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
