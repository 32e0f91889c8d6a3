import fc from 'fast-check';
import { addDays as addDaysFns, differenceInCalendarDays, format, getISODay, parseISO } from 'date-fns';
import { addDays, daysBetween, eachDate, isoWeekday } from './dates.js';

// The day arithmetic is plain integers in UTC; it must agree with date-fns (local time) everywhere.
const anyDate = fc.date({ min: new Date('1900-01-01T12:00:00Z'), max: new Date('2199-12-31T12:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('calendar date arithmetic', () => {
  it('adds days as date-fns does, across months, leap years and DST changes', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -4000, max: 4000 }), (date, n) => {
        expect(addDays(date, n)).toBe(format(addDaysFns(parseISO(date), n), 'yyyy-MM-dd'));
      }),
      { numRuns: 2000 },
    );
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('counts the days between two dates and the ISO weekday as date-fns does', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        expect(daysBetween(a, b)).toBe(differenceInCalendarDays(parseISO(b), parseISO(a)));
        expect(isoWeekday(a)).toBe(getISODay(parseISO(a)));
      }),
      { numRuns: 2000 },
    );
    expect(isoWeekday('2026-03-02')).toBe(1);
    expect(isoWeekday('2026-03-08')).toBe(7);
  });

  it('still refuses what is not a date', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(daysBetween('2026-02-30', '2026-03-01')).toBeNaN();
    expect(eachDate('2026-03-30', '2026-04-02')).toEqual(['2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02']);
  });
});
