import { easterSunday, frenchPublicHolidays } from './french-holidays.js';

describe('French public holidays', () => {
  it('finds Easter on the known dates', () => {
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2028)).toBe('2028-04-16');
  });

  it('lists the 11 holidays of 2026 with the movable ones from Easter', () => {
    const days = frenchPublicHolidays(2026).map((h) => h.date);
    expect(days).toEqual([
      '2026-01-01', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25',
      '2026-07-14', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25',
    ]);
  });
});
