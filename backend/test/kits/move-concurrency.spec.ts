import { deskIds, makeTenant, ok, OPS, overlappingLiveRows, startOfTestDay, Tenant } from '../booking/booking-world.js';
import { createTestApp, errorCode, GqlResult, TestApp } from '../harness.js';
import { siteMap } from './kits-world.js';
import { BookDesksMutation, MoveDocument, MoveMutation } from '../documents.js';

/*
 * Moving a booking off a broken desk while other studios book the desk it moves to, all at
 * once: every request wants the same desk-days of the target desk, so exactly one may win,
 * the others are told DESK_UNAVAILABLE, and booking_desk never holds a desk-day twice.
 * Today is Monday 2 March 2026.
 */
describe('a kit move under concurrent bookings', () => {
  let t: TestApp;
  let desk: Record<string, string>;
  let site: Awaited<ReturnType<typeof siteMap>>;
  let mover: Tenant;
  let rivals: Tenant[];
  const RIVALS = 6;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.travelTo(startOfTestDay());
    desk = await deskIds(t);
    site = await siteMap(t);
    mover = await makeTenant(t);
    rivals = [];
    for (let i = 0; i < RIVALS; i++) rivals.push(await makeTenant(t));
  });
  afterAll(() => t.close());

  const rowsOf = (bookingId: string): Promise<Array<{ code: string; days: string }>> =>
    t.dataSource.query(`SELECT d.code, bd.days::text AS days FROM booking_desk bd JOIN desk d ON d.id = bd.desk_id WHERE bd.booking_id = $1 AND bd.live ORDER BY lower(bd.days)`, [bookingId]);

  // The move is sent first, among, or after the bookings: whichever wins, the rule holds.
  it.each([
    ['C03', 'C04', 0],
    ['C05', 'C06', 2],
    ['D03', 'D04', 4],
    ['D05', 'D06', RIVALS],
  ])('moving %s → %s sent as request %i: one winner, the losers DESK_UNAVAILABLE, no desk-day held twice', async (fromCode, toCode, moveAt) => {
    const booking = ok(
      await t.gql(OPS.bookDesks, { input: { studioId: mover.studioId, productionName: 'Déménagement', startDate: '2026-03-02', endDate: '2026-03-13', deskIds: [desk[fromCode]] } }, mover.token),
    ).bookDesks;
    const ticket = await site.openTicket((await site.kitOn(fromCode))!.id, 'BLOCKING', `Panne ${fromCode}`);
    expect(ticket.errors).toBeUndefined();

    // Each rival wants 9–10 March on the target desk: every request shares those days with every other.
    const send = (i: number): Promise<GqlResult<MoveMutation | BookDesksMutation>> => {
      if (i === moveAt) return t.gql(MoveDocument, { bookingId: booking.id, from: desk[fromCode], to: desk[toCode] }, t.operatorToken);
      const rival = rivals[i < moveAt ? i : i - 1];
      const input = { studioId: rival.studioId, productionName: 'Rush', startDate: '2026-03-09', endDate: '2026-03-10', deskIds: [desk[toCode]] };
      return t.gql(OPS.bookDesks, { input }, rival.token);
    };
    const results = await Promise.all(Array.from({ length: RIVALS + 1 }, (_, i) => send(i)));
    const move = results[moveAt];
    const bookings = results.filter((_, i) => i !== moveAt);

    const winners = [move, ...bookings].filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect([move, ...bookings].filter((r) => r.errors).map(errorCode)).toEqual(Array(RIVALS).fill('DESK_UNAVAILABLE'));
    expect(await overlappingLiveRows(t)).toEqual([]);
    if (move.errors) {
      // The move lost: the booking stays on its desk, whole.
      expect(await rowsOf(booking.id)).toEqual([{ code: fromCode, days: '[2026-03-02,2026-03-14)' }]);
    } else {
      expect((move as GqlResult<MoveMutation>).data.moveBookingDesk).toEqual({ bookingId: booking.id, from: '2026-03-02', to: '2026-03-13', toDesk: { code: toCode } });
      expect(await rowsOf(booking.id)).toEqual([{ code: toCode, days: '[2026-03-02,2026-03-14)' }]);
    }
    const onTarget: Array<{ n: number }> = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM booking_desk WHERE live AND desk_id = $1 AND days && daterange('2026-03-09', '2026-03-10', '[]')`,
      [desk[toCode]],
    );
    expect(onTarget[0].n).toBe(1);
  });

  it('refuses with DESK_UNAVAILABLE a move onto a desk a booking committed just before took, and moves nothing', async () => {
    const booking = ok(
      await t.gql(OPS.bookDesks, { input: { studioId: mover.studioId, productionName: 'Déménagement', startDate: '2026-03-02', endDate: '2026-03-06', deskIds: [desk.B07] } }, mover.token),
    ).bookDesks;
    await site.openTicket((await site.kitOn('B07'))!.id, 'BLOCKING', 'Panne B07');
    ok(await t.gql(OPS.bookDesks, { input: { studioId: rivals[0].studioId, productionName: 'Rush', startDate: '2026-03-06', endDate: '2026-03-06', deskIds: [desk.B08] } }, rivals[0].token));
    const res = await t.gql(MoveDocument, { bookingId: booking.id, from: desk.B07, to: desk.B08 }, t.operatorToken);
    expect(errorCode(res)).toBe('DESK_UNAVAILABLE');
    expect(res.errors![0].extensions).toMatchObject({ reason: 'TAKEN', deskCodes: ['B08'] });
    expect(await rowsOf(booking.id)).toEqual([{ code: 'B07', days: '[2026-03-02,2026-03-07)' }]);
  });
});
