import { createTestApp, errorCode, RawOperation, operationText, TestApp } from '../harness.js';
import { makeWorld, OPS, parisTime } from '../crew/crew-world.js';

/*
 * The door's answers are kiosk types: the contract's selections work without an account,
 * and anything beyond the door's needs is not in the schema at all (a validation error
 * before anything runs), whatever the code: valid, revoked, not yet valid or unknown.
 */
describe('the kiosk types', () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof makeWorld>>;
  let kiosk = 0;
  // Each test speaks from a kiosk of its own: the door's rate limit is per address.
  const anonymous = async (query: RawOperation, variables: Record<string, unknown>) => {
    const res = await t.http().post('/graphql').set('X-Forwarded-For', `198.51.100.${++kiosk}`).send({ query: operationText(query), variables });
    return { status: res.status, data: res.body.data, errors: res.body.errors as Array<{ message: string; extensions: { code: string } }> | undefined };
  };

  beforeAll(async () => {
    t = await createTestApp();
    w = await makeWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  it('answers the contract operations as written, anonymously, with the first name and initial', async () => {
    const { code, member } = await w.staffed('C01', '2027-03-01', '2027-03-05', 'Camille Dupont');
    t.clock.travelTo(parisTime('2027-03-02', '08:50:00'));
    expect((await anonymous(OPS.verifyAccess, { code })).data.verifyAccess).toEqual({ allowed: true, reason: null, desk: { code: 'C01' }, crewMember: { fullName: 'Camille D.' } });
    const checkIn = await anonymous(OPS.checkIn, { code });
    expect(checkIn.errors).toBeUndefined();
    expect(checkIn.data.checkIn).toEqual({ id: expect.any(String), checkedInAt: expect.any(String), desk: { code: 'C01' }, crewMember: { id: member.id, fullName: 'Camille D.' } });
    t.clock.travelTo(parisTime('2027-03-02', '18:10:00'));
    const checkOut = await anonymous(OPS.checkOut, { code });
    expect(checkOut.data.checkOut).toEqual({ id: checkIn.data.checkIn.id, checkedInAt: checkIn.data.checkIn.checkedInAt, checkedOutAt: expect.any(String) });
  });

  it("tells the door the studio's display name, the desk's zone and the days the pass opens", async () => {
    const { code } = await w.staffed('C02', '2027-03-08', '2027-03-12', 'Noé Bernard');
    t.clock.travelTo(parisTime('2027-03-09', '09:00:00'));
    const q = `query($code: String!) { verifyAccess(code: $code) { allowed checkedInToday startDate endDate desk { code zone } crewMember { fullName } studio { name } } }`;
    expect((await anonymous(q, { code })).data.verifyAccess).toEqual({
      allowed: true, checkedInToday: false, startDate: '2027-03-08', endDate: '2027-03-12',
      desk: { code: 'C02', zone: 'C' }, crewMember: { fullName: 'Noé B.' }, studio: { name: w.studio.name },
    });
    const m = `mutation($code: String!) { checkIn(code: $code) { day checkedOutAt desk { code zone } studio { name } } }`;
    expect((await anonymous(m, { code })).data.checkIn).toEqual({ day: '2027-03-09', checkedOutAt: null, desk: { code: 'C02', zone: 'C' }, studio: { name: w.studio.name } });
  });

  // What the door answered before it had types of its own: all of it now outside the schema.
  const LEAKS = [
    'desk { kit { tickets { id title } } }',
    'desk { id bookable kit { assetTag } }',
    'crewMember { studio { legalName siret contactEmail contracts { dailyRateCents insurancePolicyRef } } }',
    'crewMember { email jobTitle anonymised }',
    'studio { id legalName siret contactEmail billingAddress }',
    'booking { id reference }',
    'assignmentId',
  ];

  describe('with a revoked, a not yet valid and an unknown code', () => {
    const codes: string[] = ['AAAAA-BBBBB-CCCCC-DDDDD'];
    beforeAll(async () => {
      const revoked = await w.staffed('C03', '2027-04-05', '2027-04-09');
      await t.gql(OPS.revokeAccessPass, { code: revoked.code }, w.token);
      const notYet = await w.staffed('C04', '2027-05-03', '2027-05-07');
      codes.push(revoked.code, notYet.code);
    });

    it.each(LEAKS)('refuses verifyAccess { %s } as a schema error', async (selection) => {
      t.clock.travelTo(parisTime('2027-04-06', '09:00:00'));
      for (const code of codes) {
        const res = await anonymous(`query($code: String!) { verifyAccess(code: $code) { allowed ${selection} } }`, { code });
        expect(res.data).toBeUndefined();
        expect(res.errors![0].message).toMatch(/Cannot query field/);
        expect(errorCode(res as never)).toBe('BAD_USER_INPUT');
      }
    });
  });

  it.each([['checkIn', 'C05'], ['checkOut', 'C06']])('refuses %s selections beyond the kiosk types, and records nothing', async (op, desk) => {
    const { code } = await w.staffed(desk, '2027-03-01', '2027-03-05');
    t.clock.travelTo(parisTime('2027-03-03', '09:00:00'));
    for (const selection of ['studio { siret contracts { id } }', 'crewMember { email studio { id } }', 'desk { kit { id } }', 'autoClosed']) {
      const res = await anonymous(`mutation($code: String!) { ${op}(code: $code) { id ${selection} } }`, { code });
      expect(res.data).toBeUndefined();
      expect(res.errors![0].message).toMatch(/Cannot query field/);
      expect(errorCode(res as never)).toBe('BAD_USER_INPUT');
    }
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM crew_check_in c JOIN access_pass p ON p.assignment_id = c.assignment_id WHERE c.day = '2027-03-03' AND p.revoked_at IS NULL AND c.desk_id = $1`, [w.desks[desk]]);
    expect(n).toBe(0);
  });
});
