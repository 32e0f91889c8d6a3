import { siteMap } from '../kits/kits-world.js';
import { createTestApp, TestApp } from '../harness.js';
import { makeWorld, OPS, parisTime } from './crew-world.js';

interface Entry {
  status: string;
  desk: { code: string };
  crewMember: { fullName: string } | null;
}

/*
 * A BLOCKING ticket opened in the morning on the kit of a desk where someone already checked
 * in: the board shows the desk under maintenance (with the person, to be moved), not "present",
 * and the maintenance count includes it.
 */
describe('the daily board when a kit goes down during the day', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('shows and counts the desk under maintenance, the person still named', async () => {
    const w = await makeWorld(t);
    const site = await siteMap(t);
    const booking = await w.book(['C04', 'C05'], '2027-11-08', '2027-11-12');
    const codes: Record<string, string> = {};
    for (const [desk, name] of [['C04', 'Élise Martin'], ['C05', 'Fabien Roux']]) {
      const member = await w.addCrew(name, 'Layout');
      const res = await w.assign({ bookingId: booking.id, crewMemberId: member.id, deskCode: desk, startDate: '2027-11-08', endDate: '2027-11-12' });
      codes[desk] = res.data.assignCrew.accessPass!.code!;
    }
    t.clock.travelTo(parisTime('2027-11-09', '09:00:00'));
    for (const code of Object.values(codes)) expect((await t.gql(OPS.checkIn, { code }, t.operatorToken)).errors).toBeUndefined();
    t.clock.travelTo(parisTime('2027-11-09', '09:30:00'));
    const opened = await site.openTicket((await site.kitOn('C04'))!.id, 'BLOCKING', 'Écran noir');
    expect(opened.errors).toBeUndefined();

    t.clock.travelTo(parisTime('2027-11-09', '11:00:00'));
    const res = await t.gql(OPS.dailyBoard, { date: '2027-11-09' }, t.operatorToken);
    expect(res.errors).toBeUndefined();
    const entries = res.data.dailyBoard as Entry[];
    const byCode = Object.fromEntries(entries.map((e) => [e.desk.code, e]));
    expect(byCode.C04).toMatchObject({ status: 'MAINTENANCE', crewMember: { fullName: 'Élise Martin' } });
    expect(byCode.C05).toMatchObject({ status: 'PRESENT', crewMember: { fullName: 'Fabien Roux' } });
    // Nothing else on the site is down in this world: the count the board shows is one.
    expect(entries.filter((e) => e.status === 'MAINTENANCE').map((e) => e.desk.code)).toEqual(['C04']);
  });
});
