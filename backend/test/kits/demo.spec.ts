import { demoMaintenance } from '../../../seeds/demo/maintenance.js';
import { createTestApp, TestApp } from '../harness.js';
import { SITE_OPS } from './kits-world.js';

describe('demo maintenance data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await demoMaintenance(t.app, t.dataSource);
  });
  afterAll(() => t.close());

  it('has resolved tickets of every severity over past months, some still being handled', async () => {
    const rows: Array<{ severity: string; status: string; n: number; oldest: Date }> = await t.dataSource.query(
      `SELECT severity, status, count(*)::int AS n, min(opened_at) AS oldest FROM maintenance_ticket GROUP BY severity, status`,
    );
    const resolved = rows.filter((r) => r.status === 'RESOLVED');
    expect(new Set(resolved.map((r) => r.severity))).toEqual(new Set(['LOW', 'HIGH', 'BLOCKING']));
    const oldest = Math.min(...resolved.map((r) => new Date(r.oldest).getTime()));
    expect(Date.now() - oldest).toBeGreaterThan(90 * 86_400_000);
    expect(rows.some((r) => r.status === 'IN_PROGRESS')).toBe(true);
    // Every resolved ticket was resolved after it was opened, by someone.
    const [{ bad }] = await t.dataSource.query(`SELECT count(*)::int AS bad FROM maintenance_ticket WHERE status = 'RESOLVED' AND (resolved_at < opened_at OR resolved_by_id IS NULL)`);
    expect(bad).toBe(0);
  });

  it('has exactly one desk out of service now, by an open BLOCKING ticket', async () => {
    const desks = (await t.gql(SITE_OPS.desks, {}, t.operatorToken)).data.desks;
    const down = desks.filter((d: { bookable: boolean }) => !d.bookable);
    expect(down).toHaveLength(1);
    expect(down[0].kit!.status).toBe('MAINTENANCE');
    const open = (await t.gql(SITE_OPS.tickets, { status: 'OPEN' }, t.operatorToken)).data.maintenanceTickets;
    expect(open.filter((x: { severity: string }) => x.severity === 'BLOCKING').map((x) => x.kit.desk!.code)).toEqual([down[0].code]);
  });

  it('has one swap in history: a spare took the desk of a broken kit, which went back to the spares once repaired', async () => {
    const swaps: Array<{ code: string; left_by: string | null; arrived_by: string; status: string; desk_id: string | null }> = await t.dataSource.query(
      `SELECT d.code, h.left_by, h.arrived_by, k.status, k.desk_id FROM kit_desk_history h JOIN desk d ON d.id = h.desk_id JOIN kit k ON k.id = h.kit_id
        WHERE h.arrived_by = 'SWAPPED' OR h.left_by = 'SWAPPED' ORDER BY h.from_date`,
    );
    expect(swaps).toHaveLength(2);
    const [left, arrived] = [swaps.find((s) => s.left_by === 'SWAPPED')!, swaps.find((s) => s.arrived_by === 'SWAPPED')!];
    expect(left.code).toBe(arrived.code);
    expect(left).toMatchObject({ status: 'OPERATIONAL', desk_id: null });
    expect(arrived.desk_id).not.toBeNull();
  });
});
