import { createTestApp, TestApp } from '../harness.js';
import { DesksDocument, KitsDocument } from '../documents.js';

const DESKS = DesksDocument;
const KITS = KitsDocument;

describe('site, desks and kits', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('lists the 40 desks A01–D10 in four zones, each with its operational kit', async () => {
    const res = await t.gql(DESKS, {}, t.operatorToken);
    expect(res.errors).toBeUndefined();
    const desks = res.data.desks;
    expect(desks).toHaveLength(40);
    expect(desks[0]).toMatchObject({ code: 'A01', zone: 'A', bookable: true, kit: { assetTag: 'KIT-001', status: 'OPERATIONAL' } });
    expect(desks[39]).toMatchObject({ code: 'D10', zone: 'D' });
    expect(new Set(desks.map((d: { zone: string }) => d.zone))).toEqual(new Set(['A', 'B', 'C', 'D']));
    // Every desk inside the 20 m × 10 m room, none on top of another.
    for (const d of desks) {
      expect(d.x).toBeGreaterThan(0);
      expect(d.x).toBeLessThan(20);
      expect(d.y).toBeGreaterThan(0);
      expect(d.y).toBeLessThan(10);
    }
    expect(new Set(desks.map((d: { x: number; y: number }) => `${d.x},${d.y}`)).size).toBe(40);
  });

  it('lists 44 kits: 40 on desks, 4 spares, each with its components and footprint', async () => {
    const res = await t.gql(KITS, {}, t.operatorToken);
    expect(res.errors).toBeUndefined();
    const kits = res.data.kits;
    expect(kits).toHaveLength(44);
    expect(kits.filter((k: { desk: unknown }) => k.desk === null).map((k: { assetTag: string }) => k.assetTag)).toEqual(['KIT-041', 'KIT-042', 'KIT-043', 'KIT-044']);
    const first = kits[0];
    expect(first.desk!.code).toBe('A01');
    expect(first.components.map((c: { type: string }) => c.type).sort()).toEqual(['MONITOR', 'MONITOR', 'PERIPHERAL', 'TABLET', 'WORKSTATION']);
    const sum = first.components.reduce((s: number, c: { embodiedKgCo2e: number }) => s + c.embodiedKgCo2e, 0);
    expect(first.footprintKgCo2e).toBe(sum);
    expect(first.footprintKgCo2e).toBe(431);
    expect(kits[43].components.find((c) => c.type === 'WORKSTATION')!.refurbished).toBe(true);
  });

  it('seeds the site with its closures (French public holidays 2025–2028, the kits being bought in 2025)', async () => {
    const [site] = await t.dataSource.query(`SELECT name, timezone, area_sqm, open_weekdays FROM site`);
    expect(site).toEqual({ name: 'Studio FLEX Angoulême', timezone: 'Europe/Paris', area_sqm: 200, open_weekdays: [1, 2, 3, 4, 5] });
    const closures = await t.dataSource.query(`SELECT date FROM closure_date ORDER BY date`);
    expect(closures).toHaveLength(44);
    expect(closures.map((c: { date: string }) => c.date)).toEqual(expect.arrayContaining(['2025-11-11', '2027-05-06'])); // Armistice 2025, Ascension 2027
  });

  it('answers /health with 200 once the database is migrated', async () => {
    const res = await t.http().get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: 'migrated' });
  });
});
