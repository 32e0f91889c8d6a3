import { createTestApp, errorCode, TestApp } from '../harness.js';
import { firstSiteId, makeSecondSite, VALENCE } from './sites-world.js';
import { SitesAvailabilityDocument, SitesBoardDocument, SitesCalendarDocument, SitesDesksDocument, SitesKitsDocument, SitesSitesDocument } from '../documents.js';

const SITES = SitesSitesDocument;
const DESKS = SitesDesksDocument;
const CALENDAR = SitesCalendarDocument;
const AVAILABILITY = SitesAvailabilityDocument;
const BOARD = SitesBoardDocument;
const KITS = SitesKitsDocument;

/** Every desk read takes a site: filtered in SQL, closures from the site's own calendar. */
describe('reads of one site', () => {
  let t: TestApp;
  let angouleme: string;
  let valence: { id: string; deskIds: Record<string, string> };
  beforeAll(async () => {
    t = await createTestApp();
    angouleme = await firstSiteId(t.dataSource);
    valence = await makeSecondSite(t.dataSource);
  });
  afterAll(() => t.close());

  it('lists the sites with their zones and desk counts', async () => {
    const res = await t.gql(SITES, {}, t.operatorToken);
    expect(res.errors).toBeUndefined();
    expect(res.data!.sites.map((s: { name: string }) => s.name)).toEqual(['Studio FLEX Angoulême', VALENCE]);
    expect(res.data!.sites[0]).toMatchObject({ id: angouleme, deskCount: 40, timezone: 'Europe/Paris', openWeekdays: [1, 2, 3, 4, 5] });
    expect(res.data!.sites[1].zones).toEqual([{ name: 'A', desks: 8 }, { name: 'B', desks: 8 }, { name: 'C', desks: 8 }]);
  });

  it('gives the desks of the site asked, of the first site by default for one-site reads, of every site for the list', async () => {
    const own = await t.gql(DESKS, { siteId: valence.id }, t.operatorToken);
    expect(own.data!.desks).toHaveLength(24);
    expect(new Set(own.data!.desks.map((d: { siteId: string }) => d.siteId))).toEqual(new Set([valence.id]));
    expect((await t.gql(DESKS, {}, t.operatorToken)).data!.desks).toHaveLength(64);
    const calendar = await t.gql(CALENDAR, { from: '2027-03-08', to: '2027-03-12' }, t.operatorToken);
    expect(calendar.data!.deskCalendar).toHaveLength(40);
    expect(new Set(calendar.data!.deskCalendar.map((r: { desk: { siteId: string } }) => r.desk.siteId))).toEqual(new Set([angouleme]));
    const there = await t.gql(CALENDAR, { from: '2027-03-08', to: '2027-03-12', siteId: valence.id }, t.operatorToken);
    expect(there.data!.deskCalendar.map((r: { desk: { code: string } }) => r.desk.code).slice(0, 3)).toEqual(['A01', 'A02', 'A03']);
    expect(there.data!.deskCalendar).toHaveLength(24);
  });

  it("closes a day only at the site that closed it", async () => {
    const at = async (siteId: string) => (await t.gql(AVAILABILITY, { from: '2027-03-10', to: '2027-03-10', siteId }, t.operatorToken)).data!.availability[0];
    expect(await at(valence.id)).toMatchObject({ open: false, freeDesks: 24 });
    expect(await at(angouleme)).toMatchObject({ open: true, freeDesks: 40 });
  });

  it('boards and kits of one site', async () => {
    const board = await t.gql(BOARD, { date: '2027-03-09', siteId: valence.id }, t.operatorToken);
    expect(board.errors).toBeUndefined();
    expect(board.data!.dailyBoard).toHaveLength(24);
    const kits = await t.gql(KITS, { siteId: valence.id }, t.operatorToken);
    // The site's 24 kits: spares are the network's, on no site.
    expect(kits.data!.kits).toHaveLength(24);
    expect(kits.data!.kits.filter((k: { desk: { siteId: string } | null }) => k.desk?.siteId !== valence.id)).toEqual([]);
  });

  it('answers NOT_FOUND for a site that does not exist, BAD_USER_INPUT for an id that is none', async () => {
    expect(errorCode(await t.gql(DESKS, { siteId: '00000000-0000-4000-8000-000000000000' }, t.operatorToken))).toBe('NOT_FOUND');
    const bad = await t.gql(DESKS, { siteId: '42' }, t.operatorToken);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'siteId' });
  });
});
