import { DomainError } from '../../common/errors/domain-error.js';
import { SiteCalendar } from '../site/opening.js';
import { DEFAULT_FACTORS } from './co2-factors.js';
import { checkReportPeriod, co2Report, Co2ReportInput } from './co2-report.js';
import { KitInService } from './kit-allocation.js';
import { DeskSpan } from './studio-occupancy.js';

// March 2026: Sunday 1st; open Monday–Friday; Monday 16 March is a closure date in this calendar.
// Open days: 2–6, 9–13, 17–20, 23–27, 30–31 March = 21 days.
const calendar: SiteCalendar = { openWeekdays: [1, 2, 3, 4, 5], closures: new Set(['2026-03-16']) };

/** `n` desks of one booking, each a booking_desk row over the same days. */
const desks = (n: number, studioId: string, first: string, last: string, status = 'CONFIRMED'): DeskSpan[] =>
  Array.from({ length: n }, () => ({ studioId, status, first, last }));

const ws = (refurbished: boolean) => ({ embodiedKgCo2e: 205, refurbished });
const rest = [66, 66, 84, 10].map((kg) => ({ embodiedKgCo2e: kg, refurbished: false }));
const kits: KitInService[] = [
  { purchasedOn: '2025-09-01', retiredOn: null, components: [ws(false), ...rest] }, // 431 kg, all 31 days of March
  { purchasedOn: '2026-03-20', retiredOn: null, components: [ws(true), ...rest] }, // 205 × 0.57 + 226 = 342.85 kg, 12 days (20–31)
];
// Site footprint for March (lifetime 5 × 365 = 1825 days): (431 × 31 + 342.85 × 12) / 1825 = 17475.2 / 1825
const SITE_FLEX_MARCH = 17475.2 / 1825;

const spans: DeskSpan[] = [
  // Studio A: 3 desks 2–13 March and 2 desks 9–20 March overlap on 9–13 March: peak 5 (Monday 9).
  ...desks(3, 'A', '2026-03-02', '2026-03-13'),
  ...desks(2, 'A', '2026-03-09', '2026-03-20'),
  // Not counted: A's option, cancelled and expired bookings on the same days.
  ...desks(10, 'A', '2026-03-09', '2026-03-13', 'OPTION'),
  ...desks(10, 'A', '2026-03-09', '2026-03-13', 'CANCELLED'),
  ...desks(10, 'A', '2026-03-10', '2026-03-10', 'EXPIRED'),
  // Studio B: 2 desks all month; 6 more only on Saturday 14, Sunday 15 and the closure on Monday 16.
  ...desks(2, 'B', '2026-02-20', '2026-04-10'),
  ...desks(6, 'B', '2026-03-14', '2026-03-16'),
  // Studio C: only a weekend: no desk-day, no machine, no line.
  ...desks(4, 'C', '2026-03-07', '2026-03-08'),
];

const march = (over: Partial<Co2ReportInput> = {}): Co2ReportInput => ({
  from: '2026-03-01',
  to: '2026-03-31',
  calendar,
  spans,
  kits,
  factors: DEFAULT_FACTORS,
  studioId: null,
  ...over,
});

describe('co2Report (from bookings and kits)', () => {
  it("takes each studio's peak of CONFIRMED desks on one open day, over overlapping bookings", () => {
    const r = co2Report(march());
    // A: 10 open days × 3 (2–13) + 9 open days × 2 (9–20, the 16th closed) = 48 desk-days.
    // B: 21 open days × 2 = 42 desk-days; the 6 extra desks only on closed days.
    expect(r.perStudio.map((l) => [l.studioId, l.machinesAvoided, l.peakDate, l.deskDays])).toEqual([
      ['A', 5, '2026-03-09', 48],
      ['B', 2, '2026-03-02', 42],
    ]);
    expect(r).toMatchObject({ machinesAvoided: 7, grossAvoidedKg: 4900, openDays: 21, periodDays: 31, deskDays: 90, siteDeskDays: 90, kitsInService: 2 });
  });

  it('leaves out options, cancelled and expired bookings and closed days', () => {
    const onlyConfirmed = co2Report(march({ spans: spans.filter((s) => s.status === 'CONFIRMED') }));
    const withOthers = co2Report(march());
    expect(withOthers.perStudio).toEqual(onlyConfirmed.perStudio);
    // Were closed days counted, B's peak would be 8 (Monday 16) and C would appear.
    const everyDayOpen = co2Report(march({ calendar: { openWeekdays: [1, 2, 3, 4, 5, 6, 7], closures: new Set() } }));
    expect(everyDayOpen.perStudio.find((l) => l.studioId === 'B')!.machinesAvoided).toBe(8);
    expect(everyDayOpen.perStudio.map((l) => l.studioId)).toContain('C');
  });

  it("subtracts Studio FLEX's kits allocated to the period: the whole footprint for the whole site", () => {
    const r = co2Report(march());
    expect(r.siteFlexFootprintKg).toBeCloseTo(SITE_FLEX_MARCH, 10);
    expect(r.flexFootprintKg).toBeCloseTo(SITE_FLEX_MARCH, 10);
    expect(r.netAvoidedKg).toBeCloseTo(4900 - SITE_FLEX_MARCH, 10);
    expect(r.carKmEquivalent).toBeCloseTo((4900 - SITE_FLEX_MARCH) / 0.142, 8);
  });

  it('counts refurbished components at the refurbished factor setting', () => {
    const atOne = co2Report(march({ factors: { ...DEFAULT_FACTORS, refurbishedFactor: 1 } }));
    const atTwenty = co2Report(march({ factors: { ...DEFAULT_FACTORS, refurbishedFactor: 0.2 } }));
    expect(atOne.flexFootprintKg).toBeCloseTo((431 * 31 + 431 * 12) / 1825, 10);
    expect(atTwenty.flexFootprintKg).toBeCloseTo((431 * 31 + (41 + 226) * 12) / 1825, 10);
  });

  it("gives each studio its share of the footprint by desk-days, the shares summing to the total", () => {
    const r = co2Report(march());
    const [a, b] = r.perStudio;
    expect(a.share).toBeCloseTo(48 / 90, 12);
    expect(b.share).toBeCloseTo(42 / 90, 12);
    expect(a.flexFootprintKg).toBeCloseTo((SITE_FLEX_MARCH * 48) / 90, 10);
    expect(a.flexFootprintKg + b.flexFootprintKg).toBeCloseTo(r.flexFootprintKg, 10);
    expect(a.netAvoidedKg + b.netAvoidedKg).toBeCloseTo(r.netAvoidedKg, 10);
    expect(a.machinesAvoided + b.machinesAvoided).toBe(r.machinesAvoided);
  });

  it("reads one studio alone: its peak, its share of the footprint, its own line only", () => {
    const r = co2Report(march({ studioId: 'A' }));
    expect(r.perStudio.map((l) => l.studioId)).toEqual(['A']);
    expect(r).toMatchObject({ machinesAvoided: 5, grossAvoidedKg: 3500, deskDays: 48, siteDeskDays: 90 });
    expect(r.flexFootprintKg).toBeCloseTo((SITE_FLEX_MARCH * 48) / 90, 10);
    expect(r.netAvoidedKg).toBeCloseTo(3500 - (SITE_FLEX_MARCH * 48) / 90, 10);
    const idle = co2Report(march({ studioId: 'Z' }));
    expect(idle).toMatchObject({ machinesAvoided: 0, grossAvoidedKg: 0, flexFootprintKg: 0, netAvoidedKg: 0, deskDays: 0 });
    expect(idle.perStudio).toEqual([expect.objectContaining({ studioId: 'Z', machinesAvoided: 0, peakDate: null, share: 0 })]);
  });

  it('charges the whole footprint to the site when nobody booked', () => {
    const r = co2Report(march({ spans: [] }));
    expect(r.perStudio).toEqual([]);
    expect(r.machinesAvoided).toBe(0);
    expect(r.netAvoidedKg).toBeCloseTo(-SITE_FLEX_MARCH, 10);
  });

  it('gives a conservative reading allocating the avoided purchases over 6 years', () => {
    const r = co2Report(march());
    // 31 days / (6 × 365) of the avoided purchases.
    expect(r.conservative.allocatedShare).toBeCloseTo(31 / 2190, 12);
    expect(r.conservative.grossAvoidedKg).toBeCloseTo((4900 * 31) / 2190, 10);
    expect(r.conservative.netAvoidedKg).toBeCloseTo((4900 * 31) / 2190 - SITE_FLEX_MARCH, 10);
    expect(r.perStudio[0].conservativeNetAvoidedKg).toBeCloseTo((3500 * 31) / 2190 - (SITE_FLEX_MARCH * 48) / 90, 10);
    // Over more than 6 years the whole avoided purchase counts.
    const long = co2Report(march({ from: '2020-01-01', to: '2026-12-31' }));
    expect(long.conservative.allocatedShare).toBe(1);
  });

  it('gives each month alone and the period so far; the last month so far is the headline', () => {
    const s = [...desks(4, 'A', '2026-02-16', '2026-02-27'), ...desks(3, 'A', '2026-03-02', '2026-03-06')];
    const r = co2Report(march({ from: '2026-02-10', to: '2026-03-31', spans: s }));
    expect(r.months.map((m) => [m.month, m.from, m.to, m.machinesAvoided, m.cumulativeMachinesAvoided])).toEqual([
      ['2026-02', '2026-02-10', '2026-02-28', 4, 4],
      ['2026-03', '2026-03-01', '2026-03-31', 3, 4],
    ]);
    // Machines avoided are a peak, not a sum: the period avoids 4, not 4 + 3.
    expect(r.machinesAvoided).toBe(4);
    const lastMonth = r.months[1];
    expect(lastMonth.cumulativeGrossAvoidedKg).toBe(r.grossAvoidedKg);
    expect(lastMonth.cumulativeFlexFootprintKg).toBeCloseTo(r.flexFootprintKg, 10);
    expect(lastMonth.cumulativeNetAvoidedKg).toBeCloseTo(r.netAvoidedKg, 10);
    // Studio FLEX's footprint adds up month by month.
    expect(r.months[0].flexFootprintKg + r.months[1].flexFootprintKg).toBeCloseTo(r.flexFootprintKg, 10);
  });

  it('refuses a period ending before it starts, or longer than ten years', () => {
    const code = (from: string, to: string) => {
      try {
        checkReportPeriod(from, to);
        return 'ok';
      } catch (e) {
        return (e as DomainError).code;
      }
    };
    expect(code('2026-03-31', '2026-03-01')).toBe('BAD_USER_INPUT');
    expect(code('2016-01-01', '2026-12-31')).toBe('BAD_USER_INPUT');
    expect(code('2026-03-01', '2026-03-01')).toBe('ok');
    expect(code('2017-01-01', '2026-12-31')).toBe('ok'); // 3652 days
  });
});
