import { describe, expect, it } from 'vitest';
import { translator } from '../../../test-support/i18n';
import { eachDay, rangeOf } from '../timeline/dates';
import {
  buildDays, buildRow, cellWords, columnAt, groupByZone, monthSpans, selectionOf, todayScrollLeft, visibleRows,
  type CalendarBlock, type CalendarRow, type TimelineDay, type TimelineRowModel,
} from '../timeline/model';
import { studioPalette } from '../timeline/palette';

const t = translator('booking');
const desk = (code: string, bookable = true) => ({ id: `desk-${code}`, code, zone: code.replace(/\d+$/, ''), bookable });
const studio = { id: 'studio-lucioles', name: 'Lucioles' };
const block = (startDate: string, endDate: string, extra: Partial<CalendarBlock> = {}): CalendarBlock => ({
  startDate,
  endDate,
  status: 'CONFIRMED',
  mine: true,
  booking: { id: 'b1', reference: 'R-2026-0001', productionName: 'Les Lucioles S2', studio },
  ...extra,
});
const rowOf = (code: string, blocks: CalendarBlock[] = [], bookable = true): CalendarRow => ({ desk: desk(code, bookable), blocks });

// Two weeks from Monday 2 March 2026; Friday 6 March closed (a closure of the site); today is Wednesday 4.
const range = rangeOf('2w', '2026-03-02');
const open = new Map([['2026-03-06', { open: false, freeDesks: 0 }], ['2026-03-03', { open: true, freeDesks: 12 }]]);
const days = buildDays(eachDay(range), open, '2026-03-04');
const ctx = (isOperator: boolean) => ({ t, range, isOperator, colorOf: studioPalette([studio.id]), words: cellWords(t) });
const model = (row: CalendarRow, isOperator = true) => buildRow(row, days, ctx(isOperator));

describe('days of the timeline', () => {
  it('shades weekends and closures, marks today and the past, and says free desks where known', () => {
    expect(days).toHaveLength(14);
    const [mon, tue, wed, , fri, sat] = days as [TimelineDay, TimelineDay, TimelineDay, TimelineDay, TimelineDay, TimelineDay];
    expect(mon).toMatchObject({ date: '2026-03-02', past: true, today: false, open: true, weekend: false, closure: false, free: null });
    expect(tue).toMatchObject({ free: 12, past: true });
    expect(wed).toMatchObject({ today: true, past: false });
    expect(fri).toMatchObject({ open: false, closure: true, weekend: false });
    expect(sat).toMatchObject({ open: false, weekend: true, closure: false });
    expect(mon.label).toBe('lun. 2 mars 2026');
    expect([mon.weekdayLetter, mon.dayNumber]).toEqual(['L', '2']);
  });

  it('names the months over the columns they span', () => {
    const quarter = buildDays(eachDay(rangeOf('quarter', '2026-03-30')), new Map(), '2026-03-30');
    expect(monthSpans(quarter)).toEqual([
      { month: '2026-03', first: 0, span: 2 },
      { month: '2026-04', first: 2, span: 30 },
      { month: '2026-05', first: 32, span: 31 },
      { month: '2026-06', first: 63, span: 29 },
    ]);
  });
});

describe('rows by zone', () => {
  const rows = ['B02', 'A10', 'A2', 'C01', 'B01'].map((code) => model(rowOf(code)));

  it('groups desks by zone in natural order (A2 before A10)', () => {
    expect(groupByZone(rows).map((z) => [z.zone, z.rows.map((r) => r.desk.code)])).toEqual([
      ['A', ['A2', 'A10']],
      ['B', ['B01', 'B02']],
      ['C', ['C01']],
    ]);
  });

  it('leaves a folded zone out of the rows on screen (and so out of the selection)', () => {
    const visible = visibleRows(groupByZone(rows), new Set(['B']));
    expect(visible.map((r) => r.desk.code)).toEqual(['A2', 'A10', 'C01']);
  });
});

describe('bars', () => {
  it('places a booking on the columns of its days', () => {
    const [bar] = model(rowOf('A01', [block('2026-03-03', '2026-03-05')])).bars;
    expect(bar).toMatchObject({ firstCol: 1, lastCol: 3, cutStart: false, cutEnd: false, kind: 'mine', bookingId: 'b1' });
  });

  it('clips a booking running past the period at both ends, and says it goes on', () => {
    const [bar] = model(rowOf('A01', [block('2026-02-20', '2026-03-31')])).bars;
    expect(bar).toMatchObject({ firstCol: 0, lastCol: 13, cutStart: true, cutEnd: true });
  });

  it('leaves out blocks wholly outside the period', () => {
    expect(model(rowOf('A01', [block('2026-02-01', '2026-03-01'), block('2026-03-16', '2026-03-20')])).bars).toEqual([]);
  });

  it("names the studio for the operator, only the production for the studio's manager", () => {
    expect(model(rowOf('A01', [block('2026-03-03', '2026-03-03')]), true).bars[0]!.label).toBe('Lucioles · Les Lucioles S2');
    expect(model(rowOf('A01', [block('2026-03-03', '2026-03-03')]), false).bars[0]!.label).toBe('Les Lucioles S2');
  });

  it("shows another studio's block to a manager as booked, without its name", () => {
    const [bar] = model(rowOf('A01', [block('2026-03-03', '2026-03-04', { mine: false, booking: null })]), false).bars;
    expect(bar).toMatchObject({ kind: 'reserved', bookingId: null, label: 'réservé' });
    expect(bar!.title).not.toContain('Lucioles');
  });
});

describe('what each cell says', () => {
  it('reads free, closed, the booking (an option says so) and out of service', () => {
    const row = model(rowOf('A01', [block('2026-03-03', '2026-03-03'), block('2026-03-04', '2026-03-04', { status: 'OPTION' })]));
    expect(row.cellStates.slice(0, 7)).toEqual([
      'libre',
      'Lucioles · Les Lucioles S2',
      'Lucioles · Les Lucioles S2 (option)',
      'libre',
      'site fermé',
      'site fermé',
      'site fermé',
    ]);
    expect(new Set(model(rowOf('A02', [], false)).cellStates)).toEqual(new Set(['hors service']));
  });
});

describe('a block chosen on the grid', () => {
  const visible: TimelineRowModel[] = ['A01', 'A02', 'A03'].map((code) => model(rowOf(code)));

  it('stands for the desks of its rows and the days of its columns', () => {
    expect(selectionOf({ rows: [1, 2], cols: [2, 6] }, visible, days)).toEqual({
      desks: [desk('A02'), desk('A03')],
      from: '2026-03-04',
      to: '2026-03-08',
      days: 5,
    });
  });

  it('is nothing when nothing is chosen or its columns are gone', () => {
    expect(selectionOf(null, visible, days)).toBeNull();
    expect(selectionOf({ rows: [0, 0], cols: [0, 20] }, visible, days)).toBeNull();
  });
});

describe('pointer and scrolling geometry', () => {
  // A row 128 px of label + 14 columns of 40 px, starting at x = 100.
  const box = { left: 100, width: 128 + 14 * 40 };

  it('finds the day column under the pointer, clamped to the days shown', () => {
    expect(columnAt(100 + 128 + 5, box, 128, 14)).toBe(0);
    expect(columnAt(100 + 128 + 40 * 3 + 39, box, 128, 14)).toBe(3);
    expect(columnAt(100 + 10, box, 128, 14)).toBe(0);
    expect(columnAt(5000, box, 128, 14)).toBe(13);
  });

  it('opens a period with today two columns from the left', () => {
    const quarter = buildDays(eachDay(rangeOf('quarter', '2026-03-02')), new Map(), '2026-04-15');
    const todayCol = quarter.findIndex((d) => d.today);
    expect(todayScrollLeft(quarter, 128 + quarter.length * 12, 128)).toBe((todayCol - 2) * 12);
    expect(todayScrollLeft(days, 128 + 14 * 40, 128)).toBe(0);
  });
});
