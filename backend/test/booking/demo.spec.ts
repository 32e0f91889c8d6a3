import { addDays } from '../../src/common/time/dates.js';
import { DEMO_MANAGER_PASSWORD, demoStudiosAndBookings } from '../../../seeds/demo/studios-bookings.js';
import { createTestApp, TestApp } from '../harness.js';
import { overlappingLiveRows } from './booking-world.js';

describe('demo studios and bookings', () => {
  let t: TestApp;
  let today: string;
  beforeAll(async () => {
    t = await createTestApp();
    await demoStudiosAndBookings(t.app, t.dataSource);
    today = t.clock.today();
  });
  afterAll(() => t.close());

  it('has five studios with valid identifiers, one of them new, each with a manager who can sign in', async () => {
    const studios: Array<{ name: string; siret: string; vat_number: string; is_new: boolean }> = await t.dataSource.query(`SELECT name, siret, vat_number, is_new FROM studio ORDER BY name`);
    expect(studios).toHaveLength(5);
    expect(studios.filter((s) => s.is_new)).toHaveLength(1);
    for (const s of studios) expect(s.vat_number).toBe(`FR${String((12 + 3 * (Number(s.siret.slice(0, 9)) % 97)) % 97).padStart(2, '0')}${s.siret.slice(0, 9)}`);
    const emails: Array<{ email: string }> = await t.dataSource.query(`SELECT email FROM app_user WHERE role = 'STUDIO_MANAGER' ORDER BY email`);
    expect(emails.map((e) => e.email)).toEqual(['manager@brume-games.fr', 'manager@ciel-de-papier.fr', 'manager@lucioles-animation.fr', 'manager@lune-rousse.fr', 'manager@pixel-charente.fr']);
    await expect(t.login('manager@lune-rousse.fr', DEMO_MANAGER_PASSWORD)).resolves.toEqual(expect.any(String));
  });

  it('gives every studio an active contract covering today, one with volume tiers', async () => {
    const rows: Array<{ status: string; tiers: number; covers: boolean }> = await t.dataSource.query(
      `SELECT status, jsonb_array_length(volume_tiers) AS tiers, start_date <= $1 AND end_date >= $1 AS covers FROM contract`,
      [today],
    );
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.status === 'ACTIVE' && r.covers)).toBe(true);
    expect(rows.filter((r) => r.tiers > 0)).toHaveLength(1);
  });

  it('spans about four months back and two ahead, with live options and a late cancellation', async () => {
    const [span] = await t.dataSource.query(`SELECT min(start_date)::text AS first, max(end_date)::text AS last FROM booking`);
    expect(span.first <= addDays(today, -110)).toBe(true);
    expect(span.last >= addDays(today, 50)).toBe(true);
    const options = await t.dataSource.query(`SELECT id FROM booking WHERE status = 'OPTION' AND option_expires_at > now()`);
    expect(options.length).toBeGreaterThanOrEqual(2);
    const cancelled: Array<{ late_fee_pct: number | null }> = await t.dataSource.query(`SELECT late_fee_pct FROM booking WHERE status = 'CANCELLED'`);
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0].late_fee_pct).toBe(50);
  });

  it('keeps the site busy but never full, blocks of 3 to 12 desks, no overlap', async () => {
    const sizes: Array<{ n: number }> = await t.dataSource.query(`SELECT count(DISTINCT desk_id)::int AS n FROM booking_desk GROUP BY booking_id`);
    expect(Math.min(...sizes.map((s) => s.n))).toBeGreaterThanOrEqual(3);
    expect(Math.max(...sizes.map((s) => s.n))).toBeLessThanOrEqual(12);
    const days: Array<{ held: number }> = await t.dataSource.query(
      `SELECT d::date AS day, count(bd.id)::int AS held
         FROM generate_series($1::date, $2::date, '1 day') d
         LEFT JOIN booking_desk bd ON bd.live AND bd.days @> d::date
        WHERE extract(isodow FROM d) <= 5 GROUP BY d`,
      [addDays(today, -100), addDays(today, 14)],
    );
    const held = days.map((d) => d.held);
    expect(Math.max(...held)).toBeLessThan(40);
    expect(held.filter((h) => h >= 25).length / held.length).toBeGreaterThan(0.6);
    expect(await overlappingLiveRows(t)).toEqual([]);
  });
});
