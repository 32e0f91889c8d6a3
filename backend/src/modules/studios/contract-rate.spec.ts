import { applicableDailyRate, sortTiers } from './contract-rate.js';

describe('applicable daily rate', () => {
  const contract = {
    dailyRateCents: 4500,
    volumeTiers: sortTiers([
      { fromDeskDays: 200, dailyRateCents: 3800 },
      { fromDeskDays: 100, dailyRateCents: 4100 },
    ]),
  };

  it('is the daily rate without tiers', () => {
    expect(applicableDailyRate({ dailyRateCents: 4500, volumeTiers: [] }, 1000)).toBe(4500);
  });

  it('stays the daily rate below the first tier', () => {
    expect(applicableDailyRate(contract, 0)).toBe(4500);
    expect(applicableDailyRate(contract, 99)).toBe(4500);
  });

  it('takes the highest tier reached, threshold included', () => {
    expect(applicableDailyRate(contract, 100)).toBe(4100);
    expect(applicableDailyRate(contract, 199)).toBe(4100);
    expect(applicableDailyRate(contract, 200)).toBe(3800);
    expect(applicableDailyRate(contract, 5000)).toBe(3800);
  });

  it('does not depend on the order tiers were given in', () => {
    expect(sortTiers(contract.volumeTiers.slice().reverse()).map((t) => t.fromDeskDays)).toEqual([100, 200]);
    expect(applicableDailyRate({ dailyRateCents: 4500, volumeTiers: [...contract.volumeTiers].reverse() }, 250)).toBe(3800);
  });
});
