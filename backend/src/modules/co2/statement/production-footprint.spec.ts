import { frenchPublicHolidays } from '../../site/french-holidays.js';
import { effectiveStays, productionFootprint, StatementFactors } from './production-footprint.js';

const KIT = [205, 66, 66, 84, 10].map((kg) => ({ embodiedKgCo2e: kg, refurbished: false }));
const SPARE = [{ embodiedKgCo2e: 205, refurbished: true }, ...KIT.slice(1)];
const FACTORS: StatementFactors = { referenceKitKg: 700, kitLifetimeYears: 5, refurbishedFactor: 0.57, avoidedLifetimeYears: 6, kwhPerDeskDay: 1.2, gridKgPerKwh: 0.052 };
const holidays = (dates: string[]) => new Set(dates);
const main = { openWeekdays: [1, 2, 3, 4, 5], closures: holidays(frenchPublicHolidays(2027).map((h) => h.date)) };
// The annex closes on Ascension (6 May) but opens on Whit Monday (17 May).
const annex = { openWeekdays: [1, 2, 3, 4, 5], closures: holidays(['2027-05-06']) };

/*
 * "Le Phare", May 2027, worked by hand (lifetime 5 × 365 = 1,825 days):
 *  main site A01 + A02, 3–14 May: open 3,4,5,7,10–14 (Ascension 6 May closed) = 9 days each.
 *    A01: kit K1 (431 kg) 3–7 May = 4 days, swapped on 10 May for spare S1 (refurbished
 *         workstation: 205 × 0.57 + 226 = 342.85 kg) 10–14 May = 5 days.
 *    A02: kit K2 (431 kg) 9 days; its meter reads 1,000.0 kWh on 7 May and 1,007.5 on 14 May:
 *         7.5 kWh over 5 open days = 1.5 kWh a day on 10–14 May; 3–7 May at the 1.2 setting.
 *  annex N01, 17–21 May: Whit Monday is open there: 5 days, kit K3 (431 kg).
 *  desk-days 9 + 9 + 5 = 23; peak 2 desks (3 May).
 *  manufacturing (431 × 4 + 342.85 × 5 + 431 × 9 + 431 × 5) / 1,825 = 9,472.25 / 1,825 = 5.190274 kg.
 *  electricity 4 × 1.2 + 5 × 1.2 + 4 × 1.2 + 7.5 + 5 × 1.2 = 29.1 kWh × 0.052 = 1.5132 kg.
 *  avoided 2 × 700 = 1,400 kg (range 2 × 337 = 674 to 2 × 1,476 = 2,952), never netted.
 */
export const LE_PHARE = {
  rows: [
    { deskId: 'A01', siteId: 'main', first: '2027-05-03', last: '2027-05-14' },
    { deskId: 'A02', siteId: 'main', first: '2027-05-03', last: '2027-05-14' },
    { deskId: 'N01', siteId: 'annex', first: '2027-05-17', last: '2027-05-21' },
  ],
  stays: [
    { kitId: 'K1', deskId: 'A01', from: '2025-09-01', to: '2027-05-10' },
    { kitId: 'S1', deskId: 'A01', from: '2027-05-10', to: null },
    { kitId: 'K2', deskId: 'A02', from: '2025-09-01', to: null },
    { kitId: 'K3', deskId: 'N01', from: '2026-01-01', to: null },
  ],
  kits: new Map([['K1', KIT], ['K2', KIT], ['K3', KIT], ['S1', SPARE]]),
  readings: [
    { kitId: 'K2', readOn: '2027-05-07', kwh: 1000 },
    { kitId: 'K2', readOn: '2027-05-14', kwh: 1007.5 },
  ],
};

const compute = (factors = FACTORS) =>
  productionFootprint({
    from: '2027-05-01', to: '2027-05-31', ...LE_PHARE,
    calendars: new Map([['main', main], ['annex', annex]]), calendarFrom: '2027-05-01', calendarTo: '2027-05-31', checkInDays: 7, factors,
  });

describe('a production carbon footprint at Studio FLEX', () => {
  it('gives the figures worked by hand: swap, refurbished spare, holiday, two sites, a meter', () => {
    const r = compute();
    expect(r).toMatchObject({ deskDays: 23, checkInDays: 7, machinesAvoided: 2, peakDate: '2027-05-03', meteredDeskDays: 5 });
    expect(r.manufacturingKg).toBeCloseTo(9472.25 / 1825, 10);
    expect(r.electricityKwh).toBeCloseTo(29.1, 10);
    expect(r.electricityKg).toBeCloseTo(1.5132, 10);
    expect(r.footprintKg).toBeCloseTo(9472.25 / 1825 + 1.5132, 10);
    expect(r.avoidedKg).toBe(1400);
    expect([r.avoidedLowKg, r.avoidedHighKg]).toEqual([674, 2952]);
    expect(r.avoidedConservativeKg).toBeCloseTo((1400 * 31) / 2190, 10);
    // Low end: refurbished workstation at 0.03 (ADEME: up to 97 % avoided); high end: datasheets' kit 1,476 / 337.
    expect(r.manufacturingLowKg).toBeCloseTo((8888 + 1025 * 0.03) / 1825, 10);
    expect(r.manufacturingHighKg).toBeCloseTo((9472.25 / 1825) * (1476 / 337), 10);
    expect(r.sites.map((s) => [s.siteId, s.deskDays, s.peakDesks])).toEqual([['main', 18, 2], ['annex', 5, 1]]);
    expect(r.sites[0].manufacturingKg).toBeCloseTo(7317.25 / 1825, 10);
    expect(r.sites[1].manufacturingKg).toBeCloseTo(2155 / 1825, 10);
    expect(r.sites[1].electricityKwh).toBeCloseTo(6, 10);
  });

  it('keeps the avoided purchases apart: the footprint is the same whatever the reference kit', () => {
    const a = compute();
    const b = compute({ ...FACTORS, referenceKitKg: 1500 });
    expect(b.footprintKg).toBe(a.footprintKg);
    expect(b.avoidedKg).toBe(3000);
  });

  it('gives the same figures for the same inputs and factors', () => {
    expect(compute()).toEqual(compute());
  });

  it('counts the arriving kit on a swap day, and days with no kit only as desk-days and electricity', () => {
    const stays = effectiveStays(LE_PHARE.stays).get('A01')!;
    expect(stays.map((s) => [s.kitId, s.from, s.to])).toEqual([['K1', '2025-09-01', '2027-05-09'], ['S1', '2027-05-10', null]]);
    const bare = productionFootprint({
      from: '2027-05-01', to: '2027-05-31', rows: [LE_PHARE.rows[0]], stays: [], kits: new Map(), readings: [],
      calendars: new Map([['main', main]]), calendarFrom: '2027-05-01', calendarTo: '2027-05-31', checkInDays: 0, factors: FACTORS,
    });
    expect(bare).toMatchObject({ deskDays: 9, manufacturingKg: 0 });
    expect(bare.electricityKwh).toBeCloseTo(9 * 1.2, 10);
  });
});
