import { BookingStatus } from '../../src/modules/booking/booking.entity.js';
import { makeBooking, makeContract, makeManager, makeStudio, TEST_PASSWORD } from '../../../seeds/factories/index.js';
import { createTestApp, errorCode, TestApp } from '../harness.js';
import { Co2ProjectionDocument, Co2ReportDocument, ForBookingDocument, ReportDetailDocument, SettingsDocument, UpdateSettingsDocument } from '../documents.js';

/** The contract's operations, exactly as the clients send them. */

/*
 * May 2027, worked by hand. Site calendar: Saturday 1, Thursday 6 (Ascension), Saturday 8 and
 * Monday 17 (Whit Monday) are closures; open days = 21 weekdays − 6 and 17 May = 19.
 *
 * North: 6 desks 3–14 May (open: 3,4,5,7,10–14 = 9 days → 54 desk-days)
 *        4 desks 10–21 May (open: 10–14,18–21 = 9 days → 36 desk-days)
 *        overlap 10–14 May: peak 10 desks on Monday 10 May; 90 desk-days.
 *        Not counted: an OPTION on 10 desks 10–14 May, a CANCELLED booking of 10 desks 11–12 May.
 * South: 3 desks 3–31 May (19 open days → 57 desk-days); 8 more on Ascension day only (closed):
 *        peak 3 (Monday 3 May), not 11.
 * East:  5 desks on the weekend of 8–9 May only: nothing.
 *
 * machinesAvoided = 10 + 3 = 13; gross = 13 × 700 = 9,100 kg.
 * Studio FLEX's kits, all 31 days, lifetime 5 × 365 = 1,825 days:
 *   40 kits × 431 kg + 4 spares × (205 × 0.57 + 226 = 342.85 kg) = 18,611.4 kg
 *   × 31 / 1,825 = 316.1388… kg.
 * net = 9,100 − 316.1388 = 8,783.8612 kg; car = 8,783.8612 / 0.142 = 61,858.18 km.
 * Shares: North 90 / 147, South 57 / 147 → flex 193.5544 kg and 122.5845 kg,
 *   net 6,806.4456 kg and 1,977.4155 kg.
 * Conservative: 31 / (6 × 365) = 0.014155… of 9,100 = 128.8128 kg − 316.1388 = −187.326 kg.
 */
const SITE_FLEX = (18611.4 * 31) / 1825;

describe('CO2 saved report from real bookings', () => {
  let t: TestApp;
  let north: { id: string };
  let south: { id: string };
  let northToken: string;

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.dataSource;
    north = await makeStudio(db, { name: `Nord ${Date.now()}` });
    south = await makeStudio(db, { name: `Sud ${Date.now()}` });
    const east = await makeStudio(db);
    const [cn, cs, ce] = [await makeContract(db, north.id), await makeContract(db, south.id), await makeContract(db, east.id)];
    const book = (studioId: string, contractId: string, deskCodes: string[], startDate: string, endDate: string, status = BookingStatus.CONFIRMED) =>
      makeBooking(db, { studioId, contractId, deskCodes, startDate, endDate, status });
    await book(north.id, cn.id, ['A01', 'A02', 'A03', 'A04', 'A05', 'A06'], '2027-05-03', '2027-05-14');
    await book(north.id, cn.id, ['A07', 'A08', 'A09', 'A10'], '2027-05-10', '2027-05-21');
    await book(north.id, cn.id, ['B01', 'B02', 'B03', 'B04', 'B05', 'B06', 'B07', 'B08', 'B09', 'B10'], '2027-05-10', '2027-05-14', BookingStatus.OPTION);
    await book(north.id, cn.id, ['C01', 'C02', 'C03', 'C04', 'C05', 'C06', 'C07', 'C08', 'C09', 'C10'], '2027-05-11', '2027-05-12', BookingStatus.CANCELLED);
    await book(south.id, cs.id, ['D01', 'D02', 'D03'], '2027-05-03', '2027-05-31');
    await book(south.id, cs.id, ['D04', 'D05', 'D06', 'D07', 'D08', 'D09', 'D10', 'C10'], '2027-05-06', '2027-05-06');
    await book(east.id, ce.id, ['C01', 'C02', 'C03', 'C04', 'C05'], '2027-05-08', '2027-05-09');
    northToken = await t.login((await makeManager(db, north.id)).email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  it('computes May 2027 for every studio as worked by hand', async () => {
    const res = await t.gql(Co2ReportDocument, { from: '2027-05-01', to: '2027-05-31' }, t.operatorToken);
    expect(res.errors).toBeUndefined();
    const r = res.data.co2Report;
    expect(r.machinesAvoided).toBe(13);
    expect(r.grossAvoidedKg).toBe(9100);
    expect(r.flexFootprintKg).toBeCloseTo(316.139, 3);
    expect(r.netAvoidedKg).toBeCloseTo(8783.861, 3);
    expect(r.carKmEquivalent).toBeCloseTo(61858.18, 1);
    expect(r.perStudio).toEqual([
      { studio: { id: north.id, name: expect.stringMatching(/^Nord/) }, machinesAvoided: 10, netAvoidedKg: expect.closeTo(6806.4456, 2) },
      { studio: { id: south.id, name: expect.stringMatching(/^Sud/) }, machinesAvoided: 3, netAvoidedKg: expect.closeTo(1977.4155, 2) },
    ]);
    const names = r.assumptions.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Reference kit footprint (a machine not bought)', "Lifetime of Studio FLEX's kits", 'Refurbished component factor', 'Car emission factor']));
    for (const a of r.assumptions) expect(a.source.length).toBeGreaterThan(10);
  });

  it('details peaks, desk-days, shares, the conservative reading and the limits', async () => {
    const res = await t.gql(ReportDetailDocument, { from: '2027-05-01', to: '2027-05-31' }, t.operatorToken);
    expect(res.errors).toBeUndefined();
    const r = res.data.co2Report;
    expect(r).toMatchObject({ periodDays: 31, openDays: 19, deskDays: 147, kitsInService: 44, studio: null });
    expect(r.perStudio.map((l) => [l.studio.id, l.machinesAvoided, l.peakDate, l.deskDays])).toEqual([
      [north.id, 10, '2027-05-10', 90],
      [south.id, 3, '2027-05-03', 57],
    ]);
    expect(r.perStudio[0].share).toBeCloseTo(90 / 147, 10);
    expect(r.perStudio[0].flexFootprintKg + r.perStudio[1].flexFootprintKg).toBeCloseTo(r.flexFootprintKg, 2);
    expect(r.conservative.allocatedShare).toBeCloseTo(31 / 2190, 10);
    expect(r.conservative.netAvoidedKg).toBeCloseTo((9100 * 31) / 2190 - SITE_FLEX, 2);
    const values = Object.fromEntries(r.assumptions.map((a) => [a.key, a.value]));
    expect(r.assumptions.every((a) => a.builtInSource)).toBe(true);
    expect(values).toMatchObject({ referenceKitKg: 700, kitLifetimeYears: 5, refurbishedFactor: 0.57, carKgPerKm: 0.142, avoidedLifetimeYears: 6, openDays: 19, kitsInService: 44 });
    expect(r.limits.map((l) => l.key)).toEqual(expect.arrayContaining(['doubleCounting', 'counterfactual', 'quantiges', 'conservative', 'longerPeriod']));
  });

  it('gives the months: April has only Studio FLEX kits, May ends at the headline', async () => {
    const res = await t.gql(ReportDetailDocument, { from: '2027-04-01', to: '2027-05-31' }, t.operatorToken);
    const r = res.data.co2Report;
    expect(r.months.map((m) => [m.month, m.machinesAvoided, m.cumulativeMachinesAvoided])).toEqual([
      ['2027-04', 0, 0],
      ['2027-05', 13, 13],
    ]);
    // April: 30 days of the 44 kits.
    expect(r.months[0].flexFootprintKg).toBeCloseTo((18611.4 * 30) / 1825, 2);
    expect(r.months[1].cumulativeGrossAvoidedKg).toBe(r.machinesAvoided * 700);
    expect(r.months[1].cumulativeNetAvoidedKg).toBeCloseTo(r.netAvoidedKg, 2);
  });

  it("shows a manager only its own studio: its peak, its share, its line", async () => {
    const own = await t.gql(ReportDetailDocument, { from: '2027-05-01', to: '2027-05-31' }, northToken);
    expect(own.errors).toBeUndefined();
    const r = own.data.co2Report;
    expect(r).toMatchObject({ machinesAvoided: 10, grossAvoidedKg: 7000, deskDays: 90, studio: { id: north.id } });
    expect(r.flexFootprintKg).toBeCloseTo((SITE_FLEX * 90) / 147, 2);
    expect(r.perStudio.map((l) => l.studio.id)).toEqual([north.id]);
    const explicit = await t.gql(Co2ReportDocument, { from: '2027-05-01', to: '2027-05-31', studioId: north.id }, northToken);
    expect(explicit.data.co2Report.machinesAvoided).toBe(10);
    const other = await t.gql(Co2ReportDocument, { from: '2027-05-01', to: '2027-05-31', studioId: south.id }, northToken);
    expect(errorCode(other)).toBe('FORBIDDEN');
    expect(other.data).toBeNull();
    // The operator reads one studio the same way.
    const south1 = await t.gql(Co2ReportDocument, { from: '2027-05-01', to: '2027-05-31', studioId: south.id }, t.operatorToken);
    expect(south1.data.co2Report).toMatchObject({ machinesAvoided: 3, grossAvoidedKg: 2100 });
    expect(south1.data.co2Report.netAvoidedKg).toBeCloseTo(2100 - (SITE_FLEX * 57) / 147, 2);
  });

  it('reflects a settings change in the figures and in the assumptions, operator only', async () => {
    const denied = await t.gql(UpdateSettingsDocument, { input: { referenceKitKg: 500 } }, northToken);
    expect(errorCode(denied)).toBe('FORBIDDEN');
    const changed = await t.gql(UpdateSettingsDocument, { input: { referenceKitKg: 500, refurbishedFactor: 1, referenceKitSource: 'Boavizta: workstation + 2 monitors' } }, t.operatorToken);
    expect(changed.errors).toBeUndefined();
    expect(changed.data.updateCo2Settings).toMatchObject({ referenceKitKg: 500, refurbishedFactor: 1, kitLifetimeYears: 5, referenceKitSource: 'Boavizta: workstation + 2 monitors' });
    try {
      const res = await t.gql(ReportDetailDocument, { from: '2027-05-01', to: '2027-05-31' }, t.operatorToken);
      const r = res.data.co2Report;
      // 13 × 500; the spares' refurbished workstations now count in full: 44 × 431 × 31 / 1825.
      expect(r.grossAvoidedKg).toBe(6500);
      expect(r.flexFootprintKg).toBeCloseTo((44 * 431 * 31) / 1825, 2);
      const byKey = Object.fromEntries(r.assumptions.map((a) => [a.key, a]));
      expect(byKey.referenceKitKg).toMatchObject({ value: 500, source: 'Boavizta: workstation + 2 monitors', builtInSource: false });
      expect(byKey.kitLifetimeYears).toMatchObject({ value: 5, builtInSource: true });
      expect(byKey.refurbishedFactor.value).toBe(1);
      expect(byKey.refurbishedFactor.source).toMatch(/^Set by the site operator \(default 0\.57: ADEME/);
    } finally {
      await t.gql(UpdateSettingsDocument, { input: { referenceKitKg: 700, refurbishedFactor: 0.57, referenceKitSource: '' } }, t.operatorToken);
    }
    const back = await t.gql(SettingsDocument, {}, northToken);
    expect(back.data.co2Settings).toMatchObject({ referenceKitKg: 700, refurbishedFactor: 0.57, carKgPerKm: 0.142, openedOn: '2025-09-01' });
    expect(back.data.co2Settings.referenceKitSource).toMatch(/^Founding study/);
  });

  it('refuses bad settings and leaves the settings unchanged', async () => {
    const before = (await t.gql(SettingsDocument, {}, t.operatorToken)).data.co2Settings;
    for (const input of [{ refurbishedFactor: 1.5 }, { referenceKitKg: -3 }, { kitLifetimeYears: 0 }, { referenceKitKg: 650, kitLifetimeYears: 100 }]) {
      const res = await t.gql(UpdateSettingsDocument, { input }, t.operatorToken);
      expect({ input, code: errorCode(res) }).toEqual({ input, code: 'BAD_USER_INPUT' });
    }
    expect((await t.gql(SettingsDocument, {}, t.operatorToken)).data.co2Settings).toEqual(before);
  });

  it('refuses a period ending before it starts, a period too long, a bad studio id', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ from: '2027-05-31', to: '2027-05-01' }, 'BAD_USER_INPUT'],
      [{ from: '2010-01-01', to: '2027-05-31' }, 'BAD_USER_INPUT'],
      [{ from: '2027-02-30', to: '2027-05-31' }, 'BAD_USER_INPUT'],
      [{ from: '2027-05-01', to: '2027-05-31', studioId: 'not-an-id' }, 'BAD_USER_INPUT'],
      [{ from: '2027-05-01', to: '2027-05-31', studioId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
    ];
    for (const [vars, code] of cases) {
      const res = await t.gqlRaw(Co2ReportDocument, vars, t.operatorToken);
      expect({ vars, code: errorCode(res) }).toEqual({ vars, code });
    }
    expect(errorCode(await t.gql(Co2ReportDocument, { from: '2027-05-01', to: '2027-05-31' }))).toBe('UNAUTHENTICATED');
  });

  it("answers the founding study's projection: 800 machines, 532,000 kg net", async () => {
    const res = await t.gql(Co2ProjectionDocument, { input: { desks: 40, usersPerDeskPerYear: 4, years: 5, kitFootprintKg: 700 } }, northToken);
    expect(res.errors).toBeUndefined();
    expect(res.data.co2Projection).toEqual({ machinesAvoided: 800, grossAvoidedKg: 560000, flexFootprintKg: 28000, netAvoidedKg: 532000 });
    const bad = await t.gql(Co2ProjectionDocument, { input: { desks: 0, usersPerDeskPerYear: 4, years: 5, kitFootprintKg: 700 } }, northToken);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const negative = await t.gql(Co2ProjectionDocument, { input: { desks: 40, usersPerDeskPerYear: 4, years: -1, kitFootprintKg: 700 } }, northToken);
    expect(errorCode(negative)).toBe('BAD_USER_INPUT');
  });

  it('tells the booking dialog what N desks avoid at the reference footprint', async () => {
    const res = await t.gql(ForBookingDocument, { n: 5 }, northToken);
    expect(res.data.co2ForBooking).toEqual({ machinesAvoided: 5, grossAvoidedKg: 3500, referenceKitKg: 700 });
    expect(errorCode(await t.gql(ForBookingDocument, { n: 0 }, northToken))).toBe('BAD_USER_INPUT');
  });
});
