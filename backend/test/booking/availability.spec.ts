import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { BookingStatus } from '../../src/modules/booking/booking.entity.js';
import { makeBooking } from '../../../seeds/factories/index.js';
import { createTestApp, errorCode, TestApp } from '../harness.js';
import { deskIds, makeTenant, ok, OPS, startOfTestDay, Tenant } from './booking-world.js';

describe('availability, free desks and the desk calendar', () => {
  let t: TestApp;
  let desk: Record<string, string>;
  let mine: Tenant;
  let theirs: Tenant;
  let myBookingId: string;
  let theirBookingId: string;
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.travelTo(startOfTestDay());
    desk = await deskIds(t);
    mine = await makeTenant(t);
    theirs = await makeTenant(t);
    myBookingId = (await makeBooking(t.dataSource, { studioId: mine.studioId, contractId: mine.contract.id, deskCodes: ['A01', 'A02'], startDate: '2026-05-04', endDate: '2026-05-08', productionName: 'Mes Petits Monstres' })).id;
    theirBookingId = (await makeBooking(t.dataSource, { studioId: theirs.studioId, contractId: theirs.contract.id, deskCodes: ['A03'], startDate: '2026-05-06', endDate: '2026-05-12', status: BookingStatus.OPTION, productionName: 'Projet secret' })).id;
    await makeBooking(t.dataSource, { studioId: theirs.studioId, contractId: theirs.contract.id, deskCodes: ['A04'], startDate: '2026-05-04', endDate: '2026-05-08', status: BookingStatus.CANCELLED });
    await t.dataSource.query(`UPDATE kit SET status = 'MAINTENANCE' WHERE desk_id = $1`, [desk.D10]);
  });
  afterAll(() => t.close());

  it('counts per day: open or not (weekends, 8 May), booked desks, bookable free desks', async () => {
    const days = ok(await t.gql(OPS.availability, { from: '2026-05-06', to: '2026-05-11' }, mine.token)).availability;
    expect(days).toEqual([
      { date: '2026-05-06', open: true, freeDesks: 36, bookedDesks: 3 },
      { date: '2026-05-07', open: true, freeDesks: 36, bookedDesks: 3 },
      { date: '2026-05-08', open: false, freeDesks: 36, bookedDesks: 3 },
      { date: '2026-05-09', open: false, freeDesks: 38, bookedDesks: 1 },
      { date: '2026-05-10', open: false, freeDesks: 38, bookedDesks: 1 },
      { date: '2026-05-11', open: true, freeDesks: 38, bookedDesks: 1 },
    ]);
  });

  it('lists the desks free on every day of a range, without out-of-service ones', async () => {
    const free = ok(await t.gql(OPS.freeDesks, { from: '2026-05-08', to: '2026-05-11' }, mine.token)).freeDesks.map((d: { code: string }) => d.code);
    // 40 desks less A01–A03 (held on 8 May) and D10 (kit in maintenance).
    expect(free).toHaveLength(36);
    expect(free).not.toContain('A01');
    expect(free).not.toContain('A02');
    expect(free).not.toContain('A03');
    expect(free).not.toContain('D10');
    expect(free).toContain('A04');
    expect(free[0]).toBe('A04');
  });

  it("shows a manager its own blocks in full and other studios' blocks anonymously", async () => {
    const rows = ok(await t.gql(OPS.deskCalendar, { from: '2026-05-01', to: '2026-05-31' }, mine.token)).deskCalendar;
    expect(rows).toHaveLength(40);
    const row = (code: string) => rows.find((r) => r.desk.code === code)!;
    expect(row('A01').blocks).toEqual([
      { startDate: '2026-05-04', endDate: '2026-05-08', status: 'CONFIRMED', mine: true, booking: { id: myBookingId, reference: expect.any(String), productionName: 'Mes Petits Monstres', studio: { id: mine.studioId, name: mine.studioName } } },
    ]);
    expect(row('A03').blocks).toEqual([{ startDate: '2026-05-06', endDate: '2026-05-12', status: 'OPTION', mine: false, booking: null }]);
    expect(row('A04').blocks).toEqual([]);
    expect(row('D10').desk.bookable).toBe(false);
    expect(JSON.stringify(rows)).not.toContain('Projet secret');
    expect(JSON.stringify(rows)).not.toContain(theirs.studioId);
  });

  it('shows the operator every booking', async () => {
    const rows = ok(await t.gql(OPS.deskCalendar, { from: '2026-05-01', to: '2026-05-31' }, t.operatorToken)).deskCalendar;
    const a03 = rows.find((r) => r.desk.code === 'A03')!;
    expect(a03.blocks[0]).toMatchObject({ mine: false, booking: { id: theirBookingId, productionName: 'Projet secret', studio: { id: theirs.studioId } } });
  });

  it('refuses reversed ranges and ranges over 366 days (BAD_USER_INPUT)', async () => {
    const ranged: Array<TypedDocumentNode<unknown, { from: string; to: string }>> = [OPS.availability, OPS.freeDesks, OPS.deskCalendar];
    for (const op of ranged) {
      expect(errorCode(await t.gql(op, { from: '2026-05-11', to: '2026-05-10' }, mine.token))).toBe('BAD_USER_INPUT');
      expect(errorCode(await t.gql(op, { from: '2026-01-01', to: '2027-01-02' }, mine.token))).toBe('BAD_USER_INPUT');
    }
    expect(ok(await t.gql(OPS.availability, { from: '2026-01-01', to: '2027-01-01' }, mine.token)).availability).toHaveLength(366);
  });

  it('needs a signed-in user', async () => {
    expect(errorCode(await t.gql(OPS.availability, { from: '2026-05-11', to: '2026-05-12' }))).toBe('UNAUTHENTICATED');
  });
});
