import { describe, expect, it } from 'vitest';
import { addMonths, lastDayOf, monthNotOver } from '../month';

describe('a month of invoicing', () => {
  it('knows its last day, leap years included', () => {
    expect(lastDayOf('2026-12')).toBe('2026-12-31');
    expect(lastDayOf('2027-02')).toBe('2027-02-28');
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
    expect(lastDayOf('2026-04')).toBe('2026-04-30');
  });

  it('is not over on its first day nor on its last, and is over the day after', () => {
    expect(monthNotOver('2026-12', '2026-12-01')).toBe(true);
    expect(monthNotOver('2026-12', '2026-12-31')).toBe(true);
    expect(monthNotOver('2026-12', '2027-01-01')).toBe(false);
    expect(monthNotOver(addMonths('2026-12', 3), '2026-12-01')).toBe(true);
  });
});
