import fc from 'fast-check';
import { addDays, eachDate } from '../../common/time/dates.js';
import { isOpenDay, SiteCalendar } from '../site/opening.js';
import { countDeskDays, OpenDays, tallyDeskDays } from './desk-days.js';

/** June 2026: Monday 1st, no public holiday; Thursday 11 June closed in this calendar. */
const calendar: SiteCalendar = { openWeekdays: [1, 2, 3, 4, 5], closures: new Set(['2026-06-11']) };
const row = (first: string, last: string, deskCode = 'A01') => ({ deskCode, first, last });

describe('the desk-day counter', () => {
  it('counts each open day of the period a row holds, once per row', () => {
    // 8–14 June: Mon–Fri minus the closure on Thursday 11 = 4; two desks.
    expect(countDeskDays([row('2026-06-08', '2026-06-14'), row('2026-06-08', '2026-06-14', 'A02')], calendar, '2026-06-01', '2026-06-30')).toBe(8);
  });

  it('clips rows to the period and gives nothing for weekends, closures or rows outside it', () => {
    expect(countDeskDays([row('2026-05-25', '2026-06-02')], calendar, '2026-06-01', '2026-06-30')).toBe(2);
    expect(countDeskDays([row('2026-06-13', '2026-06-14'), row('2026-06-11', '2026-06-11')], calendar, '2026-06-01', '2026-06-30')).toBe(0);
    expect(countDeskDays([row('2026-07-01', '2026-07-03')], calendar, '2026-06-01', '2026-06-30')).toBe(0);
    expect(countDeskDays([], calendar, '2026-06-01', '2026-06-30')).toBe(0);
  });

  it('names the rows counted and the first and last open day held', () => {
    const open = new OpenDays(calendar, '2026-06-01', '2026-06-30');
    const tally = tallyDeskDays([row('2026-06-06', '2026-06-10', 'B01'), row('2026-06-13', '2026-06-14', 'B02'), row('2026-06-10', '2026-06-12', 'B03')], open);
    expect(tally).toEqual({ quantity: 3 + 2, counted: [row('2026-06-06', '2026-06-10', 'B01'), row('2026-06-10', '2026-06-12', 'B03')], firstDay: '2026-06-08', lastDay: '2026-06-12' });
    expect(tallyDeskDays([row('2026-06-13', '2026-06-14')], open)).toEqual({ quantity: 0, counted: [], firstDay: null, lastDay: null });
  });

  it('reads any sub-range of an indexed period', () => {
    const open = new OpenDays(calendar, '2026-06-01', '2026-06-30');
    expect(open.count('2026-06-01', '2026-06-30')).toBe(21);
    expect(open.count('2026-05-01', '2026-06-05')).toBe(5);
    expect(open.count('2026-06-12', '2026-06-10')).toBe(0);
    expect(open.within('2026-06-10', '2026-06-15')).toEqual(['2026-06-10', '2026-06-12', '2026-06-15']);
    expect([open.firstOpen('2026-06-11', '2026-06-14'), open.lastOpen('2026-06-11', '2026-06-14')]).toEqual(['2026-06-12', '2026-06-12']);
    expect(open.firstOpen('2026-06-13', '2026-06-14')).toBeNull();
  });

  it('agrees with counting the open days one by one, for any rows, period and calendar', () => {
    const day = fc.integer({ min: 0, max: 120 }).map((n) => addDays('2026-04-20', n));
    const span = fc.tuple(day, fc.integer({ min: 0, max: 40 })).map(([first, n]) => ({ first, last: addDays(first, n) }));
    const cal = fc.record({
      openWeekdays: fc.subarray([1, 2, 3, 4, 5, 6, 7]),
      closures: fc.array(day, { maxLength: 12 }).map((d) => new Set(d)),
    });
    fc.assert(
      fc.property(fc.array(span, { maxLength: 8 }), span, cal, (rows, period, c) => {
        const slow = rows.reduce((n, r) => n + eachDate(r.first, r.last).filter((d) => d >= period.first && d <= period.last && isOpenDay(c, d)).length, 0);
        expect(countDeskDays(rows, c, period.first, period.last)).toBe(slow);
      }),
      { numRuns: 200 },
    );
  });
});
