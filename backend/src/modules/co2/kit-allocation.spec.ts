import { allocatedKitFootprintKg, countedKitFootprintKg, daysInService, KitInService, kitsInServiceCount } from './kit-allocation.js';

// The seeded kit: desktop 205 + two 24" monitors 66 + 66 + tablet 84 + keyboard/mouse 10 = 431 kg (ADEME Impact CO2).
const seededComponents = (refurbishedWorkstation = false) => [
  { embodiedKgCo2e: 205, refurbished: refurbishedWorkstation },
  { embodiedKgCo2e: 66, refurbished: false },
  { embodiedKgCo2e: 66, refurbished: false },
  { embodiedKgCo2e: 84, refurbished: false },
  { embodiedKgCo2e: 10, refurbished: false },
];

describe('Studio FLEX kits footprint', () => {
  it('counts refurbished components at the refurbished factor', () => {
    expect(countedKitFootprintKg(seededComponents(), 0.57)).toBe(431);
    // Refurbished workstation: 205 × 0.57 = 116.85, + 226 for the rest.
    expect(countedKitFootprintKg(seededComponents(true), 0.57)).toBeCloseTo(342.85, 10);
    expect(countedKitFootprintKg(seededComponents(true), 0.2)).toBeCloseTo(41 + 226, 10);
    expect(countedKitFootprintKg(seededComponents(true), 1)).toBe(431);
  });

  it('counts the calendar days a kit served in the period, both ends inclusive', () => {
    const kit = { purchasedOn: '2026-01-15', retiredOn: '2026-03-10' };
    expect(daysInService(kit, '2026-01-01', '2026-01-31')).toBe(17); // 15 → 31 January
    expect(daysInService(kit, '2026-03-01', '2026-03-31')).toBe(10); // 1 → 10 March
    expect(daysInService(kit, '2026-02-01', '2026-02-28')).toBe(28);
    expect(daysInService(kit, '2026-04-01', '2026-04-30')).toBe(0); // retired before
    expect(daysInService(kit, '2025-12-01', '2025-12-31')).toBe(0); // not yet bought
    expect(daysInService({ purchasedOn: '2025-09-01', retiredOn: null }, '2026-01-01', '2026-12-31')).toBe(365);
  });

  it('allocates each kit over its lifetime of 365-day years, by days in service', () => {
    const kits: KitInService[] = [
      { purchasedOn: '2025-09-01', retiredOn: null, components: seededComponents() },
      { purchasedOn: '2026-01-15', retiredOn: null, components: seededComponents(true) },
      { purchasedOn: '2024-01-01', retiredOn: '2025-12-31', components: seededComponents() }, // retired before the period
    ];
    // January 2026 (31 days), lifetime 5 years = 1825 days:
    // 431 × 31 / 1825 + 342.85 × 17 / 1825 = (13361 + 5828.45) / 1825 = 10.514767…
    expect(allocatedKitFootprintKg(kits, '2026-01-01', '2026-01-31', 5, 0.57)).toBeCloseTo((431 * 31 + 342.85 * 17) / 1825, 10);
    expect(kitsInServiceCount(kits, '2026-01-01', '2026-01-31')).toBe(2);
    // A whole 5-year lifetime (1825 days) allocates the kit's whole footprint.
    expect(allocatedKitFootprintKg([kits[0]], '2025-09-01', '2030-08-30', 5, 0.57)).toBeCloseTo(431, 10);
  });

  it('keeps charging a kit kept past its lifetime at the same daily rate', () => {
    const kit: KitInService = { purchasedOn: '2020-01-01', retiredOn: null, components: [{ embodiedKgCo2e: 365, refurbished: false }] };
    // Lifetime 1 year: 1 kg a day, in its 7th year as in its first.
    expect(allocatedKitFootprintKg([kit], '2026-06-01', '2026-06-30', 1, 0.57)).toBeCloseTo(30, 10);
  });
});
