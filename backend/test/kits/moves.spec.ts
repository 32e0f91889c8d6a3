import { makeBooking } from '../../../seeds/factories/index.js';
import { BookingStatus } from '../../src/modules/booking/booking.entity.js';
import { makeWorld, OPS as CREW_OPS, parisTime } from '../crew/crew-world.js';
import { createTestApp, errorCode, TestApp } from '../harness.js';
import { siteMap } from './kits-world.js';
import { MoveMovesDocument, MovesNeededMovesDocument, SwapKitMovesDocument } from '../documents.js';

interface Need {
  bookingId: string;
  bookingReference: string;
  from: string;
  to: string;
  desk: { code: string };
  crew: Array<{ fullName: string; from: string; to: string }>;
  suggestedDesk: { id: string; code: string } | null;
}

/*
 * Bookings and crew on desks out of service: listed for the operator, and moved (from today
 * on) to a free desk in one action. "Today" is Wednesday 16 June 2027 throughout.
 */
describe('bookings that need a move off an out-of-service desk', () => {
  let t: TestApp;
  let site: Awaited<ReturnType<typeof siteMap>>;
  let w: Awaited<ReturnType<typeof makeWorld>>;
  const today = '2027-06-16';
  const needs = async (): Promise<Need[]> => {
    const res = await t.gql(MovesNeededMovesDocument, {}, t.operatorToken);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.movesNeeded;
  };
  const breakKit = async (code: string) => {
    const res = await site.openTicket((await site.kitOn(code))!.id, 'BLOCKING', `Panne ${code}`);
    return res.data.openMaintenanceTicket.id as string;
  };
  const rows = (bookingId: string) =>
    t.dataSource.query(`SELECT d.code, bd.days FROM booking_desk bd JOIN desk d ON d.id = bd.desk_id WHERE bd.booking_id = $1 ORDER BY lower(bd.days), d.code`, [bookingId]);

  beforeAll(async () => {
    t = await createTestApp();
    site = await siteMap(t);
    w = await makeWorld(t);
  });
  beforeEach(() => t.clock.travelTo(parisTime(today, '09:00:00')));
  afterAll(() => t.close());

  it('lists live bookings from today on at desks whose kit is down, with their crew and a free desk nearby; not past, cancelled or expired ones', async () => {
    const live = await w.book(['D02'], '2027-06-10', '2027-06-25');
    const member = await w.addCrew('Inès Garnier');
    const assigned = await w.assign({ bookingId: live.id, crewMemberId: member.id, deskCode: 'D02', startDate: '2027-06-14', endDate: '2027-06-18' }, t.operatorToken);
    expect(assigned.errors).toBeUndefined();
    const option = await makeBooking(t.dataSource, {
      studioId: w.studio.id, contractId: w.contract.id, deskCodes: ['D02'], startDate: '2027-07-01', endDate: '2027-07-02',
      status: BookingStatus.OPTION, optionExpiresAt: parisTime('2027-06-18', '09:00:00'),
    });
    // An option past its expiry no longer holds the desk, even before the sweep.
    await makeBooking(t.dataSource, {
      studioId: w.studio.id, contractId: w.contract.id, deskCodes: ['D02'], startDate: '2027-07-08', endDate: '2027-07-09',
      status: BookingStatus.OPTION, optionExpiresAt: parisTime('2027-06-15', '09:00:00'),
    });
    await w.book(['D02'], '2027-06-01', '2027-06-09'); // over before today
    await w.book(['D02'], '2027-07-05', '2027-07-06', BookingStatus.CANCELLED);
    await w.book(['D03'], '2027-06-20', '2027-06-21'); // healthy desk
    expect(await needs()).toEqual([]);

    await breakKit('D02');
    const list = await needs();
    expect(list.map((n) => n.bookingReference)).toEqual([live.reference, option.reference]);
    expect(list[0]).toMatchObject({
      bookingId: live.id,
      productionName: live.productionName,
      bookingStatus: 'CONFIRMED',
      from: today,
      to: '2027-06-25',
      desk: { code: 'D02', bookable: false },
      kit: { status: 'MAINTENANCE' },
      studio: { id: w.studio.id },
      crew: [{ crewMemberId: member.id, fullName: 'Inès Garnier', from: today, to: '2027-06-18' }],
    });
    expect(list[1]).toMatchObject({ bookingStatus: 'OPTION', from: '2027-07-01', to: '2027-07-02', crew: [] });
    // Same zone, nearest, free on every day to move, and not D03 (booked on 20–21 June).
    expect(list[0].suggestedDesk?.code).toMatch(/^D/);
    expect(['D02', 'D03']).not.toContain(list[0].suggestedDesk?.code);
  });

  it('moves the rest of the booking, and its crew, to the suggested desk: past days stay, the pass keeps working', async () => {
    const booking = await w.book(['D06'], '2027-06-14', '2027-06-22');
    const member = await w.addCrew('Noé Lambert');
    const assigned = await w.assign({ bookingId: booking.id, crewMemberId: member.id, deskCode: 'D06', startDate: '2027-06-14', endDate: '2027-06-22' }, t.operatorToken);
    const code = assigned.data.assignCrew.accessPass!.code!;
    await breakKit('D06');
    expect((await t.gql(CREW_OPS.verifyAccess, { code }, t.operatorToken)).data.verifyAccess.reason).toBe('KIT_UNAVAILABLE');

    const need = (await needs()).find((n) => n.bookingId === booking.id)!;
    const target = need.suggestedDesk!;
    const res = await t.gql(MoveMovesDocument, { bookingId: booking.id, from: site.deskId.D06, to: target.id }, t.operatorToken);
    expect(res.errors).toBeUndefined();
    expect(res.data.moveBookingDesk).toEqual({ bookingId: booking.id, bookingReference: booking.reference, from: today, to: '2027-06-22', crewMoved: 1, fromDesk: { code: 'D06' }, toDesk: { code: target.code } });
    expect(await rows(booking.id)).toEqual([
      { code: 'D06', days: '[2027-06-14,2027-06-16)' },
      { code: target.code, days: '[2027-06-16,2027-06-23)' },
    ]);
    expect((await needs()).some((n) => n.bookingId === booking.id)).toBe(false);

    // The crew member's same code now opens the new desk, and check-in works.
    expect((await t.gql(CREW_OPS.verifyAccess, { code }, t.operatorToken)).data.verifyAccess).toMatchObject({ allowed: true, desk: { code: target.code } });
    const checkIn = await t.gql(CREW_OPS.checkIn, { code }, t.operatorToken);
    expect(checkIn.data.checkIn.desk).toEqual({ code: target.code });
    const assignments = await t.dataSource.query(
      `SELECT d.code, a.days, a.live FROM crew_assignment a JOIN desk d ON d.id = a.desk_id WHERE a.crew_member_id = $1 ORDER BY lower(a.days)`,
      [member.id],
    );
    expect(assignments).toEqual([
      { code: 'D06', days: '[2027-06-14,2027-06-16)', live: true },
      { code: target.code, days: '[2027-06-16,2027-06-23)', live: true },
    ]);
  });

  it('moves a booking that starts later whole, without splitting it', async () => {
    const booking = await w.book(['C08'], '2027-06-21', '2027-06-23');
    await breakKit('C08');
    const res = await t.gql(MoveMovesDocument, { bookingId: booking.id, from: site.deskId.C08, to: site.deskId.C09 }, t.operatorToken);
    expect(res.data.moveBookingDesk).toMatchObject({ from: '2027-06-21', to: '2027-06-23', crewMoved: 0, toDesk: { code: 'C09' } });
    expect(await rows(booking.id)).toEqual([{ code: 'C09', days: '[2027-06-21,2027-06-24)' }]);
  });

  it('refuses a desk that is taken (DESK_UNAVAILABLE, from the exclusion constraint) or out of service, and changes nothing', async () => {
    const booking = await w.book(['C03'], '2027-06-14', '2027-06-25');
    await w.book(['C04'], '2027-06-24', '2027-06-28'); // C04 taken on the last two days
    await breakKit('C03');
    await breakKit('C05');
    const before = await rows(booking.id);
    const taken = await t.gql(MoveMovesDocument, { bookingId: booking.id, from: site.deskId.C03, to: site.deskId.C04 }, t.operatorToken);
    expect(errorCode(taken)).toBe('DESK_UNAVAILABLE');
    const broken = await t.gql(MoveMovesDocument, { bookingId: booking.id, from: site.deskId.C03, to: site.deskId.C05 }, t.operatorToken);
    expect(errorCode(broken)).toBe('DESK_UNAVAILABLE');
    expect(await rows(booking.id)).toEqual(before);
  });

  it('refuses bad requests: same desk, a desk the booking is not on, a cancelled booking, unknown ids', async () => {
    const booking = await w.book(['B01'], '2027-06-14', '2027-06-18');
    const cancelled = await w.book(['B02'], '2027-06-14', '2027-06-18', BookingStatus.CANCELLED);
    const ended = await w.book(['B03'], '2027-06-01', '2027-06-10');
    const move = (bookingId: string, from: string, to: string) => t.gql(MoveMovesDocument, { bookingId, from, to }, t.operatorToken);
    expect(errorCode(await move(booking.id, site.deskId.B01, site.deskId.B01))).toBe('BAD_USER_INPUT');
    expect(errorCode(await move(booking.id, site.deskId.B04, site.deskId.B05))).toBe('BAD_USER_INPUT');
    expect(errorCode(await move(ended.id, site.deskId.B03, site.deskId.B05))).toBe('BAD_USER_INPUT');
    expect(errorCode(await move(cancelled.id, site.deskId.B02, site.deskId.B05))).toBe('INVALID_STATE');
    expect(errorCode(await move('00000000-0000-4000-8000-000000000000', site.deskId.B01, site.deskId.B05))).toBe('NOT_FOUND');
    expect(errorCode(await move(booking.id, site.deskId.B01, '00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
    expect(errorCode(await move('BK-2027-00001', site.deskId.B01, site.deskId.B05))).toBe('BAD_USER_INPUT');
    expect(await rows(booking.id)).toEqual([{ code: 'B01', days: '[2027-06-14,2027-06-19)' }]);
    const manager = await t.gql(MoveMovesDocument, { bookingId: booking.id, from: site.deskId.B01, to: site.deskId.B05 }, w.token);
    expect(errorCode(manager)).toBe('FORBIDDEN');
  });

  it('a swap ends the need: the desk is bookable again and the booking stays where it is', async () => {
    const booking = await w.book(['A02'], '2027-06-15', '2027-06-30');
    await breakKit('A02');
    expect((await needs()).some((n) => n.bookingId === booking.id)).toBe(true);
    const spare = await site.newSpare();
    await t.gql(SwapKitMovesDocument, { d: site.deskId.A02, k: spare.id }, t.operatorToken);
    expect((await needs()).some((n) => n.bookingId === booking.id)).toBe(false);
    expect(await rows(booking.id)).toEqual([{ code: 'A02', days: '[2027-06-15,2027-07-01)' }]);
  });

  it('never offers one desk to two bookings that share a day, and refuses the second move onto it', async () => {
    // A06 and A08 break; A07 lies nearest to both, and both bookings hold 23–25 June.
    const first = await w.book(['A06'], '2027-06-21', '2027-06-25');
    const second = await w.book(['A08'], '2027-06-23', '2027-06-28');
    await breakKit('A06');
    await breakKit('A08');
    const list = await needs();
    const offered = [first, second].map((b) => list.find((n) => n.bookingId === b.id)!.suggestedDesk!.code);
    expect(offered).toEqual(['A07', 'A09']);
    // Sent to the same desk anyway, the second move is refused.
    expect((await t.gql(MoveMovesDocument, { bookingId: first.id, from: site.deskId.A06, to: site.deskId.A07 }, t.operatorToken)).errors).toBeUndefined();
    expect(errorCode(await t.gql(MoveMovesDocument, { bookingId: second.id, from: site.deskId.A08, to: site.deskId.A07 }, t.operatorToken))).toBe('DESK_UNAVAILABLE');
    expect(await rows(second.id)).toEqual([{ code: 'A08', days: '[2027-06-23,2027-06-29)' }]);
  });
});

