import { createTestApp, errorCode, TestApp } from '../harness.js';
import { makeWorld, OPS, parisTime } from './crew-world.js';
import { AssignmentBookingHooks2Document, AssignmentBookingHooksDocument, CancelBookingDocument, UpdateBookingDocument } from '../documents.js';

/** The booking module's own mutations run the crew hooks: cancelling or changing a booking leaves no orphan. */
describe('crew follows the bookings (through cancelBooking and updateBooking)', () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof makeWorld>>;
  const verify = (code: string) => t.gql(OPS.verifyAccess, { code }, t.operatorToken);

  beforeAll(async () => {
    t = await createTestApp();
    w = await makeWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  it('cancelBooking revokes the passes and ends the assignments in the same transaction', async () => {
    const { booking, code, assignment } = await w.staffed('C04', '2027-06-07', '2027-06-11');
    const res = await t.gql(CancelBookingDocument, { id: booking.id }, w.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.cancelBooking.status).toBe('CANCELLED');
    const a = await t.gql(AssignmentBookingHooksDocument, { id: assignment.id }, w.token);
    expect(a.data.assignment).toEqual({ live: false, endReason: 'BOOKING_CANCELLED', accessPass: { revoked: true, revokeReason: 'BOOKING_CANCELLED' } });
    t.clock.travelTo(parisTime('2027-06-08', '09:00:00'));
    expect((await verify(code)).data.verifyAccess.reason).toBe('BOOKING_CANCELLED');
    expect(errorCode(await t.gql(OPS.checkIn, { code }, t.operatorToken))).toBe('FORBIDDEN');
  });

  it('updateBooking shortening the booking trims the assignment and its pass', async () => {
    const { booking, code, assignment } = await w.staffed('C05', '2027-06-07', '2027-06-11');
    const res = await t.gql(
      UpdateBookingDocument,
      { input: { id: booking.id, endDate: '2027-06-09' } },
      w.token,
    );
    expect(res.errors).toBeUndefined();
    const a = await t.gql(AssignmentBookingHooks2Document, { id: assignment.id }, w.token);
    expect(a.data.assignment).toEqual({ live: true, startDate: '2027-06-07', endDate: '2027-06-09', accessPass: { revoked: false, validTo: parisTime('2027-06-09', '23:59:59').toISOString() } });
    t.clock.travelTo(parisTime('2027-06-10', '09:00:00'));
    expect((await verify(code)).data.verifyAccess.reason).toBe('EXPIRED');
  });
});
