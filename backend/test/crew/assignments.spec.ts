import { BookingStatus } from '../../src/modules/booking/booking.entity.js';
import { BookingHooks } from '../../src/modules/booking/booking.hooks.js';
import { BookingEntity } from '../../src/modules/booking/booking.entity.js';
import { createTestApp, errorCode, TestApp } from '../harness.js';
import { count, makeWorld, OPS, parisTime } from './crew-world.js';
import { AssignmentAssignmentsDocument, AssignmentsDocument, StaffableBookingsAssignments2Document, StaffableBookingsAssignmentsDocument, UnassignCrewAssignments2Document, UnassignCrewAssignmentsDocument } from '../documents.js';

describe('assigning crew to desks', () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof makeWorld>>;
  const verify = (code: string) => t.gql(OPS.verifyAccess, { code }, t.operatorToken);
  const tables = async () => ({ assignments: await count(t, 'crew_assignment'), passes: await count(t, 'access_pass'), mails: await count(t, 'outbox_message') });

  beforeAll(async () => {
    t = await createTestApp();
    w = await makeWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  it('puts a crew member on a desk of a confirmed booking, with a pass, through the contract operation', async () => {
    const booking = await w.book(['C01', 'C02'], '2027-04-05', '2027-04-16');
    const member = await w.addCrew('Nina Rousseau', 'Compositing');
    const res = await w.assign({ bookingId: booking.id, crewMemberId: member.id, deskCode: 'C02', startDate: '2027-04-07', endDate: '2027-04-09' });
    expect(res.errors).toBeUndefined();
    expect(res.data.assignCrew).toMatchObject({
      startDate: '2027-04-07',
      endDate: '2027-04-09',
      desk: { code: 'C02' },
      crewMember: { id: member.id },
      accessPass: { code: expect.any(String), revoked: false },
    });
    const list = await t.gql(AssignmentsDocument, { b: booking.id }, w.token);
    expect(list.data.assignments).toEqual([
      { id: res.data.assignCrew.id, desk: { code: 'C02' }, crewMember: { fullName: 'Nina Rousseau' }, bookingReference: booking.reference, productionName: booking.productionName },
    ]);
  });

  describe('refuses, and writes nothing', () => {
    let booking: BookingEntity;
    let member: { id: string };
    beforeAll(async () => {
      booking = await w.book(['C03'], '2027-04-05', '2027-04-09');
      member = await w.addCrew('Paul Girard', 'Layout');
    });

    it.each([
      ['dates outside the booking', { startDate: '2027-04-02', endDate: '2027-04-06' }, 'BAD_USER_INPUT', 'startDate'],
      ['a last day after the booking', { startDate: '2027-04-08', endDate: '2027-04-12' }, 'BAD_USER_INPUT', 'endDate'],
      ['a last day before the first', { startDate: '2027-04-08', endDate: '2027-04-07' }, 'BAD_USER_INPUT', 'endDate'],
      ['a desk the booking does not have', { deskCode: 'C04' }, 'BAD_USER_INPUT', 'deskId'],
      ['a malformed date', { startDate: '2027-04-31' }, 'BAD_USER_INPUT', undefined],
    ])('%s', async (_what, change, code, field) => {
      const before = await tables();
      const res = await w.assign({ bookingId: booking.id, crewMemberId: member.id, deskCode: 'C03', startDate: '2027-04-06', endDate: '2027-04-07', ...change });
      expect(errorCode(res)).toBe(code);
      if (field) expect(res.errors![0].extensions.field).toBe(field);
      expect(await tables()).toEqual(before);
    });

    it('a booking that is only an option (INVALID_STATE)', async () => {
      const option = await w.book(['C05'], '2027-04-05', '2027-04-09', BookingStatus.OPTION);
      const before = await tables();
      const res = await w.assign({ bookingId: option.id, crewMemberId: member.id, deskCode: 'C05', startDate: '2027-04-06', endDate: '2027-04-07' });
      expect(errorCode(res)).toBe('INVALID_STATE');
      expect(await tables()).toEqual(before);
    });

    it("someone from another studio's crew, even for the operator", async () => {
      const other = await makeWorld(t);
      const stranger = await other.addCrew('Zoé Perrin');
      const res = await w.assign({ bookingId: booking.id, crewMemberId: stranger.id, deskCode: 'C03', startDate: '2027-04-06', endDate: '2027-04-07' }, t.operatorToken);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions.field).toBe('crewMemberId');
    });

    it('days already past, for a manager', async () => {
      const past = await w.book(['C06'], '2026-01-05', '2026-01-09');
      const res = await w.assign({ bookingId: past.id, crewMemberId: member.id, deskCode: 'C06', startDate: '2026-01-05', endDate: '2026-01-06' });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions.field).toBe('startDate');
    });
  });

  it('never puts two people on one desk the same day (DESK_UNAVAILABLE)', async () => {
    const booking = await w.book(['C07'], '2027-04-05', '2027-04-16');
    const [a, b] = [await w.addCrew('Jules Faure', 'Rigging'), await w.addCrew('Emma Blanc', 'Storyboard')];
    expect((await w.assign({ bookingId: booking.id, crewMemberId: a.id, deskCode: 'C07', startDate: '2027-04-05', endDate: '2027-04-08' })).errors).toBeUndefined();
    const before = await tables();
    const res = await w.assign({ bookingId: booking.id, crewMemberId: b.id, deskCode: 'C07', startDate: '2027-04-08', endDate: '2027-04-12' });
    expect(errorCode(res)).toBe('DESK_UNAVAILABLE');
    expect(res.errors![0].extensions).toMatchObject({ deskCode: 'C07', conflictFrom: '2027-04-05', conflictTo: '2027-04-08' });
    expect(await tables()).toEqual(before);
    // The next day is free: the desk is shared over time.
    expect((await w.assign({ bookingId: booking.id, crewMemberId: b.id, deskCode: 'C07', startDate: '2027-04-09', endDate: '2027-04-12' })).errors).toBeUndefined();
  });

  it('never gives one person two desks the same day (BAD_USER_INPUT on crewMemberId)', async () => {
    const booking = await w.book(['C08', 'C09'], '2027-04-05', '2027-04-16');
    const person = await w.addCrew('Lucas Bonnet', 'Animateur 3D');
    expect((await w.assign({ bookingId: booking.id, crewMemberId: person.id, deskCode: 'C08', startDate: '2027-04-05', endDate: '2027-04-07' })).errors).toBeUndefined();
    const res = await w.assign({ bookingId: booking.id, crewMemberId: person.id, deskCode: 'C09', startDate: '2027-04-07', endDate: '2027-04-09' });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions).toMatchObject({ field: 'crewMemberId', reason: 'CREW_MEMBER_BUSY' });
  });

  it('is enforced by the database itself, and under concurrency exactly one of racing assignments wins', async () => {
    const booking = await w.book(['C10'], '2027-04-05', '2027-04-16');
    const people = await Promise.all(['Arthur Roux', 'Chloé Fontaine', 'Louis Mercier', 'Manon Lambert'].map((n) => w.addCrew(n)));
    const results = await Promise.all(people.map((p) => w.assign({ bookingId: booking.id, crewMemberId: p.id, deskCode: 'C10', startDate: '2027-04-06', endDate: '2027-04-06' })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(new Set(results.filter((r) => r.errors).map(errorCode))).toEqual(new Set(['DESK_UNAVAILABLE']));
    // Straight SQL, bypassing every check of the service: both exclusion constraints refuse.
    const [live] = await t.dataSource.query(`SELECT * FROM crew_assignment WHERE booking_id = $1 AND live`, [booking.id]);
    const insert = (crewMemberId: string, deskId: string) =>
      t.dataSource.query(
        `INSERT INTO crew_assignment (studio_id, booking_id, crew_member_id, desk_id, days, live) VALUES ($1, $2, $3, $4, '[2027-04-06,2027-04-07)', true)`,
        [w.studio.id, booking.id, crewMemberId, deskId],
      );
    const other = people.find((p) => p.id !== live.crew_member_id)!;
    await expect(insert(other.id, w.desks.C10)).rejects.toMatchObject({ driverError: { code: '23P01', constraint: 'ex_crew_assignment_desk_day' } });
    await expect(insert(live.crew_member_id, w.desks.D10)).rejects.toMatchObject({ driverError: { code: '23P01', constraint: 'ex_crew_assignment_member_day' } });
  });

  it('unassigning ends the assignment and revokes its pass; the desk is free again', async () => {
    const { assignment, code, booking } = await w.staffed('D01', '2027-04-05', '2027-04-09');
    const res = await t.gql(UnassignCrewAssignmentsDocument, { id: assignment.id }, w.token);
    expect(res.data.unassignCrew).toEqual({ live: false, endReason: 'UNASSIGNED', accessPass: { revoked: true, revokeReason: 'UNASSIGNED' } });
    t.clock.travelTo(parisTime('2027-04-06', '09:00:00'));
    expect((await verify(code)).data.verifyAccess.reason).toBe('REVOKED');
    t.clock.reset();
    const next = await w.addCrew('Sarah Chevalier');
    expect((await w.assign({ bookingId: booking.id, crewMemberId: next.id, deskCode: 'D01', startDate: '2027-04-05', endDate: '2027-04-09' })).errors).toBeUndefined();
    expect(errorCode(await t.gql(UnassignCrewAssignments2Document, { id: assignment.id }, w.token))).toBe('INVALID_STATE');
  });

  it("cancelling the booking revokes every pass and ends every assignment (BookingHooks.runCancelled)", async () => {
    const booking = await w.book(['D02', 'D03'], '2027-04-05', '2027-04-09');
    const [a, b] = [await w.addCrew('Maxime Dupuis'), await w.addCrew('Camille André')];
    const ra = await w.assign({ bookingId: booking.id, crewMemberId: a.id, deskCode: 'D02', startDate: '2027-04-05', endDate: '2027-04-09' });
    const rb = await w.assign({ bookingId: booking.id, crewMemberId: b.id, deskCode: 'D03', startDate: '2027-04-06', endDate: '2027-04-07' });
    await t.dataSource.transaction(async (em) => {
      await em.query(`UPDATE booking SET status = 'CANCELLED', cancelled_at = now() WHERE id = $1`, [booking.id]);
      await em.query(`UPDATE booking_desk SET live = false WHERE booking_id = $1`, [booking.id]);
      await t.app.get(BookingHooks).runCancelled(em, await em.getRepository(BookingEntity).findOneByOrFail({ id: booking.id }));
    });
    const rows = await t.dataSource.query(
      `SELECT a.live, a.end_reason, p.revoked_at IS NOT NULL AS revoked, p.revoke_reason FROM crew_assignment a JOIN access_pass p ON p.assignment_id = a.id WHERE a.booking_id = $1`,
      [booking.id],
    );
    expect(rows).toEqual([
      { live: false, end_reason: 'BOOKING_CANCELLED', revoked: true, revoke_reason: 'BOOKING_CANCELLED' },
      { live: false, end_reason: 'BOOKING_CANCELLED', revoked: true, revoke_reason: 'BOOKING_CANCELLED' },
    ]);
    t.clock.travelTo(parisTime('2027-04-06', '09:00:00'));
    expect((await verify(ra.data.assignCrew.accessPass!.code!)).data.verifyAccess.reason).toBe('BOOKING_CANCELLED');
    expect((await verify(rb.data.assignCrew.accessPass!.code!)).data.verifyAccess.reason).toBe('BOOKING_CANCELLED');
    // The crew are told, and the outbox no longer holds their (dead) codes.
    const mails = await t.dataSource.query(`SELECT kind, sealed_secret AS secret FROM outbox_message WHERE crew_member_id = ANY($1) ORDER BY created_at`, [[a.id, b.id]]);
    expect(mails.filter((m: { kind: string }) => m.kind === 'ACCESS_PASS_REVOKED')).toHaveLength(2);
    expect(mails.every((m: { secret: string | null }) => m.secret === null)).toBe(true);
  });

  it('a booking shortened or losing a desk trims or ends the assignments on it (BookingHooks.runChanged)', async () => {
    const booking = await w.book(['D04', 'D05'], '2027-04-05', '2027-04-16');
    const people = [await w.addCrew('Théo Simon'), await w.addCrew('Julie Michel'), await w.addCrew('Nathan Laurent')];
    const kept = await w.assign({ bookingId: booking.id, crewMemberId: people[0].id, deskCode: 'D04', startDate: '2027-04-07', endDate: '2027-04-14' });
    const cut = await w.assign({ bookingId: booking.id, crewMemberId: people[1].id, deskCode: 'D04', startDate: '2027-04-15', endDate: '2027-04-16' });
    const removedDesk = await w.assign({ bookingId: booking.id, crewMemberId: people[2].id, deskCode: 'D05', startDate: '2027-04-05', endDate: '2027-04-09' });
    // The booking now ends on the 12th and no longer has D05.
    await t.dataSource.transaction(async (em) => {
      await em.query(`UPDATE booking SET end_date = '2027-04-12' WHERE id = $1`, [booking.id]);
      await em.query(`UPDATE booking_desk SET days = '[2027-04-05,2027-04-13)' WHERE booking_id = $1 AND desk_id = $2`, [booking.id, w.desks.D04]);
      await em.query(`UPDATE booking_desk SET live = false WHERE booking_id = $1 AND desk_id = $2`, [booking.id, w.desks.D05]);
      await t.app.get(BookingHooks).runChanged(em, await em.getRepository(BookingEntity).findOneByOrFail({ id: booking.id }));
    });
    expect((await t.gql(AssignmentAssignmentsDocument, { id: kept.data.assignCrew.id }, w.token)).data.assignment).toEqual({
      startDate: '2027-04-07',
      endDate: '2027-04-12',
      live: true,
      endReason: null,
      accessPass: { validTo: parisTime('2027-04-12', '23:59:59').toISOString(), revoked: false },
    });
    expect((await t.gql(AssignmentAssignmentsDocument, { id: cut.data.assignCrew.id }, w.token)).data.assignment).toMatchObject({ live: false, endReason: 'BOOKING_CHANGED', accessPass: { revoked: true } });
    expect((await t.gql(AssignmentAssignmentsDocument, { id: removedDesk.data.assignCrew.id }, w.token)).data.assignment).toMatchObject({ live: false, endReason: 'BOOKING_CHANGED', accessPass: { revoked: true } });
    t.clock.travelTo(parisTime('2027-04-13', '09:00:00'));
    expect((await verify(kept.data.assignCrew.accessPass!.code!)).data.verifyAccess.reason).toBe('EXPIRED');
  });

  it('lists the confirmed bookings to staff, with their desks and who is on them, for the own studio only', async () => {
    const booking = await w.book(['B03', 'B04'], '2027-05-03', '2027-05-07');
    await w.book(['B10'], '2027-05-03', '2027-05-07', BookingStatus.OPTION);
    const person = await w.addCrew('Agathe Renaud', 'Décors');
    await w.assign({ bookingId: booking.id, crewMemberId: person.id, deskCode: 'B04', startDate: '2027-05-04', endDate: '2027-05-05' });
    const res = await t.gql(StaffableBookingsAssignmentsDocument, { b: booking.id }, w.token);
    expect(res.data.staffableBookings).toEqual([
      {
        reference: booking.reference,
        desks: [
          { desk: { code: 'B03' }, startDate: '2027-05-03', endDate: '2027-05-07' },
          { desk: { code: 'B04' }, startDate: '2027-05-03', endDate: '2027-05-07' },
        ],
        assignments: [{ desk: { code: 'B04' }, crewMember: { fullName: 'Agathe Renaud' }, startDate: '2027-05-04', endDate: '2027-05-05' }],
      },
    ]);
    const all = await t.gql(StaffableBookingsAssignments2Document, {}, w.token);
    expect(all.data.staffableBookings.map((b: { reference: string }) => b.reference)).toContain(booking.reference);
    const other = await makeWorld(t);
    expect((await t.gql(StaffableBookingsAssignmentsDocument, { b: booking.id }, other.token)).data.staffableBookings).toEqual([]);
  });
});
