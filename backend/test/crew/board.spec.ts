import { createTestApp, errorCode, TestApp } from '../harness.js';
import { makeWorld, OPS, parisTime } from './crew-world.js';
import { CheckOutByIdBoardDocument, DailyBoardBoardDocument, OccupancyBoardDocument } from '../documents.js';

interface Entry {
  status: string;
  desk: { code: string };
  crewMember: { fullName: string } | null;
  studio: { name: string } | null;
}

describe('the daily board and occupancy', () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof makeWorld>>;
  const codes: Record<string, string> = {};
  const board = async (date: string) => {
    const res = await t.gql(OPS.dailyBoard, { date }, t.operatorToken);
    expect(res.errors).toBeUndefined();
    return Object.fromEntries((res.data.dailyBoard as Entry[]).map((e) => [e.desk.code, e])) as Record<string, Entry>;
  };

  beforeAll(async () => {
    t = await createTestApp();
    w = await makeWorld(t);
    // Mon 4 – Fri 8 October 2027: five desks booked, four staffed, one kit down.
    const booking = await w.book(['D06', 'D07', 'D08', 'D09', 'D10'], '2027-10-04', '2027-10-08');
    for (const [desk, name] of [['D06', 'Alice Dumont'], ['D07', 'Bruno Leroy'], ['D08', 'Céline Morel'], ['D09', 'David Fournier']]) {
      const member = await w.addCrew(name, 'Animation');
      const res = await w.assign({ bookingId: booking.id, crewMemberId: member.id, deskCode: desk, startDate: '2027-10-04', endDate: '2027-10-08' });
      codes[desk] = res.data.assignCrew.accessPass!.code!;
    }
    t.clock.travelTo(parisTime('2027-10-05', '09:00:00'));
    await t.gql(OPS.checkIn, { code: codes.D07 }, t.operatorToken);
    t.clock.travelTo(parisTime('2027-10-06', '09:05:00'));
    await t.gql(OPS.checkIn, { code: codes.D07 }, t.operatorToken);
    await t.gql(OPS.checkIn, { code: codes.D08 }, t.operatorToken);
    t.clock.travelTo(parisTime('2027-10-06', '09:40:00'));
    await t.gql(OPS.checkOut, { code: codes.D08 }, t.operatorToken);
    await t.dataSource.query(`UPDATE kit SET status = 'MAINTENANCE' WHERE desk_id = $1`, [w.desks.D09]);
  });
  afterAll(() => t.close());

  it('shows every desk, by code, with who is expected, present, gone, and the desks under maintenance', async () => {
    t.clock.travelTo(parisTime('2027-10-06', '10:00:00'));
    const res = await t.gql(OPS.dailyBoard, { date: '2027-10-06' }, t.operatorToken);
    expect(res.data.dailyBoard).toHaveLength(40);
    expect(res.data.dailyBoard[0].desk.code).toBe('A01');
    const b = await board('2027-10-06');
    const name = w.studio.name;
    expect(b.D06).toEqual({ status: 'EXPECTED', desk: { code: 'D06' }, crewMember: { fullName: 'Alice Dumont' }, studio: { name } });
    expect(b.D07).toEqual({ status: 'PRESENT', desk: { code: 'D07' }, crewMember: { fullName: 'Bruno Leroy' }, studio: { name } });
    expect(b.D08).toEqual({ status: 'LEFT', desk: { code: 'D08' }, crewMember: { fullName: 'Céline Morel' }, studio: { name } });
    // The person stays shown under maintenance: the operator has someone to move.
    expect(b.D09).toEqual({ status: 'MAINTENANCE', desk: { code: 'D09' }, crewMember: { fullName: 'David Fournier' }, studio: { name } });
    // Booked, nobody assigned: free to sit at, but the studio holding it is shown.
    expect(b.D10).toEqual({ status: 'FREE', desk: { code: 'D10' }, crewMember: null, studio: { name } });
    expect(b.A01).toEqual({ status: 'FREE', desk: { code: 'A01' }, crewMember: null, studio: null });
  });

  it('turns the expected into NO_SHOW after the cutoff (12:00 Paris), and on past days', async () => {
    t.clock.travelTo(parisTime('2027-10-06', '12:00:01'));
    expect((await board('2027-10-06')).D06.status).toBe('NO_SHOW');
    const yesterday = await board('2027-10-05');
    expect([yesterday.D06.status, yesterday.D07.status, yesterday.D08.status]).toEqual(['NO_SHOW', 'LEFT', 'NO_SHOW']);
    // Past days show what happened, not today's kit.
    expect(yesterday.D09.status).toBe('NO_SHOW');
    const tomorrow = await board('2027-10-07');
    expect([tomorrow.D06.status, tomorrow.D07.status, tomorrow.D09.status]).toEqual(['EXPECTED', 'EXPECTED', 'MAINTENANCE']);
  });

  it('expects nobody on a closed day', async () => {
    const saturday = await board('2027-10-09');
    expect(Object.values(saturday).every((e) => e.status === 'FREE' || e.status === 'MAINTENANCE')).toBe(true);
  });

  it('is for the operator', async () => {
    expect(errorCode(await t.gql(OPS.dailyBoard, { date: '2027-10-06' }, w.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(OPS.dailyBoard, { date: '06/10/2027' }, t.operatorToken))).toBe('BAD_USER_INPUT');
  });

  it('sets booked desk-days against checked-in desk-days per studio and month', async () => {
    t.clock.travelTo(parisTime('2027-10-06', '18:00:00'));
    const res = await t.gql(OccupancyBoardDocument, { m: '2027-10' }, w.token);
    // 5 desks × 5 open days booked; 4 × 5 assigned; came: D07 on 5 and 6, D08 on 6; no-shows on the 4th and 5th: D06 ×2, D07 ×1, D08 ×2, D09 ×2.
    expect(res.data.occupancy).toEqual([
      { month: '2027-10', studio: { id: w.studio.id }, bookedDeskDays: 25, assignedDeskDays: 20, checkedInDeskDays: 3, noShowDeskDays: 7, rate: 0.12 },
    ]);
    expect((await t.gql(OccupancyBoardDocument, { m: '2027-10', s: w.studio.id }, t.operatorToken)).data.occupancy).toHaveLength(1);
    expect((await t.gql(OccupancyBoardDocument, { m: '2027-11' }, w.token)).data.occupancy).toEqual([]);
    expect(errorCode(await t.gql(OccupancyBoardDocument, { m: '2027-13' }, w.token))).toBe('BAD_USER_INPUT');
  });

  it('lets the operator check someone out from the board, without their code', async () => {
    t.clock.travelTo(parisTime('2027-10-06', '17:45:00'));
    const entry = (await t.gql(DailyBoardBoardDocument, { date: '2027-10-06' }, t.operatorToken)).data.dailyBoard.find((e) => e.desk.code === 'D07');
    expect(entry!.status).toBe('PRESENT');
    expect(errorCode(await t.gql(CheckOutByIdBoardDocument, { id: entry!.checkIn!.id }, w.token))).toBe('FORBIDDEN');
    const res = await t.gql(CheckOutByIdBoardDocument, { id: entry!.checkIn!.id }, t.operatorToken);
    expect(Math.abs(new Date(res.data.checkOutById.checkedOutAt!).getTime() - parisTime('2027-10-06', '17:45:00').getTime())).toBeLessThan(5000);
    expect((await board('2027-10-06')).D07.status).toBe('LEFT');
    expect(errorCode(await t.gql(CheckOutByIdBoardDocument, { id: entry!.checkIn!.id }, t.operatorToken))).toBe('INVALID_STATE');
  });
});
