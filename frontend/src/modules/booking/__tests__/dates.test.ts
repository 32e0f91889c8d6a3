import { afterEach, describe, expect, it } from 'vitest';
import { todayInParis } from '../../../ui/format';
import { dayRangeParts, eachDay, MIN_COLUMN_WIDTH, nextWorkWeek, parseDay, parseZoom, periodLabel, periodStart, rangeOf, shiftPeriod, zoomedStart } from '../timeline/dates';

describe('periods of the calendar', () => {
  it('opens every zoom on the Monday of the week it must show', () => {
    expect(periodStart('month', '2026-03-04')).toBe('2026-03-02'); // a Wednesday
    expect(periodStart('2w', '2026-03-08')).toBe('2026-03-02'); // a Sunday
    expect(periodStart('quarter', '2026-03-02')).toBe('2026-03-02'); // a Monday
    expect(periodStart('month', '2027-01-01')).toBe('2026-12-28'); // across a year
  });

  it('shows 14 days, a month or three months from its first day', () => {
    expect(rangeOf('2w', '2026-03-02')).toEqual({ from: '2026-03-02', to: '2026-03-15' });
    expect(rangeOf('month', '2026-03-02')).toEqual({ from: '2026-03-02', to: '2026-04-01' });
    expect(rangeOf('quarter', '2026-03-02')).toEqual({ from: '2026-03-02', to: '2026-06-01' });
    expect(eachDay(rangeOf('2w', '2026-03-02'))).toHaveLength(14);
    expect(eachDay(rangeOf('month', '2026-02-02'))).toHaveLength(28);
    expect(eachDay(rangeOf('quarter', '2026-03-30'))).toHaveLength(92);
  });

  it('has day columns wide enough to drag on, except in the quarter', () => {
    expect(MIN_COLUMN_WIDTH['2w']).toBeGreaterThanOrEqual(28);
    expect(MIN_COLUMN_WIDTH.month).toBeGreaterThanOrEqual(28);
    expect(MIN_COLUMN_WIDTH.quarter).toBeLessThan(MIN_COLUMN_WIDTH.month);
  });

  it('moves by a whole period, and keeps today in view when the zoom changes', () => {
    expect(shiftPeriod('2w', '2026-03-02', 1)).toBe('2026-03-16');
    expect(shiftPeriod('month', '2026-03-02', -1)).toBe('2026-02-02');
    expect(shiftPeriod('quarter', '2026-03-02', 1)).toBe('2026-06-02');
    const shown = rangeOf('month', '2026-03-02');
    expect(zoomedStart('2w', shown, '2026-03-19')).toBe('2026-03-16'); // today shown: its week
    expect(zoomedStart('2w', shown, '2026-05-19')).toBe('2026-03-02'); // not shown: the period's first week
  });

  it('reads a period from a shared link, whatever it says', () => {
    expect(parseZoom('quarter')).toBe('quarter');
    expect(parseZoom('fortnight')).toBe('2w');
    expect(parseZoom('year')).toBe('month');
    expect(parseZoom(null)).toBe('month');
    expect(parseDay('2026-02-30')).toBeNull();
    expect(parseDay('2026-3-1')).toBeNull();
    expect(parseDay('2026-03-01')).not.toBeNull();
  });

  it('books "N desks" on the next Monday-to-Friday week by default', () => {
    expect(nextWorkWeek('2026-03-04')).toEqual({ startDate: '2026-03-09', endDate: '2026-03-13' });
    expect(nextWorkWeek('2026-03-09')).toEqual({ startDate: '2026-03-16', endDate: '2026-03-20' }); // a Monday: next week
    expect(nextWorkWeek('2026-03-08')).toEqual({ startDate: '2026-03-09', endDate: '2026-03-13' }); // a Sunday: tomorrow
  });
});

describe('periods in words (French)', () => {
  it('names a period as short as it can', () => {
    expect(periodLabel('month', { from: '2026-12-01', to: '2026-12-31' })).toBe('Décembre 2026');
    expect(periodLabel('2w', { from: '2026-11-30', to: '2026-12-13' })).toBe('30 nov. – 13 déc. 2026');
    expect(periodLabel('2w', { from: '2026-03-02', to: '2026-03-15' })).toBe('2 – 15 mars 2026');
    expect(periodLabel('quarter', { from: '2026-12-01', to: '2027-02-28' })).toBe('déc. 2026 – févr. 2027');
  });

  it('says a span of days without repeating the month, and the year only when not this one', () => {
    expect(dayRangeParts('2026-01-12', '2026-01-16', '2026-01-05')).toEqual({ from: 'lun. 12', to: 'ven. 16 janv.', single: false });
    expect(dayRangeParts('2026-01-30', '2026-02-03', '2026-01-05')).toEqual({ from: 'ven. 30 janv.', to: 'mar. 3 févr.', single: false });
    expect(dayRangeParts('2027-01-12', '2027-01-12', '2026-12-05')).toEqual({ from: 'mar. 12 janv. 2027', to: 'mar. 12 janv. 2027', single: true });
  });
});

describe('today, in Angoulême', () => {
  const machineZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = machineZone;
  });

  it('is the day in Paris, whatever the machine’s time zone', () => {
    process.env.TZ = 'America/Los_Angeles';
    // 23:30 UTC on 28 March is 00:30 on the 29th in Paris (winter time, UTC+1).
    expect(todayInParis(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29');
    // 22:30 UTC on 29 March is 00:30 on the 30th in Paris (summer time since that night, UTC+2).
    expect(todayInParis(new Date('2026-03-29T22:30:00Z'))).toBe('2026-03-30');
    expect(todayInParis(new Date('2026-03-29T21:59:00Z'))).toBe('2026-03-29');
    process.env.TZ = 'Asia/Tokyo';
    expect(todayInParis(new Date('2026-10-25T22:59:00Z'))).toBe('2026-10-25'); // 23:59 in Paris, back on winter time
  });
});
