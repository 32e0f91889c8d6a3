import { addDays, eachDate } from '../../src/common/time/dates.js';
import { createTestApp, errorCode, TestApp } from '../harness.js';
import { deskIds, makeTenant, overlappingLiveRows, OPS, startOfTestDay, Tenant } from './booking-world.js';

/**
 * 50 bookDesks at once from 10 studios, for 5 desks over overlapping days: every request
 * for a desk shares the days 2026-03-18…20 with every other request for it, so exactly one
 * may win each desk. The database must hold no overlap afterwards, whatever the interleaving.
 */
describe('no double booking under concurrency', () => {
  let t: TestApp;
  let desk: Record<string, string>;
  let tenants: Tenant[];
  const POOL = ['A01', 'A02', 'A03', 'A04', 'A05'];
  const BASE = '2026-03-16';
  const CORE = eachDate('2026-03-18', '2026-03-20');

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.travelTo(startOfTestDay());
    desk = await deskIds(t);
    tenants = [];
    for (let i = 0; i < 10; i++) tenants.push(await makeTenant(t));
  });
  afterAll(() => t.close());

  it('lets exactly one of 50 concurrent requests win each desk-day, and stores no overlap', async () => {
    const requests = Array.from({ length: 50 }, (_, i) => {
      const who = tenants[i % 10];
      const codes = i % 7 === 0 ? [POOL[i % 5], POOL[(i + 1) % 5]] : [POOL[i % 5]];
      const startDate = addDays(BASE, i % 3);
      const endDate = addDays(startDate, 4 + (i % 2));
      return { who, codes, startDate, endDate };
    });
    const results = await Promise.all(
      requests.map((r) =>
        t.gql(
          OPS.bookDesks,
          { input: { studioId: r.who.studioId, productionName: `Rush ${r.codes.join('+')}`, startDate: r.startDate, endDate: r.endDate, deskIds: r.codes.map((c) => desk[c]) } },
          r.who.token,
        ),
      ),
    );

    // Every loser was told DESK_UNAVAILABLE: no other code, no internal error.
    const losers = results.filter((r) => r.errors);
    expect(losers.map(errorCode).filter((c) => c !== 'DESK_UNAVAILABLE')).toEqual([]);
    const winners = results.flatMap((r, i) => (r.errors ? [] : [{ ...requests[i], booking: r.data.bookDesks }]));

    for (const code of POOL) {
      for (const day of CORE) {
        const holders = winners.filter((w) => w.codes.includes(code) && w.startDate <= day && day <= w.endDate);
        expect({ code, day, holders: holders.length }).toEqual({ code, day, holders: 1 });
      }
    }

    expect(await overlappingLiveRows(t)).toEqual([]);
    const stored: Array<{ id: string }> = await t.dataSource.query(`SELECT id FROM booking WHERE studio_id = ANY($1::uuid[])`, [tenants.map((s) => s.studioId)]);
    expect(stored.map((s) => s.id).sort()).toEqual(winners.map((w) => w.booking.id).sort());
    const rows: Array<{ n: number }> = await t.dataSource.query(`SELECT count(*)::int AS n FROM booking_desk WHERE live AND booking_id = ANY($1::uuid[])`, [stored.map((s) => s.id)]);
    expect(rows[0].n).toBe(winners.reduce((s, w) => s + w.codes.length, 0));
  });

  it('keeps maxDesks when one studio sends bookings at once', async () => {
    const studio = await makeTenant(t, { maxDesks: 3 });
    const codes = ['B01', 'B02', 'B03', 'B04', 'B05', 'B06', 'B07', 'B08'];
    const results = await Promise.all(
      codes.map((c) => t.gql(OPS.bookDesks, { input: { studioId: studio.studioId, productionName: 'Pic', startDate: '2026-04-06', endDate: '2026-04-10', deskIds: [desk[c]] } }, studio.token)),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(3);
    expect(results.filter((r) => r.errors).map(errorCode)).toEqual(Array(5).fill('CONTRACT_LIMIT'));
  });
});
