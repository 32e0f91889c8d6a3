import { BookingHooks } from '../../src/modules/booking/booking.hooks.js';
import { OptionExpiryService } from '../../src/modules/booking/option-expiry.service.js';
import { createTestApp, errorCode, TestApp } from '../harness.js';
import { BOOKING_DETAIL, deskIds, makeTenant, ok, OPS, startOfTestDay, Tenant } from './booking-world.js';

const HOUR = 3_600_000;
/** The test clock keeps running from where it was moved: instants are right to a few seconds. */
const expectAbout = (iso: string, expected: number) => expect(Math.abs(new Date(iso).getTime() - expected)).toBeLessThan(5_000);

describe('options: hold, confirm, expire', () => {
  let t: TestApp;
  let desk: Record<string, string>;
  let studio: Tenant;
  let rival: Tenant;
  const cancelledHooks: string[] = [];
  beforeAll(async () => {
    t = await createTestApp();
    desk = await deskIds(t);
    studio = await makeTenant(t);
    rival = await makeTenant(t);
    t.app.get(BookingHooks).onCancelled(async (_em, booking) => {
      cancelledHooks.push(booking.id);
    });
  });
  beforeEach(() => t.clock.travelTo(startOfTestDay()));
  afterAll(() => t.close());

  const option = (deskCodes: string[], startDate: string, endDate: string, extra: Record<string, unknown> = {}, who = studio) =>
    t.gql(OPS.bookDesks, { input: { studioId: who.studioId, productionName: 'Pilote — Les Voyageurs', startDate, endDate, deskIds: deskCodes.map((c) => desk[c]), asOption: true, ...extra } }, who.token);
  const detail = async (id: string, token = studio.token) => ok(await t.gql(BOOKING_DETAIL, { id }, token)).booking;
  const dbStatus = async (id: string) => (await t.dataSource.query(`SELECT status FROM booking WHERE id = $1`, [id]))[0].status;
  const liveRows = async (id: string) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM booking_desk WHERE booking_id = $1 AND live`, [id]))[0].n;

  it('makes an OPTION that holds the desks for 72 hours by default', async () => {
    const made = ok(await option(['A01', 'A02'], '2026-03-16', '2026-03-20')).bookDesks;
    expect(made.status).toBe('OPTION');
    expectAbout(made.optionExpiresAt!, startOfTestDay().getTime() + 72 * HOUR);
    const taken = await option(['A02'], '2026-03-18', '2026-03-18', {}, rival);
    expect(errorCode(taken)).toBe('DESK_UNAVAILABLE');
  });

  it('takes another duration when asked (optionHours)', async () => {
    const made = ok(await option(['A03'], '2026-03-16', '2026-03-20', { optionHours: 24 })).bookDesks;
    expectAbout(made.optionExpiresAt!, startOfTestDay().getTime() + 24 * HOUR);
    expect(errorCode(await t.gql(OPS.bookDesks, { input: { studioId: studio.studioId, productionName: 'X', startDate: '2026-03-16', endDate: '2026-03-16', deskIds: [desk.A04], optionHours: 5 } }, studio.token))).toBe('BAD_USER_INPUT');
  });

  it('confirms a live option; a second confirmation is INVALID_STATE', async () => {
    const made = ok(await option(['A05'], '2026-03-23', '2026-03-27')).bookDesks;
    t.clock.travelTo(new Date(startOfTestDay().getTime() + 71 * HOUR));
    expect(ok(await t.gql(OPS.confirmBooking, { id: made.id }, studio.token)).confirmBooking).toEqual({ id: made.id, status: 'CONFIRMED' });
    const after = await detail(made.id);
    expect(after.confirmedAt).not.toBeNull();
    // Confirmed, it holds the desks past the option's expiry.
    t.clock.travelTo(new Date(startOfTestDay().getTime() + 100 * HOUR));
    expect((await detail(made.id)).status).toBe('CONFIRMED');
    expect(errorCode(await t.gql(OPS.confirmBooking, { id: made.id }, studio.token))).toBe('INVALID_STATE');
  });

  it('reads EXPIRED once the expiry has passed, before any sweep wrote it', async () => {
    const made = ok(await option(['B01', 'B02'], '2026-04-06', '2026-04-10')).bookDesks;
    t.clock.travelTo(new Date(new Date(made.optionExpiresAt!).getTime() + 1_000));
    expect((await detail(made.id)).status).toBe('EXPIRED');
    expect(await dbStatus(made.id)).toBe('OPTION');
    const listed = ok(await t.gql(OPS.bookings, { from: '2026-04-06', to: '2026-04-10' }, studio.token)).bookings;
    expect(listed.find((b) => b.id === made.id)!.status).toBe('EXPIRED');
    // It no longer blocks anything: availability, free desks and the calendar ignore it.
    const free = ok(await t.gql(OPS.freeDesks, { from: '2026-04-06', to: '2026-04-10' }, rival.token)).freeDesks.map((d) => d.code);
    expect(free).toEqual(expect.arrayContaining(['B01', 'B02']));
    const calendar = ok(await t.gql(OPS.deskCalendar, { from: '2026-04-06', to: '2026-04-10' }, t.operatorToken)).deskCalendar;
    expect(calendar.find((r) => r.desk.code === 'B01')!.blocks).toEqual([]);
  });

  it('cannot be confirmed once expired (INVALID_STATE), and nothing changes', async () => {
    const made = ok(await option(['B03'], '2026-04-13', '2026-04-17')).bookDesks;
    t.clock.travelTo(new Date(startOfTestDay().getTime() + 73 * HOUR));
    const res = await t.gql(OPS.confirmBooking, { id: made.id }, studio.token);
    expect(errorCode(res)).toBe('INVALID_STATE');
    expect(await dbStatus(made.id)).toBe('OPTION');
    expect((await detail(made.id)).confirmedAt).toBeNull();
  });

  it('gives its desks to the next booking: the expired option is released in that same transaction', async () => {
    const made = ok(await option(['B04', 'B05'], '2026-04-20', '2026-04-24')).bookDesks;
    t.clock.travelTo(new Date(startOfTestDay().getTime() + 80 * HOUR));
    const taken = ok(await option(['B05'], '2026-04-22', '2026-04-22', { asOption: false }, rival)).bookDesks;
    expect(taken.status).toBe('CONFIRMED');
    expect(await dbStatus(made.id)).toBe('EXPIRED');
    expect(await liveRows(made.id)).toBe(0);
    expect(cancelledHooks).toContain(made.id);
  });

  it('is expired by the sweep job, once, even when several sweeps run together', async () => {
    const made = ok(await option(['C01'], '2026-05-04', '2026-05-08', { optionHours: 2 })).bookDesks;
    const expiry = t.app.get(OptionExpiryService);
    expect(await expiry.sweep()).toBe(0);
    expect(await dbStatus(made.id)).toBe('OPTION');
    t.clock.travelTo(new Date(startOfTestDay().getTime() + 3 * HOUR));
    const hooksBefore = cancelledHooks.filter((id) => id === made.id).length;
    const counts = await Promise.all([expiry.sweep(), expiry.sweep(), expiry.sweep()]);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    expect(await dbStatus(made.id)).toBe('EXPIRED');
    expect(await liveRows(made.id)).toBe(0);
    expect(cancelledHooks.filter((id) => id === made.id).length - hooksBefore).toBe(1);
  });

  it('cancels for free at any time (an option is never billed)', async () => {
    const made = ok(await option(['C02'], '2026-03-03', '2026-03-06')).bookDesks;
    ok(await t.gql(OPS.cancelBooking, { id: made.id }, studio.token));
    const after = await detail(made.id);
    expect(after).toMatchObject({ status: 'CANCELLED', lateFeeFrom: null, lateFeeTo: null, lateFeePct: null, billedThrough: null });
  });
});
