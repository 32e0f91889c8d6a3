import { BookingHooks } from '../../src/modules/booking/booking.hooks.js';
import { makeBooking } from '../../../seeds/factories/index.js';
import type { UpdateBookingInput } from '../documents.js';
import { createTestApp, errorCode, TestApp } from '../harness.js';
import { deskIds, footprint, makeTenant, ok, OPS, startOfTestDay, Tenant } from './booking-world.js';
import { UpdateBookingUpdateDocument } from '../documents.js';

describe('updateBooking: extend, shorten, change desks under the same rules', () => {
  let t: TestApp;
  let desk: Record<string, string>;
  let studio: Tenant;
  let rival: Tenant;
  const changed: string[] = [];
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.travelTo(startOfTestDay());
    desk = await deskIds(t);
    studio = await makeTenant(t, { maxDesks: 4, endDate: '2026-12-31', insuranceExpiresOn: '2026-10-31' });
    rival = await makeTenant(t);
    t.app.get(BookingHooks).onChanged(async (_em, booking) => {
      changed.push(booking.id);
    });
  });
  afterAll(() => t.close());

  const book = async (codes: string[], startDate: string, endDate: string, who = studio, asOption = false) =>
    ok(await t.gql(OPS.bookDesks, { input: { studioId: who.studioId, productionName: 'Brume — long métrage', startDate, endDate, deskIds: codes.map((c) => desk[c]), asOption } }, who.token)).bookDesks;
  const update = (input: UpdateBookingInput, token = studio.token) => t.gql(OPS.updateBooking, { input }, token);
  const rows = async (id: string) =>
    t.dataSource.query(`SELECT d.code, bd.days::text AS days FROM booking_desk bd JOIN desk d ON d.id = bd.desk_id WHERE bd.booking_id = $1 AND bd.live ORDER BY bd.position, d.code`, [id]);

  /** Refused with `code`; the booking and every row stay exactly as they were. */
  async function refused(id: string, input: Omit<UpdateBookingInput, 'id'>, code: string, token = studio.token) {
    const before = { rows: await rows(id), all: await footprint(t), booking: await t.dataSource.query(`SELECT start_date, end_date, updated_at FROM booking WHERE id = $1`, [id]) };
    const res = await update({ id, ...input }, token);
    expect(errorCode(res)).toBe(code);
    expect({ rows: await rows(id), all: await footprint(t), booking: await t.dataSource.query(`SELECT start_date, end_date, updated_at FROM booking WHERE id = $1`, [id]) }).toEqual(before);
    return res;
  }

  it('extends the end, every desk following, and tells the other domains', async () => {
    const b = await book(['A01', 'A02'], '2026-03-09', '2026-03-13');
    const res = ok(await update({ id: b.id, endDate: '2026-03-20' })).updateBooking;
    expect(res).toMatchObject({ startDate: '2026-03-09', endDate: '2026-03-20', desks: [{ code: 'A01' }, { code: 'A02' }] });
    expect(await rows(b.id)).toEqual([
      { code: 'A01', days: '[2026-03-09,2026-03-21)' },
      { code: 'A02', days: '[2026-03-09,2026-03-21)' },
    ]);
    expect(changed).toContain(b.id);
  });

  it('shortens and moves the start later', async () => {
    const b = await book(['A03'], '2026-03-09', '2026-03-20');
    ok(await update({ id: b.id, startDate: '2026-03-11', endDate: '2026-03-12' }));
    expect(await rows(b.id)).toEqual([{ code: 'A03', days: '[2026-03-11,2026-03-13)' }]);
  });

  it('changes the desks, in the order given, and frees the old ones', async () => {
    const b = await book(['B01', 'B02'], '2026-03-23', '2026-03-27');
    const res = ok(await update({ id: b.id, deskIds: [desk.B07, desk.B01, desk.B06] })).updateBooking;
    expect(res.desks.map((d: { code: string }) => d.code)).toEqual(['B07', 'B01', 'B06']);
    await book(['B02'], '2026-03-23', '2026-03-27', rival);
  });

  it('renames the production without touching dates or desks', async () => {
    const b = await book(['B03'], '2026-03-30', '2026-03-31');
    const res = ok(await t.gql(UpdateBookingUpdateDocument, { input: { id: b.id, productionName: 'Brume — teaser' } }, studio.token));
    expect(res.updateBooking).toEqual({ productionName: 'Brume — teaser', startDate: '2026-03-30' });
  });

  it('DESK_UNAVAILABLE when the extension runs into another booking', async () => {
    const b = await book(['C01'], '2026-04-06', '2026-04-10');
    await book(['C01'], '2026-04-13', '2026-04-17', rival);
    const res = await refused(b.id, { endDate: '2026-04-14' }, 'DESK_UNAVAILABLE');
    expect(res.errors![0].extensions).toMatchObject({ deskCodes: ['C01'], from: '2026-04-13', to: '2026-04-14' });
  });

  it('DESK_UNAVAILABLE when a new desk is out of service, but a desk kept may stay', async () => {
    const b = await book(['C02', 'C03'], '2026-04-20', '2026-04-24');
    await t.dataSource.query(`UPDATE kit SET status = 'MAINTENANCE' WHERE desk_id IN ($1, $2)`, [desk.C03, desk.C04]);
    try {
      await refused(b.id, { deskIds: [desk.C02, desk.C04] }, 'DESK_UNAVAILABLE');
      // Shortening keeps C03's days within what it already holds: allowed.
      ok(await update({ id: b.id, endDate: '2026-04-22' }));
      await refused(b.id, { endDate: '2026-04-24' }, 'DESK_UNAVAILABLE');
    } finally {
      await t.dataSource.query(`UPDATE kit SET status = 'OPERATIONAL' WHERE desk_id IN ($1, $2)`, [desk.C03, desk.C04]);
    }
  });

  it('CONTRACT_LIMIT when added desks exceed maxDesks on some day (the booking itself is not counted twice)', async () => {
    const b = await book(['D01', 'D02', 'D03'], '2026-05-04', '2026-05-08');
    await book(['D04'], '2026-05-11', '2026-05-12');
    ok(await update({ id: b.id, deskIds: [desk.D01, desk.D02, desk.D03, desk.D05] }));
    await refused(b.id, { endDate: '2026-05-11' }, 'CONTRACT_LIMIT');
  });

  it('NO_ACTIVE_CONTRACT when moved beyond the contract, INSURANCE_EXPIRED after the insurance', async () => {
    const b = await book(['D06'], '2026-06-01', '2026-06-05');
    await refused(b.id, { endDate: '2027-01-04' }, 'NO_ACTIVE_CONTRACT');
    await refused(b.id, { endDate: '2026-11-02' }, 'INSURANCE_EXPIRED');
  });

  it('BAD_USER_INPUT for reversed dates, an empty desk list, a desk twice, nothing to change, over 366 days', async () => {
    const b = await book(['D07'], '2026-06-08', '2026-06-12');
    await refused(b.id, { startDate: '2026-06-13' }, 'BAD_USER_INPUT');
    await refused(b.id, { deskIds: [] }, 'BAD_USER_INPUT');
    await refused(b.id, { deskIds: [desk.D07, desk.D07] }, 'BAD_USER_INPUT');
    await refused(b.id, {}, 'BAD_USER_INPUT');
    await refused(b.id, { startDate: '2026-03-02', endDate: '2027-03-03' }, 'BAD_USER_INPUT');
  });

  it('keeps a manager from moving a start into the past; the operator may', async () => {
    const b = await book(['D08'], '2026-03-04', '2026-03-06');
    await refused(b.id, { startDate: '2026-02-27' }, 'BAD_USER_INPUT');
    ok(await update({ id: b.id, startDate: '2026-02-27' }, t.operatorToken));
  });

  it('changes desks of a booking under way from today on, keeping the past days where they were', async () => {
    const contract = studio.contract;
    const under = await makeBooking(t.dataSource, { studioId: studio.studioId, contractId: contract.id, deskCodes: ['D09'], startDate: '2026-02-23', endDate: '2026-03-06' });
    ok(await update({ id: under.id, deskIds: [desk.D10] }));
    expect(await rows(under.id)).toEqual([
      { code: 'D09', days: '[2026-02-23,2026-03-02)' },
      { code: 'D10', days: '[2026-03-02,2026-03-07)' },
    ]);
    await refused(under.id, { startDate: '2026-03-03' }, 'BAD_USER_INPUT');
  });

  it('INVALID_STATE for a cancelled booking or an expired option', async () => {
    const cancelled = await book(['A10'], '2026-07-06', '2026-07-10');
    ok(await t.gql(OPS.cancelBooking, { id: cancelled.id }, studio.token));
    await refused(cancelled.id, { endDate: '2026-07-17' }, 'INVALID_STATE');
    const opt = await book(['A09'], '2026-07-06', '2026-07-10', studio, true);
    t.clock.travelTo(new Date(startOfTestDay().getTime() + 73 * 3_600_000));
    try {
      const res = await update({ id: opt.id, endDate: '2026-07-17' });
      expect(errorCode(res)).toBe('INVALID_STATE');
    } finally {
      t.clock.travelTo(startOfTestDay());
    }
  });

  it("NOT_FOUND for another studio's booking", async () => {
    const theirs = await book(['A08'], '2026-07-06', '2026-07-10', rival);
    await refused(theirs.id, { endDate: '2026-07-17' }, 'NOT_FOUND');
  });
});
