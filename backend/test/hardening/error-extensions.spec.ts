import { createTestApp, errorCode, TestApp } from '../harness.js';
import { makeWorld, OPS } from '../crew/crew-world.js';

/*
 * Every refusal a person can meet says, beside its English message, what the client needs to
 * say it in the person's language: the code, the field, the rule broken and its bound, or the
 * reason with its dates as data (never only inside an English sentence).
 */
describe('error extensions clients translate', () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof makeWorld>>;
  beforeAll(async () => {
    t = await createTestApp();
    w = await makeWorld(t);
  });
  afterAll(() => t.close());

  const crewCount = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM crew_member WHERE studio_id = $1`, [w.studio.id]))[0].n;

  it('names the rule each field broke, with its bound, and writes nothing', async () => {
    const before = await crewCount();
    const res = await t.gql(OPS.addCrewMember, { input: { studioId: w.studio.id, fullName: 'x'.repeat(201), email: 'pas-une-adresse', jobTitle: null } }, w.token);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const ext = res.errors![0].extensions as unknown as { field: string; rule: string; fields: Array<{ field: string; rule: string; limit?: number }> };
    expect(ext.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'fullName', rule: 'maxLength', limit: 200 }),
        expect.objectContaining({ field: 'email', rule: 'isEmail' }),
      ]),
    );
    expect(ext.rule).toBe(ext.fields.find((f) => f.field === ext.field)!.rule);
    expect(await crewCount()).toBe(before);
  });

  it('gives the reason and the dates of a person already on another desk, as data', async () => {
    const booking = await w.book(['B05', 'B06'], '2027-01-04', '2027-01-08');
    const member = await w.addCrew('Noé Lambert', 'Compositing');
    expect((await w.assign({ bookingId: booking.id, crewMemberId: member.id, deskCode: 'B05', startDate: '2027-01-04', endDate: '2027-01-08' })).errors).toBeUndefined();
    const res = await w.assign({ bookingId: booking.id, crewMemberId: member.id, deskCode: 'B06', startDate: '2027-01-06', endDate: '2027-01-07' });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions).toMatchObject({ field: 'crewMemberId', reason: 'CREW_MEMBER_BUSY', conflictFrom: '2027-01-04', conflictTo: '2027-01-08' });
  });

  it('gives the reason of an e-mail already in the crew, with the address', async () => {
    const member = await w.addCrew('Rose Perrin', 'Layout');
    const [{ email }] = await t.dataSource.query(`SELECT email FROM crew_member WHERE id = $1`, [member.id]);
    const res = await t.gql(OPS.addCrewMember, { input: { studioId: w.studio.id, fullName: 'Rose Perrin bis', email, jobTitle: null } }, w.token);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions).toMatchObject({ field: 'email', reason: 'EMAIL_TAKEN', email });
  });
});
