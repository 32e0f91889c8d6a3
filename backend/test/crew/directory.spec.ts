import { PersonalDataService } from '../../src/modules/crew/personal-data.service.js';
import { createTestApp, errorCode, operationText, RawOperation, TestApp } from '../harness.js';
import { count, makeWorld, OPS, parisTime } from './crew-world.js';
import { AssignmentDirectoryDocument, AssignmentsDirectory2Document, AssignmentsDirectoryDocument, CrewMemberDocument, CrewMembersDirectoryDocument, EraseCrewMemberDirectoryDocument, ExportCrewMemberDataDocument, OccupancyDirectory2Document, OccupancyDirectoryDocument, OutboxDirectoryDocument, ReissueAccessPassDirectoryDocument, RemoveCrewMemberDirectory2Document, RemoveCrewMemberDirectoryDocument, UnassignCrewAssignments2Document, UpdateCrewMemberDirectory2Document, UpdateCrewMemberDirectoryDocument } from '../documents.js';

describe('crew directory, tenant isolation and personal data', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof makeWorld>>;
  let b: Awaited<ReturnType<typeof makeWorld>>;

  beforeAll(async () => {
    t = await createTestApp();
    [a, b] = [await makeWorld(t), await makeWorld(t)];
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  it('adds, lists and edits crew; managers see their own studio, the operator all or one', async () => {
    const add = await t.gql(OPS.addCrewMember, { input: { studioId: a.studio.id, fullName: '  Léa Moreau ', email: 'Lea.Moreau@Example.fr', jobTitle: 'Animatrice 2D' } }, a.token);
    expect(add.data.addCrewMember).toEqual({ id: expect.any(String), fullName: 'Léa Moreau', email: 'lea.moreau@example.fr', jobTitle: 'Animatrice 2D', studio: { id: a.studio.id } });
    await b.addCrew('Yanis Robert', 'Storyboard');
    const mine = await t.gql(OPS.crewMembers, {}, a.token);
    expect(mine.data.crewMembers.map((m: { fullName: string }) => m.fullName)).toEqual(['Léa Moreau']);
    const all = await t.gql(OPS.crewMembers, {}, t.operatorToken);
    expect(all.data.crewMembers.map((m: { fullName: string }) => m.fullName)).toEqual(expect.arrayContaining(['Léa Moreau', 'Yanis Robert']));
    const one = await t.gql(OPS.crewMembers, { studioId: b.studio.id }, t.operatorToken);
    expect(one.data.crewMembers.map((m: { fullName: string }) => m.fullName)).toEqual(['Yanis Robert']);
    const upd = await t.gql(UpdateCrewMemberDirectoryDocument,
      { id: add.data.addCrewMember.id, input: { jobTitle: 'Animatrice 3D' } }, a.token);
    expect(upd.data.updateCrewMember).toEqual({ fullName: 'Léa Moreau', email: 'lea.moreau@example.fr', jobTitle: 'Animatrice 3D' });
  });

  it('refuses bad input and duplicates, writing nothing', async () => {
    await a.addCrew('Adam Petit');
    const [existing] = (await t.gql(OPS.crewMembers, {}, a.token)).data.crewMembers.filter((m: { fullName: string }) => m.fullName === 'Adam Petit');
    const before = await count(t, 'crew_member');
    for (const input of [
      { studioId: a.studio.id, fullName: '   ', email: 'x@example.fr' },
      { studioId: a.studio.id, fullName: 'Adam', email: 'not-an-email' },
      { studioId: a.studio.id, fullName: 'Adam Petit', email: existing.email!.toUpperCase() },
      { studioId: 'nope', fullName: 'Adam', email: 'y@example.fr' },
    ]) {
      expect(errorCode(await t.gql(OPS.addCrewMember, { input }, a.token))).toBe('BAD_USER_INPUT');
    }
    expect(await count(t, 'crew_member')).toBe(before);
  });

  it('keeps each studio to itself: manager B can neither see, assign, revoke nor erase A\'s crew', async () => {
    const { member, assignment, code, booking } = await a.staffed('B05', '2027-06-07', '2027-06-11', 'Clara Gauthier');
    const before = { crew: await count(t, 'crew_member'), assignments: await count(t, 'crew_assignment') };
    // Raw on purpose where no shared document exists: B aims every operation at A's ids.
    const calls: Array<[RawOperation, Record<string, unknown>, string[]]> = [
      [OPS.crewMembers, { studioId: a.studio.id }, ['FORBIDDEN']],
      [CrewMemberDocument, { id: member.id }, ['NOT_FOUND']],
      [AssignmentDirectoryDocument, { id: assignment.id }, ['NOT_FOUND']],
      [AssignmentsDirectoryDocument, { b: booking.id }, []],
      [OPS.addCrewMember, { input: { studioId: a.studio.id, fullName: 'Intrus', email: 'intrus@example.fr' } }, ['FORBIDDEN']],
      [UpdateCrewMemberDirectory2Document, { id: member.id, input: { fullName: 'X' } }, ['NOT_FOUND']],
      [OPS.assignCrew, { input: { bookingId: booking.id, crewMemberId: member.id, deskId: b.desks.B05, startDate: '2027-06-07', endDate: '2027-06-07' } }, ['NOT_FOUND']],
      [OPS.revokeAccessPass, { code }, ['NOT_FOUND']],
      [UnassignCrewAssignments2Document, { id: assignment.id }, ['NOT_FOUND']],
      [ReissueAccessPassDirectoryDocument, { id: assignment.id }, ['NOT_FOUND']],
      [RemoveCrewMemberDirectoryDocument, { id: member.id }, ['NOT_FOUND']],
      [EraseCrewMemberDirectoryDocument, { id: member.id }, ['NOT_FOUND']],
      [ExportCrewMemberDataDocument, { id: member.id }, ['NOT_FOUND']],
      [OPS.dailyBoard, { date: '2027-06-07' }, ['FORBIDDEN']],
      [OccupancyDirectoryDocument, { s: a.studio.id }, ['FORBIDDEN']],
      [OutboxDirectoryDocument, {}, ['FORBIDDEN']],
    ];
    for (const [query, vars, expected] of calls) {
      const text = operationText(query);
      const res = await t.gqlRaw(text, vars, b.token);
      expect([text.slice(0, 40), errorCode(res) ? [errorCode(res)] : []]).toEqual([text.slice(0, 40), expected]);
      expect(JSON.stringify(res.data ?? {})).not.toContain('Clara');
    }
    // The list of another studio's booking comes back empty: B's scope filters it.
    expect((await t.gql(AssignmentsDirectory2Document, { b: booking.id }, b.token)).data.assignments).toEqual([]);
    expect({ crew: await count(t, 'crew_member'), assignments: await count(t, 'crew_assignment') }).toEqual(before);
    t.clock.travelTo(parisTime('2027-06-08', '09:00:00'));
    expect((await t.gql(OPS.verifyAccess, { code }, t.operatorToken)).data.verifyAccess.allowed).toBe(true);
  });

  it('asks for a session for everything but the door', async () => {
    expect(errorCode(await t.gql(OPS.crewMembers, {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(OPS.revokeAccessPass, { code: 'ABCDE-ABCDE-ABCDE-ABCDE' }))).toBe('UNAUTHENTICATED');
  });

  it('removal anonymises the person, ends their assignments and revokes their pass; past check-ins stay counted', async () => {
    const { member, code } = await a.staffed('B06', '2027-06-07', '2027-06-18', 'Romain Guerin');
    t.clock.travelTo(parisTime('2027-06-08', '09:00:00'));
    expect((await t.gql(OPS.checkIn, { code }, t.operatorToken)).errors).toBeUndefined();
    const removed = await t.gql(RemoveCrewMemberDirectory2Document, { id: member.id }, a.token);
    expect(removed.data.removeCrewMember).toEqual({ fullName: 'Ancien membre', email: null, jobTitle: null, anonymised: true });
    t.clock.travelTo(parisTime('2027-06-09', '09:00:00'));
    expect((await t.gql(OPS.verifyAccess, { code }, t.operatorToken)).data.verifyAccess.reason).toBe('REVOKED');
    const occ = await t.gql(OccupancyDirectory2Document, {}, a.token);
    expect(occ.data.occupancy).toEqual([{ checkedInDeskDays: 1, studio: { id: a.studio.id } }]);
    const board = await t.gql(OPS.dailyBoard, { date: '2027-06-08' }, t.operatorToken);
    expect(board.data.dailyBoard.find((e: { desk: { code: string } }) => e.desk.code === 'B06')).toMatchObject({ status: 'LEFT', crewMember: { fullName: 'Ancien membre' } });
    const left = await t.dataSource.query(`SELECT full_name, email, job_title FROM crew_member WHERE id = $1`, [member.id]);
    expect(left).toEqual([{ full_name: 'Ancien membre', email: null, job_title: null }]);
    const mails = await t.dataSource.query(`SELECT to_address, text_body, sealed_secret FROM outbox_message WHERE crew_member_id = $1`, [member.id]);
    expect(JSON.stringify(mails)).not.toMatch(/Romain|romain/);
    expect(errorCode(await t.gql(UpdateCrewMemberDirectory2Document, { id: member.id, input: { fullName: 'Back' } }, a.token))).toBe('INVALID_STATE');
    const listed = await t.gql(CrewMembersDirectoryDocument, {}, a.token);
    expect(listed.data.crewMembers).toContainEqual({ id: member.id, anonymised: true });
    expect((await t.gql(OPS.crewMembers, {}, a.token)).data.crewMembers.map((m: { id: string }) => m.id)).not.toContain(member.id);
  });

  it('exports everything held about a person as JSON, without any pass code', async () => {
    const { member, code } = await a.staffed('B07', '2027-06-07', '2027-06-11', 'Eva Mathieu');
    t.clock.travelTo(parisTime('2027-06-07', '09:30:00'));
    await t.gql(OPS.checkIn, { code }, t.operatorToken);
    const res = await t.gql(ExportCrewMemberDataDocument, { id: member.id }, a.token);
    const data = JSON.parse(res.data.exportCrewMemberData);
    expect(data.crewMember).toMatchObject({ id: member.id, fullName: 'Eva Mathieu', email: member.email, studio: a.studio.name });
    expect(data.assignments).toEqual([expect.objectContaining({ desk: 'B07', startDate: '2027-06-07', endDate: '2027-06-11', live: true })]);
    expect(data.checkIns).toEqual([expect.objectContaining({ day: '2027-06-07', desk: 'B07' })]);
    expect(data.emails).toEqual([expect.objectContaining({ to: member.email, subject: expect.stringContaining('B07') })]);
    expect(res.data.exportCrewMemberData).not.toContain(code);
  });

  it('anonymises, by the scheduled job, crew with no assignment in the last 12 months, and only them', async () => {
    const old = await a.staffed('B08', '2027-03-01', '2027-03-05', 'Ancien Intermittent');
    const recent = await a.staffed('B09', '2027-09-06', '2027-09-10', 'Récente Intermittente');
    const job = t.app.get(PersonalDataService);
    // 2028-06-15: the old assignment ended more than 12 months ago; the recent one did not.
    t.clock.travelTo(parisTime('2028-06-15', '03:00:00'));
    const [n1, n2] = await Promise.all([job.anonymiseInactiveCrew(), job.anonymiseInactiveCrew()]);
    expect(n1 + n2).toBeGreaterThanOrEqual(1);
    const rows = await t.dataSource.query(`SELECT id, full_name, email, anonymised_at IS NOT NULL AS anonymised FROM crew_member WHERE id = ANY($1)`, [[old.member.id, recent.member.id]]);
    expect(rows.find((r: { id: string }) => r.id === old.member.id)).toMatchObject({ full_name: 'Ancien membre', email: null, anonymised: true });
    expect(rows.find((r: { id: string }) => r.id === recent.member.id)).toMatchObject({ full_name: 'Récente Intermittente', anonymised: false });
    // A person just added, never assigned yet, is kept.
    t.clock.reset();
    const fresh = await a.addCrew('Nouvelle Recrue');
    t.clock.travelTo(parisTime('2027-06-01', '03:00:00'));
    await job.anonymiseInactiveCrew();
    expect((await t.dataSource.query(`SELECT anonymised_at FROM crew_member WHERE id = $1`, [fresh.id]))[0].anonymised_at).toBeNull();
  });
});
