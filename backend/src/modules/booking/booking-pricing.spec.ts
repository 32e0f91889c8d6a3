import type { SiteCalendar } from '../site/opening.js';
import { priceByMonth } from './booking-pricing.js';
import { countDeskDays } from './desk-days.js';

/** Monday–Friday, with 2026-05-01 (Fête du Travail) closed. */
const calendar: SiteCalendar = { openWeekdays: [1, 2, 3, 4, 5], closures: new Set(['2026-05-01']) };
const row = (first: string, last: string) => ({ first, last });

describe('booking pricing', () => {
  it('counts desk-days on open days only', () => {
    // Mon 2026-04-27 … Sun 2026-05-03: 4 open days (Friday 1 May closed), two desks.
    expect(countDeskDays([row('2026-04-27', '2026-05-03'), row('2026-04-27', '2026-05-03')], calendar, '2026-04-01', '2026-05-31')).toBe(8);
  });

  it('prices each month at the contract rate without tiers', () => {
    const months = priceByMonth([row('2026-04-27', '2026-05-08')], [], calendar, { dailyRateCents: 4500, volumeTiers: [] });
    expect(months).toEqual([
      { month: '2026-04', deskDays: 4, studioDeskDays: 4, dailyRateCents: 4500, amountCents: 18000 },
      { month: '2026-05', deskDays: 5, studioDeskDays: 5, dailyRateCents: 4500, amountCents: 22500 },
    ]);
  });

  it("reaches a volume tier with the studio's other confirmed desk-days of the month", () => {
    const tiers = { dailyRateCents: 4500, volumeTiers: [{ fromDeskDays: 100, dailyRateCents: 4000 }] };
    // Already confirmed in June 2026: 5 desks × 22 open days = 110 desk-days.
    const confirmed = Array.from({ length: 5 }, () => row('2026-06-01', '2026-06-30'));
    const [june] = priceByMonth([row('2026-06-15', '2026-06-19')], confirmed, calendar, tiers);
    expect(june).toEqual({ month: '2026-06', deskDays: 5, studioDeskDays: 115, dailyRateCents: 4000, amountCents: 20000 });
    const [alone] = priceByMonth([row('2026-06-15', '2026-06-19')], [], calendar, tiers);
    expect(alone.dailyRateCents).toBe(4500);
  });

  it('leaves out a month with no open day booked', () => {
    expect(priceByMonth([row('2026-05-01', '2026-05-03')], [], calendar, { dailyRateCents: 4500, volumeTiers: [] })).toEqual([]);
  });
});
