import { rateForMonth } from './rate.js';

describe('rate of the month', () => {
  const card = { dailyRateCents: 4500, volumeTiers: [{ fromDeskDays: 200, dailyRateCents: 3500 }, { fromDeskDays: 100, dailyRateCents: 4000 }] };

  it.each([
    [0, 4500],
    [99, 4500],
    [100, 4000],
    [199, 4000],
    [200, 3500],
    [1000, 3500],
  ])('%i billable desk-days → %i cents a desk-day', (deskDays, rate) => {
    expect(rateForMonth(card, deskDays)).toBe(rate);
  });

  it('is the daily rate when the contract has no tiers', () => {
    expect(rateForMonth({ dailyRateCents: 4200, volumeTiers: [] }, 500)).toBe(4200);
  });
});
