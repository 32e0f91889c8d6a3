import { BookingStatus } from '../../src/modules/booking/booking.entity.js';
import { FORBIDDEN_CLAIMS } from '../../src/modules/co2/statement/statement-method.js';
import { makeBooking, makeContract, makeManager, makeStudio, TEST_PASSWORD } from '../../../seeds/factories/index.js';
import { pdfText } from '../invoicing/pdf-text.js';
import { createTestApp, errorCode, TestApp } from '../harness.js';
import { CarbonProductionsStatementDocument, IssueCarbonStatementInput, Co2FactorHistoryAndCo2FactorsInForceDocument, IssueCarbonStatementStatementDocument, ReadingDocument, RecordFactorDocument, StatementsCarbonStatementDocument, UpdateCo2SettingsCarbonStatementDocument } from '../documents.js';

const MAY = { from: '2027-05-01', to: '2027-05-31' };
const PHARE = 'Le Phare';

/*
 * "Le Phare" in May 2027, the figures of src/modules/co2/statement/production-footprint.spec.ts:
 * A01 + A02 on the main site 3–14 May (Ascension closed), A01's kit swapped on 10 May for the
 * refurbished spare KIT-041, A02's kit metered 1,000 → 1,007.5 kWh from 7 to 14 May; N01 on
 * the annex 17–21 May (Whit Monday open there). 23 desk-days, peak 2, manufacturing
 * 9,472.25 / 1,825 kg, electricity 29.1 kWh × 0.052 = 1.5132 kg; avoided 2 × 700 = 1,400 kg.
 */
describe('carbon statement of a production', () => {
  let t: TestApp;
  let studio: { id: string };
  let manager: string;
  let other: string;

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.dataSource;
    t.clock.travelTo(new Date('2027-06-02T08:00:00Z'));
    studio = await makeStudio(db, { name: `Phare ${Date.now()}` });
    const otherStudio = await makeStudio(db);
    const contract = await makeContract(db, studio.id, { startDate: '2027-01-01', endDate: '2027-12-31', insuranceExpiresOn: '2027-12-31' });
    const [annex] = await db.query(`INSERT INTO site (name, timezone, area_sqm, open_weekdays, address) VALUES ('Annexe Cognac', 'Europe/Paris', 80, '{1,2,3,4,5}', '16100 Cognac') RETURNING id`);
    await db.query(`INSERT INTO closure_date (site_id, date, label) VALUES ($1, '2027-05-06', 'Ascension')`, [annex.id]);
    const [n01] = await db.query(`INSERT INTO desk (site_id, code, zone, x, y) VALUES ($1, 'N01', 'Annexe', 1, 1) RETURNING id`, [annex.id]);
    const [k3] = await db.query(`INSERT INTO kit (asset_tag, status, purchased_on) VALUES ('KIT-N01', 'OPERATIONAL', '2026-01-01') RETURNING id`);
    await db.query(
      `INSERT INTO kit_component (kit_id, type, model, serial_number, embodied_kg_co2e, refurbished, footprint_source)
       SELECT $1, type, model, serial_number || '-N', embodied_kg_co2e, false, footprint_source FROM kit_component WHERE kit_id = (SELECT id FROM kit WHERE asset_tag = 'KIT-001')`,
      [k3.id],
    );
    await db.query(`INSERT INTO kit_desk_history (kit_id, desk_id, from_date, arrived_by) VALUES ($1, $2, '2026-01-01', 'INSTALLED')`, [k3.id, n01.id]);
    // The swap of 10 May: A01's kit leaves, the refurbished spare KIT-041 arrives, the same day.
    await db.query(`UPDATE kit_desk_history SET to_date = '2027-05-10', left_by = 'SWAPPED' WHERE desk_id = (SELECT id FROM desk WHERE code = 'A01') AND to_date IS NULL`);
    await db.query(`INSERT INTO kit_desk_history (kit_id, desk_id, from_date, arrived_by) SELECT k.id, d.id, '2027-05-10', 'SWAPPED' FROM kit k, desk d WHERE k.asset_tag = 'KIT-041' AND d.code = 'A01'`);
    const book = (deskCodes: string[], startDate: string, endDate: string, status = BookingStatus.CONFIRMED, productionName = PHARE) =>
      makeBooking(db, { studioId: studio.id, contractId: contract.id, deskCodes, startDate, endDate, status, productionName });
    const main = await book(['A01', 'A02'], '2027-05-03', '2027-05-14');
    await book(['N01'], '2027-05-17', '2027-05-21');
    await book(['A03', 'A04'], '2027-05-03', '2027-05-07', BookingStatus.OPTION);
    await book(['A05'], '2027-05-03', '2027-05-07', BookingStatus.CONFIRMED, 'Autre série');
    // Seven check-ins on A01 (3–7 May and 10–11 May).
    const [member] = await db.query(`INSERT INTO crew_member (studio_id, full_name) VALUES ($1, 'Aurore Phare') RETURNING id`, [studio.id]);
    const [assignment] = await db.query(
      `INSERT INTO crew_assignment (studio_id, booking_id, crew_member_id, desk_id, days) SELECT $1, $2, $3, id, '[2027-05-03,2027-05-15)' FROM desk WHERE code = 'A01' RETURNING id`,
      [studio.id, main.id, member.id],
    );
    for (const day of ['2027-05-03', '2027-05-04', '2027-05-05', '2027-05-07', '2027-05-10', '2027-05-11', '2027-05-12']) {
      await db.query(`INSERT INTO crew_check_in (assignment_id, crew_member_id, desk_id, studio_id, day, checked_in_at) SELECT $1, $2, id, $3, $4::date, $4::date + time '09:00' FROM desk WHERE code = 'A01'`, [assignment.id, member.id, studio.id, day]);
    }
    manager = await t.login((await makeManager(db, studio.id)).email, TEST_PASSWORD);
    other = await t.login((await makeManager(db, otherStudio.id)).email, TEST_PASSWORD);
    const [a02kit] = await db.query(`SELECT kit_id AS id FROM kit_desk_history WHERE desk_id = (SELECT id FROM desk WHERE code = 'A02') AND to_date IS NULL`);
    for (const [readOn, kwh] of [['2027-05-07', 1000], ['2027-05-14', 1007.5]] as const) {
      const res = await t.gql(ReadingDocument, { input: { kitId: a02kit.id, readOn, kwh } }, t.operatorToken);
      expect(res.errors).toBeUndefined();
    }
  });
  afterAll(() => t.close());

  const statementRows = async () => Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM carbon_statement`))[0].n);

  it('computes the production across its bookings and sites as worked by hand', async () => {
    const res = await t.gql(CarbonProductionsStatementDocument, MAY, manager);
    expect(res.errors).toBeUndefined();
    const phare = res.data.carbonProductions.find((p: { productionName: string }) => p.productionName === PHARE);
    expect(res.data.carbonProductions.map((p: { productionName: string }) => p.productionName).sort()).toEqual(['Autre série', PHARE]);
    const f = phare!.figures;
    expect(f).toMatchObject({ deskDays: 23, checkInDays: 7, machinesAvoided: 2, peakDate: '2027-05-03', meteredDeskDays: 5, avoidedKg: 1400, avoidedLowKg: 674, avoidedHighKg: 2952 });
    expect(f.manufacturingKg).toBeCloseTo(9472.25 / 1825, 3);
    expect(f.electricityKwh).toBeCloseTo(29.1, 3);
    expect(f.electricityKg).toBeCloseTo(1.513, 3);
    expect(f.footprintKg).toBeCloseTo(9472.25 / 1825 + 1.5132, 3);
    expect(f.sites.map((s: { siteName: string; deskDays: number }) => [s.siteName, s.deskDays])).toEqual([[expect.any(String), 18], ['Annexe Cognac', 5]]);
  });

  it('shows a manager only its studio: another studio id is FORBIDDEN, another manager sees none of it', async () => {
    expect(errorCode(await t.gql(CarbonProductionsStatementDocument, { ...MAY, studioId: studio.id }, other))).toBe('FORBIDDEN');
    const mine = await t.gql(CarbonProductionsStatementDocument, MAY, other);
    expect(mine.data.carbonProductions).toEqual([]);
    expect(errorCode(await t.gql(IssueCarbonStatementStatementDocument, { input: { studioId: studio.id, productionName: PHARE, ...MAY } }, other))).toBe('FORBIDDEN');
  });

  it('refuses bad input with a named field and issues nothing', async () => {
    const before = await statementRows();
    const counter = async () => (await t.dataSource.query(`SELECT coalesce(max(last_number), 0) AS n FROM document_counter WHERE kind = 'CO2'`))[0].n;
    const n0 = await counter();
    const cases: Array<[IssueCarbonStatementInput, string]> = [
      [{ productionName: PHARE, from: '2027-05-31', to: '2027-05-01' }, 'to'],
      [{ productionName: PHARE, from: '2027-07-01', to: '2027-07-31' }, 'productionName'],
      [{ productionName: 'Série inconnue', ...MAY }, 'productionName'],
      [{ productionName: '   ', ...MAY }, 'productionName'],
    ];
    for (const [input, field] of cases) {
      const res = await t.gql(IssueCarbonStatementStatementDocument, { input }, manager);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe(field);
    }
    const out = await t.gql(RecordFactorDocument, { input: { key: 'gridKgPerKwh', value: 5, source: 'A value out of any range' } }, t.operatorToken);
    expect(errorCode(out)).toBe('BAD_USER_INPUT');
    expect(out.errors![0].extensions!.field).toBe('value');
    expect(Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM co2_factor_version`))[0].n)).toBe(0);
    expect(await statementRows()).toBe(before);
    expect(await counter()).toBe(n0);
  });

  it('issues a numbered statement, frozen: a later factor changes no issued figure, the next one uses it', async () => {
    const first = await t.gql(IssueCarbonStatementStatementDocument, { input: { productionName: PHARE, ...MAY } }, manager);
    expect(first.errors).toBeUndefined();
    const s1 = first.data.issueCarbonStatement;
    expect(s1.number).toMatch(/^CO2-2027-\d{5}$/);
    expect(s1.figures.electricityKg).toBeCloseTo(1.513, 3);
    expect(s1.factors.find((f: { key: string }) => f.key === 'gridKgPerKwh')).toMatchObject({ value: 0.052, versionId: null, source: expect.stringContaining('Base Empreinte') });
    const stored = await t.http().get(`/api/carbon-statements/${s1.id}/pdf-fr`).set('Authorization', `Bearer ${manager}`).buffer(true);
    expect(stored.status).toBe(200);

    const changed = await t.gql(RecordFactorDocument, { input: { key: 'gridKgPerKwh', value: 0.1, source: 'Test: a later ADEME version' } }, t.operatorToken);
    expect(changed.errors).toBeUndefined();
    const second = (await t.gql(IssueCarbonStatementStatementDocument, { input: { productionName: PHARE, ...MAY } }, manager)).data.issueCarbonStatement;
    expect(Number(second.number.slice(-5))).toBe(Number(s1.number.slice(-5)) + 1);
    expect(second.figures.electricityKg).toBeCloseTo(2.91, 3);
    expect(second.factors.find((f: { key: string }) => f.key === 'gridKgPerKwh')).toMatchObject({ value: 0.1, versionId: changed.data.recordCo2FactorVersion[0].id });
    // The manufacturing figure is the same: the same inputs and factors give the same figures.
    expect(second.figures.manufacturingKg).toBe(s1.figures.manufacturingKg);

    const list = (await t.gql(StatementsCarbonStatementDocument, {}, manager)).data.carbonStatements;
    const again = list.find((s) => s.id === s1.id);
    expect(again!.figures.electricityKg).toBe(s1.figures.electricityKg);
    expect(again!.factors.find((f) => f.key === 'gridKgPerKwh')!.value).toBe(0.052);
    const after = await t.http().get(`/api/carbon-statements/${s1.id}/pdf-fr`).set('Authorization', `Bearer ${manager}`).buffer(true);
    expect(Buffer.compare(after.body, stored.body)).toBe(0);
    await expect(t.dataSource.query(`UPDATE carbon_statement SET production_name = 'x' WHERE id = $1`, [s1.id])).rejects.toThrow(/never changes/);
    expect((await t.http().get(`/api/carbon-statements/${s1.id}/csv`).set('Authorization', `Bearer ${other}`)).status).toBe(403);
  });

  it('prints the method and both figures apart, in French and English, with no claim of neutrality', async () => {
    const [s] = (await t.gql(StatementsCarbonStatementDocument, {}, manager)).data.carbonStatements;
    for (const [format, words] of [['pdf-fr', ['QuantiGES', 'pilier B', 'WBCSD', 'Empreinte de la production', 'Émissions évitées', 'jamais déduites', 'Double comptage']], ['pdf-en', ['QuantiGES', 'pillar B', 'WBCSD', 'footprint at Studio FLEX', 'Avoided emissions', 'never subtracted', 'Double counting']]] as const) {
      const res = await t.http().get(`/api/carbon-statements/${s.id}/${format}`).set('Authorization', `Bearer ${manager}`).buffer(true);
      const text = await pdfText(res.body);
      for (const w of words) expect(text).toContain(w);
      for (const claim of FORBIDDEN_CLAIMS) expect(text).not.toMatch(claim);
    }
    const csv = await t.http().get(`/api/carbon-statements/${s.id}/csv`).set('Authorization', `Bearer ${manager}`);
    expect(csv.text.startsWith('\ufeff')).toBe(true);
    const lines = csv.text.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('Fabrication des équipements');
    expect(lines[2]).toContain('Électricité;29,100;kWh;');
    expect(lines[3]).toMatch(/Émissions évitées.*;non$/);
  });

  it('records a version of a report factor the operator changes, and the history lists every version', async () => {
    const res = await t.gql(UpdateCo2SettingsCarbonStatementDocument, {}, t.operatorToken);
    expect(res.errors).toBeUndefined();
    const { data } = await t.gql(Co2FactorHistoryAndCo2FactorsInForceDocument, {}, manager);
    const [latest] = data.co2FactorHistory;
    expect(latest).toMatchObject({ key: 'refurbishedFactor', value: 0.6, source: expect.stringContaining('Set by the site operator') });
    expect(data.co2FactorHistory.map((v) => v.key)).toEqual(['refurbishedFactor', 'gridKgPerKwh']);
    expect(data.co2FactorsInForce.find((f) => f.key === 'refurbishedFactor')).toEqual({ key: 'refurbishedFactor', value: 0.6, versionId: latest.id });
    await expect(t.dataSource.query(`DELETE FROM co2_factor_version WHERE id = $1`, [latest.id])).rejects.toThrow(/never changes/);
  });
});
