import { BookingStatus } from '../../src/modules/booking/booking.entity.js';
import { AccessService } from '../../src/modules/access/access.service.js';
import { createTestApp, errorCode, TestApp } from '../harness.js';
import { count, makeWorld, OPS, parisTime } from './crew-world.js';
import { AssignmentAccessDocument, OutboxAccessDocument, ReissueAccessPassAccessDocument, VerifyAccessAccessDocument } from '../documents.js';

/*
 * The door: every reason verifyAccess gives, check-in once a day, check-out, the end-of-day
 * close. Calls are made as the operator (the front desk), which the door's rate limit spares.
 */
describe('access passes, verifyAccess, check-in and check-out', () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof makeWorld>>;
  const verify = (code: string) => t.gql(OPS.verifyAccess, { code }, t.operatorToken);

  beforeAll(async () => {
    t = await createTestApp();
    w = await makeWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  it('issues an unguessable code valid from the first day 00:00 to the last day 23:59:59 Paris, and stores only its hash and its seal', async () => {
    const { code, assignment } = await w.staffed('A01', '2027-03-01', '2027-03-05');
    expect(code).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    expect(assignment.accessPass).toMatchObject({ validFrom: '2027-02-28T23:00:00.000Z', validTo: '2027-03-05T22:59:59.000Z', revoked: false });
    const rows: Array<{ code_hash: string }> = await t.dataSource.query(`SELECT code_hash FROM access_pass`);
    const dump = JSON.stringify(await t.dataSource.query(`SELECT * FROM access_pass`));
    expect(rows.length).toBeGreaterThan(0);
    expect(dump).not.toContain(code);
    expect(dump).not.toContain(code.replace(/-/g, ''));
    // Read again later, the studio's manager sees the code again (opened from its seal).
    const again = await t.gql(AssignmentAccessDocument, { id: assignment.id }, w.token);
    expect(again.data.assignment.accessPass).toEqual({ code, revoked: false });
  });

  it('allows the code on an open day inside its dates, at an operational desk', async () => {
    const { code, member } = await w.staffed('A02', '2027-03-01', '2027-03-05', 'Hugo Lefèvre');
    t.clock.travelTo(parisTime('2027-03-03', '08:45:00'));
    const res = await verify(code);
    expect(member.fullName).toBe('Hugo Lefèvre');
    expect(res.data.verifyAccess).toEqual({ allowed: true, reason: null, desk: { code: 'A02' }, crewMember: { fullName: 'Hugo L.' } });
    // Typed by hand: lower case, spaces for dashes.
    expect((await verify(code.toLowerCase().replace(/-/g, ' '))).data.verifyAccess.allowed).toBe(true);
  });

  it('greets by first name and initial, whoever asks (the door shows no more)', async () => {
    const { code } = await w.staffed('B03', '2027-03-01', '2027-03-05', 'Lina Marchand');
    t.clock.travelTo(parisTime('2027-03-03', '08:45:00'));
    const expected = { allowed: true, crewMember: { fullName: 'Lina M.' }, studio: { name: w.studio.name } };
    expect((await t.gql(VerifyAccessAccessDocument, { code })).data.verifyAccess).toEqual(expected);
    expect((await t.gql(VerifyAccessAccessDocument, { code }, w.token)).data.verifyAccess).toEqual(expected);
    expect((await t.gql(VerifyAccessAccessDocument, { code }, t.operatorToken)).data.verifyAccess).toEqual(expected);
  });

  it('UNKNOWN_CODE for a code nobody was given (or garbage)', async () => {
    for (const code of ['7KQ2M-X9D4R-0HVTB-C3N8P', 'hello', '']) {
      const res = await verify(code);
      expect(res.data.verifyAccess).toEqual({ allowed: false, reason: 'UNKNOWN_CODE', desk: null, crewMember: null });
    }
  });

  it('NOT_YET_VALID before the first day 00:00 Paris, EXPIRED after the last day 23:59:59', async () => {
    const { code } = await w.staffed('A03', '2027-03-08', '2027-03-09');
    t.clock.travelTo(parisTime('2027-03-07', '23:59:58'));
    expect((await verify(code)).data.verifyAccess.reason).toBe('NOT_YET_VALID');
    t.clock.travelTo(parisTime('2027-03-08', '00:00:01'));
    expect((await verify(code)).data.verifyAccess.allowed).toBe(true);
    t.clock.travelTo(parisTime('2027-03-09', '23:59:58'));
    expect((await verify(code)).data.verifyAccess.allowed).toBe(true);
    t.clock.travelTo(parisTime('2027-03-10', '00:00:01'));
    expect((await verify(code)).data.verifyAccess.reason).toBe('EXPIRED');
  });

  it('SITE_CLOSED on a weekend or a closure day inside the dates', async () => {
    const { code } = await w.staffed('A04', '2027-05-05', '2027-05-10'); // Thursday 6 May 2027 is Ascension
    t.clock.travelTo(parisTime('2027-05-06', '10:00:00'));
    expect((await verify(code)).data.verifyAccess.reason).toBe('SITE_CLOSED');
    t.clock.travelTo(parisTime('2027-05-08', '10:00:00')); // Saturday
    expect((await verify(code)).data.verifyAccess.reason).toBe('SITE_CLOSED');
    t.clock.travelTo(parisTime('2027-05-07', '10:00:00'));
    expect((await verify(code)).data.verifyAccess.allowed).toBe(true);
  });

  it('KIT_UNAVAILABLE while the desk\'s kit is not operational', async () => {
    const { code } = await w.staffed('A05', '2027-03-01', '2027-03-05');
    t.clock.travelTo(parisTime('2027-03-02', '09:00:00'));
    await t.dataSource.query(`UPDATE kit SET status = 'MAINTENANCE' WHERE desk_id = $1`, [w.desks.A05]);
    try {
      expect((await verify(code)).data.verifyAccess).toMatchObject({ allowed: false, reason: 'KIT_UNAVAILABLE', desk: { code: 'A05' } });
      const res = await t.gql(OPS.checkIn, { code }, t.operatorToken);
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(res.errors![0].extensions.reason).toBe('KIT_UNAVAILABLE');
    } finally {
      await t.dataSource.query(`UPDATE kit SET status = 'OPERATIONAL' WHERE desk_id = $1`, [w.desks.A05]);
    }
  });

  it('REVOKED once revokeAccessPass was called, and revoking again answers the same', async () => {
    const { code } = await w.staffed('A06', '2027-03-01', '2027-03-05');
    t.clock.travelTo(parisTime('2027-03-02', '09:00:00'));
    const res = await t.gql(OPS.revokeAccessPass, { code }, w.token);
    expect(res.data.revokeAccessPass).toEqual({ code, revoked: true });
    expect((await verify(code)).data.verifyAccess.reason).toBe('REVOKED');
    expect((await t.gql(OPS.revokeAccessPass, { code }, w.token)).data.revokeAccessPass.revoked).toBe(true);
    expect(errorCode(await t.gql(OPS.revokeAccessPass, { code: '7KQ2M-X9D4R-0HVTB-C3N8P' }, w.token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(OPS.revokeAccessPass, { code: 'nope' }, w.token))).toBe('BAD_USER_INPUT');
  });

  it('BOOKING_CANCELLED when the booking no longer holds the desk, even before any hook ran', async () => {
    const { code, booking } = await w.staffed('A07', '2027-03-01', '2027-03-05');
    t.clock.travelTo(parisTime('2027-03-02', '09:00:00'));
    await t.dataSource.query(`UPDATE booking SET status = $2, cancelled_at = now() WHERE id = $1`, [booking.id, BookingStatus.CANCELLED]);
    expect((await verify(code)).data.verifyAccess.reason).toBe('BOOKING_CANCELLED');
  });

  it('checks in once a day, checks out, and refuses a second check-in the same day', async () => {
    const { code, member } = await w.staffed('A08', '2027-03-01', '2027-03-05', 'Inès Garnier');
    t.clock.travelTo(parisTime('2027-03-02', '09:12:00'));
    const first = await t.gql(OPS.checkIn, { code }, t.operatorToken);
    expect(first.errors).toBeUndefined();
    expect(first.data.checkIn).toMatchObject({ desk: { code: 'A08' }, crewMember: { id: member.id, fullName: 'Inès G.' } });
    expect(new Date(first.data.checkIn.checkedInAt).getTime()).toBeCloseTo(parisTime('2027-03-02', '09:12:00').getTime(), -4);
    const again = await t.gql(OPS.checkIn, { code }, t.operatorToken);
    expect(errorCode(again)).toBe('INVALID_STATE');
    t.clock.travelTo(parisTime('2027-03-02', '18:30:00'));
    const out = await t.gql(OPS.checkOut, { code }, t.operatorToken);
    expect(out.data.checkOut).toMatchObject({ id: first.data.checkIn.id, checkedOutAt: expect.any(String) });
    expect(errorCode(await t.gql(OPS.checkOut, { code }, t.operatorToken))).toBe('INVALID_STATE');
    // Came and left: still not twice the same day.
    expect(errorCode(await t.gql(OPS.checkIn, { code }, t.operatorToken))).toBe('INVALID_STATE');
    // Next day, a new check-in.
    t.clock.travelTo(parisTime('2027-03-03', '09:00:00'));
    expect((await t.gql(OPS.checkIn, { code }, t.operatorToken)).errors).toBeUndefined();
    const rows = await t.dataSource.query(`SELECT day FROM crew_check_in WHERE crew_member_id = $1 ORDER BY day`, [member.id]);
    expect(rows.map((r: { day: string }) => r.day)).toEqual(['2027-03-02', '2027-03-03']);
  });

  it('refuses a check-in the code does not allow, and writes nothing', async () => {
    const { code } = await w.staffed('A09', '2027-03-08', '2027-03-12');
    t.clock.travelTo(parisTime('2027-03-05', '09:00:00'));
    const before = await count(t, 'crew_check_in');
    const res = await t.gql(OPS.checkIn, { code }, t.operatorToken);
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.errors![0].extensions.reason).toBe('NOT_YET_VALID');
    expect(errorCode(await t.gql(OPS.checkIn, { code: 'ABCDE-ABCDE-ABCDE-ABCDE' }, t.operatorToken))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(OPS.checkOut, { code }, t.operatorToken))).toBe('INVALID_STATE');
    expect(await count(t, 'crew_check_in')).toBe(before);
  });

  it('lets only one of two simultaneous check-ins through', async () => {
    const { code } = await w.staffed('A10', '2027-03-01', '2027-03-05');
    t.clock.travelTo(parisTime('2027-03-04', '09:00:00'));
    const results = await Promise.all([1, 2, 3].map(() => t.gql(OPS.checkIn, { code }, t.operatorToken)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map(errorCode)).toEqual(['INVALID_STATE', 'INVALID_STATE']);
  });

  it('closes the check-ins left open at 23:59:59 Paris of their day (end-of-day job), idempotently', async () => {
    const { code, member } = await w.staffed('B01', '2027-03-01', '2027-03-05');
    t.clock.travelTo(parisTime('2027-03-01', '10:00:00'));
    await t.gql(OPS.checkIn, { code }, t.operatorToken);
    const access = t.app.get(AccessService);
    // Same day: nothing to close yet.
    t.clock.travelTo(parisTime('2027-03-01', '23:30:00'));
    await access.closeOpenCheckIns();
    let [row] = await t.dataSource.query(`SELECT checked_out_at, auto_closed FROM crew_check_in WHERE crew_member_id = $1`, [member.id]);
    expect(row.checked_out_at).toBeNull();
    t.clock.travelTo(parisTime('2027-03-02', '00:05:00'));
    const [a, b] = await Promise.all([access.closeOpenCheckIns(), access.closeOpenCheckIns()]);
    expect(a + b).toBeGreaterThanOrEqual(1);
    [row] = await t.dataSource.query(`SELECT checked_out_at, auto_closed FROM crew_check_in WHERE crew_member_id = $1`, [member.id]);
    expect(row.auto_closed).toBe(true);
    expect(new Date(row.checked_out_at).toISOString()).toBe(parisTime('2027-03-01', '23:59:59').toISOString());
    expect(await access.closeOpenCheckIns()).toBe(0);
  });

  it('reissues a lost code: the old one is revoked, the new one works and is e-mailed', async () => {
    const { code, assignment, member } = await w.staffed('B02', '2027-03-01', '2027-03-05');
    t.clock.travelTo(parisTime('2027-03-02', '09:00:00'));
    const res = await t.gql(ReissueAccessPassAccessDocument, { id: assignment.id }, w.token);
    expect(res.errors).toBeUndefined();
    const fresh = res.data.reissueAccessPass.code;
    expect(fresh).not.toBe(code);
    expect((await verify(code)).data.verifyAccess.reason).toBe('REVOKED');
    expect((await verify(fresh!)).data.verifyAccess.allowed).toBe(true);
    const mails = await t.gql(OutboxAccessDocument, {}, t.operatorToken);
    const toMember = mails.data.outbox.filter((m) => m.to === member.email);
    expect(toMember.map((m) => m.secret)).toEqual([fresh, null]);
    expect(toMember[0]).toMatchObject({ status: 'HELD', subject: expect.stringContaining('poste B02') });
  });
});
