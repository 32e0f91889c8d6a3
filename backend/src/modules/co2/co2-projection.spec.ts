import { co2Projection, FOUNDING_STUDY } from './co2-projection.js';

describe('co2Projection (the founding study scenario)', () => {
  it("reproduces the study exactly: 40 desks × 4 users × 5 years at 700 kg is 800 machines and 532,000 kg net", () => {
    expect(co2Projection({ desks: 40, usersPerDeskPerYear: 4, years: 5, kitFootprintKg: 700 })).toEqual({
      machinesAvoided: 800,
      grossAvoidedKg: 560_000,
      kitGenerations: 1,
      flexFootprintKg: 28_000,
      netAvoidedKg: 532_000,
      carKmEquivalent: 532_000 / 0.142,
    });
  });

  it('states the study as clients open it: its inputs answer 532,000 kg net', () => {
    expect(FOUNDING_STUDY).toEqual({ desks: 40, usersPerDeskPerYear: 4, years: 5, kitFootprintKg: 700, kitLifetimeYears: 5 });
    expect(co2Projection(FOUNDING_STUDY).netAvoidedKg).toBe(532_000);
  });

  it('counts the replacement of the kits when the years go beyond their lifetime', () => {
    // 6 years > 5-year lifetime: Studio FLEX equips its 40 desks twice (80 kits).
    const six = co2Projection({ desks: 40, usersPerDeskPerYear: 4, years: 6, kitFootprintKg: 700 });
    expect(six).toMatchObject({ machinesAvoided: 960, grossAvoidedKg: 672_000, kitGenerations: 2, flexFootprintKg: 56_000, netAvoidedKg: 616_000 });
    // 10 years is exactly two lifetimes; 10.5 needs a third set.
    expect(co2Projection({ desks: 40, usersPerDeskPerYear: 4, years: 10, kitFootprintKg: 700 }).kitGenerations).toBe(2);
    expect(co2Projection({ desks: 40, usersPerDeskPerYear: 4, years: 10.5, kitFootprintKg: 700 }).kitGenerations).toBe(3);
    // A shorter lifetime means more purchases over the same 5 years.
    expect(co2Projection({ desks: 40, usersPerDeskPerYear: 4, years: 5, kitFootprintKg: 700, kitLifetimeYears: 4 })).toMatchObject({ kitGenerations: 2, flexFootprintKg: 56_000, netAvoidedKg: 504_000 });
  });

  it('buys the kits once even for a period shorter than their lifetime', () => {
    expect(co2Projection({ desks: 10, usersPerDeskPerYear: 3, years: 1, kitFootprintKg: 337 })).toMatchObject({
      machinesAvoided: 30,
      grossAvoidedKg: 30 * 337,
      kitGenerations: 1,
      flexFootprintKg: 10 * 337,
      netAvoidedKg: 20 * 337,
    });
  });

  it('counts whole machines, without losing one to floating-point error', () => {
    // 40 × 4.1 × 5 is 819.9999… in floating point: it means 820 machines.
    expect(co2Projection({ desks: 40, usersPerDeskPerYear: 4.1, years: 5, kitFootprintKg: 700 }).machinesAvoided).toBe(820);
    // 3 × 1.5 × 1 = 4.5 users: 4 whole machines, never rounded up.
    expect(co2Projection({ desks: 3, usersPerDeskPerYear: 1.5, years: 1, kitFootprintKg: 100 }).machinesAvoided).toBe(4);
  });

  it('answers a negative net when the desks are too little used to pay back Studio FLEX kits', () => {
    const r = co2Projection({ desks: 40, usersPerDeskPerYear: 0.5, years: 1, kitFootprintKg: 700 });
    expect(r).toMatchObject({ machinesAvoided: 20, grossAvoidedKg: 14_000, flexFootprintKg: 28_000, netAvoidedKg: -14_000 });
    expect(r.carKmEquivalent).toBeLessThan(0);
  });
});
