import fc from 'fast-check';
import { addDays } from '../../common/time/dates.js';
import { SiteCalendar } from '../site/opening.js';
import { DEFAULT_FACTORS } from './co2-factors.js';
import { co2Report } from './co2-report.js';
import { KitInService } from './kit-allocation.js';
import { DeskSpan } from './studio-occupancy.js';

const calendar: SiteCalendar = { openWeekdays: [1, 2, 3, 4, 5], closures: new Set() };
const kits: KitInService[] = [{ purchasedOn: '2025-09-01', retiredOn: null, components: [{ embodiedKgCo2e: 431, refurbished: false }] }];
const report = (from: string, to: string, spans: DeskSpan[]) => co2Report({ from, to, calendar, spans, kits, factors: DEFAULT_FACTORS, studioId: null });

/*
 * "Since opening" holds "this year": a period that holds another never shows fewer machines
 * avoided, less gross avoided, or a smaller kits' footprint (the report's periods are consistent).
 */
describe('CO2 over nested periods', () => {
  const day = fc.integer({ min: 0, max: 480 }).map((n) => addDays('2025-09-01', n));
  const span = fc.record({ studioId: fc.constantFrom('A', 'B', 'C'), start: day, length: fc.integer({ min: 0, max: 60 }) }).map(
    (s): DeskSpan => ({ studioId: s.studioId, status: 'CONFIRMED', first: s.start, last: addDays(s.start, s.length) }),
  );

  it('never gives less over a period than over a period inside it', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), day, day, (spans, a, b) => {
        const [innerFrom, innerTo] = a <= b ? [a, b] : [b, a];
        const inner = report(innerFrom, innerTo, spans);
        const outer = report('2025-09-01', '2026-12-31', spans);
        expect(outer.machinesAvoided).toBeGreaterThanOrEqual(inner.machinesAvoided);
        expect(outer.grossAvoidedKg).toBeGreaterThanOrEqual(inner.grossAvoidedKg);
        expect(outer.flexFootprintKg).toBeGreaterThanOrEqual(inner.flexFootprintKg - 1e-9);
      }),
      { numRuns: 60 },
    );
  });

  it('counts this year’s confirmed bookings of the weeks ahead in "since opening" as in "this year"', () => {
    // Today is 1 December 2026; a block of 12 desks is confirmed for the 14th.
    const spans: DeskSpan[] = Array.from({ length: 12 }, () => ({ studioId: 'A', status: 'CONFIRMED', first: '2026-12-14', last: '2026-12-18' }));
    const year = report('2026-01-01', '2026-12-31', spans);
    const sinceOpening = report('2025-09-01', '2026-12-31', spans);
    expect(year.machinesAvoided).toBe(12);
    expect(sinceOpening.machinesAvoided).toBe(12);
    // Stopping "since opening" today (the old preset) missed them.
    expect(report('2025-09-01', '2026-12-01', spans).machinesAvoided).toBe(0);
  });
});
