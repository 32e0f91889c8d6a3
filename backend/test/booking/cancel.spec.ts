import { BookingHooks } from '../../src/modules/booking/booking.hooks.js';
import { makeBooking } from '../../../seeds/factories/index.js';
import { createTestApp, errorCode, TestApp } from '../harness.js';
import { BOOKING_DETAIL, deskIds, footprint, makeTenant, ok, OPS, startOfTestDay, Tenant } from './booking-world.js';

/** Today is Monday 2026-03-02; the contract: 14 days' notice, 50 % late fee, 45.00 € a desk-day. */
describe('cancelBooking: free until the notice, then the late-cancellation window', () => {
  let t: TestApp;
  let desk: Record<string, string>;
  let studio: Tenant;
  let rival: Tenant;
  const cancelled: string[] = [];
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.travelTo(startOfTestDay());
    desk = await deskIds(t);
    studio = await makeTenant(t);
    rival = await makeTenant(t);
    t.app.get(BookingHooks).onCancelled(async (_em, booking) => {
      cancelled.push(booking.id);
    });
  });
  afterAll(() => t.close());

  const book = async (codes: string[], startDate: string, endDate: string, who = studio) =>
    ok(await t.gql(OPS.bookDesks, { input: { studioId: who.studioId, productionName: 'Nuit Blanche — série', startDate, endDate, deskIds: codes.map((c) => desk[c]) } }, who.token)).bookDesks;
  const cancel = (id: string, token = studio.token) => t.gql(OPS.cancelBooking, { id }, token);
  const detail = async (id: string) => ok(await t.gql(BOOKING_DETAIL, { id }, studio.token)).booking;

  it('is free exactly 14 days before the start: nothing recorded, desks freed, rows kept', async () => {
    const b = await book(['A01', 'A02'], '2026-03-16', '2026-03-20');
    expect((await detail(b.id)).cancellationPreview).toMatchObject({ free: true, freeUntil: '2026-03-02', feeDeskDays: 0, estimatedFeeCents: 0 });
    const res = ok(await cancel(b.id)).cancelBooking;
    expect(res.status).toBe('CANCELLED');
    expect(res.cancelledAt).not.toBeNull();
    expect(await detail(b.id)).toMatchObject({ status: 'CANCELLED', lateFeeFrom: null, lateFeeTo: null, lateFeePct: null, billedThrough: null, cancellationPreview: null });
    const rows = await t.dataSource.query(`SELECT days::text, live FROM booking_desk WHERE booking_id = $1`, [b.id]);
    expect(rows).toEqual([
      { days: '[2026-03-16,2026-03-21)', live: false },
      { days: '[2026-03-16,2026-03-21)', live: false },
    ]);
    await book(['A01', 'A02'], '2026-03-16', '2026-03-20', rival);
    expect(cancelled).toContain(b.id);
  });

  it('records the late window when cancelled 8 days before: the days within the 14 following days, at 50 %', async () => {
    const b = await book(['B01', 'B02'], '2026-03-10', '2026-03-20');
    // 10–15 March: Tue–Fri are open, the weekend is not → 4 open days × 2 desks.
    expect((await detail(b.id)).cancellationPreview).toEqual({
      free: false,
      freeUntil: '2026-02-24',
      lateFeeFrom: '2026-03-10',
      lateFeeTo: '2026-03-15',
      lateFeePct: 50,
      billedThrough: null,
      feeDeskDays: 8,
      estimatedFeeCents: 8 * 4500 * 0.5,
    });
    ok(await cancel(b.id));
    expect(await detail(b.id)).toMatchObject({ lateFeeFrom: '2026-03-10', lateFeeTo: '2026-03-15', lateFeePct: 50, billedThrough: null });
  });

  it('keeps the days already past billed normally when cancelled under way', async () => {
    const b = await makeBooking(t.dataSource, { studioId: studio.studioId, contractId: studio.contract.id, deskCodes: ['C01'], startDate: '2026-02-23', endDate: '2026-03-13' });
    ok(await cancel(b.id));
    expect(await detail(b.id)).toMatchObject({ status: 'CANCELLED', billedThrough: '2026-03-01', lateFeeFrom: '2026-03-02', lateFeeTo: '2026-03-13', lateFeePct: 50 });
  });

  it("follows the contract's own notice and percentage", async () => {
    const relaxed = await makeTenant(t, { cancellationNoticeDays: 7, lateCancellationFeePct: 30 });
    const free = await book(['C02'], '2026-03-09', '2026-03-13', relaxed);
    ok(await cancel(free.id, relaxed.token));
    const late = await book(['C03'], '2026-03-06', '2026-03-13', relaxed);
    ok(await cancel(late.id, relaxed.token));
    const [row] = await t.dataSource.query(`SELECT late_fee_from, late_fee_to, late_fee_pct FROM booking WHERE id = $1`, [late.id]);
    expect(row).toEqual({ late_fee_from: '2026-03-06', late_fee_to: '2026-03-08', late_fee_pct: 30 });
    const [none] = await t.dataSource.query(`SELECT late_fee_pct FROM booking WHERE id = $1`, [free.id]);
    expect(none.late_fee_pct).toBeNull();
  });

  it('INVALID_STATE for a booking already cancelled or already over, nothing changed', async () => {
    const b = await book(['D01'], '2026-04-06', '2026-04-10');
    ok(await cancel(b.id));
    const before = await t.dataSource.query(`SELECT status, cancelled_at FROM booking WHERE id = $1`, [b.id]);
    expect(errorCode(await cancel(b.id))).toBe('INVALID_STATE');
    expect(await t.dataSource.query(`SELECT status, cancelled_at FROM booking WHERE id = $1`, [b.id])).toEqual(before);
    const over = await makeBooking(t.dataSource, { studioId: studio.studioId, contractId: studio.contract.id, deskCodes: ['D02'], startDate: '2026-02-02', endDate: '2026-02-27' });
    const snapshot = await footprint(t);
    expect(errorCode(await cancel(over.id))).toBe('INVALID_STATE');
    expect(await footprint(t)).toEqual(snapshot);
  });

  it("NOT_FOUND for another studio's booking, which stays live", async () => {
    const theirs = await book(['D03'], '2026-04-06', '2026-04-10', rival);
    expect(errorCode(await cancel(theirs.id))).toBe('NOT_FOUND');
    const [row] = await t.dataSource.query(`SELECT status FROM booking WHERE id = $1`, [theirs.id]);
    expect(row.status).toBe('CONFIRMED');
  });
});
