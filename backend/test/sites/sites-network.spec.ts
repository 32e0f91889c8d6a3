import { makeContract, makeManager, makeStudio, TEST_PASSWORD } from '../../../seeds/factories/index.js';
import { parisTime } from '../crew/crew-world.js';
import { createTestApp, errorCode, TestApp } from '../harness.js';
import { firstSiteId } from './sites-world.js';
import {
  SitesAddClosureDocument, SitesAddCrewDocument, SitesAssignDocument, SitesBookDocument, SitesCheckInDocument, SitesClosuresDocument, SitesCreateSiteDocument,
  SitesRemoveClosureDocument, SitesSetContractSitesDocument, SitesUpdateSiteDocument, SitesVerifyDocument,
} from '../documents.js';

const CREATE_SITE = SitesCreateSiteDocument;
const SET_CONTRACT_SITES = SitesSetContractSitesDocument;
const BOOK = SitesBookDocument;
const ADD_CREW = SitesAddCrewDocument;
const ASSIGN = SitesAssignDocument;
const VERIFY = SitesVerifyDocument;
const CHECK_IN = SitesCheckInDocument;

const valenceInput = (extra: Record<string, unknown> = {}) => ({
  name: 'Studio FLEX Valence',
  address: 'Pôle Image Animée, La Cartoucherie, 26500 Bourg-lès-Valence',
  timezone: 'Europe/Paris',
  areaSqm: 180,
  openWeekdays: [1, 2, 3, 4, 5],
  zones: [{ name: 'A', desks: 8 }, { name: 'B', desks: 8 }, { name: 'C', desks: 8 }],
  withKits: true,
  ...extra,
});

describe('a network of sites', () => {
  let t: TestApp;
  let angouleme: string;
  let valence: string;
  let studioId: string;
  let contractId: string;
  let token: string;
  const count = async (table: string) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const book = (input: Record<string, unknown>) => t.gql(BOOK, { input: { studioId, productionName: 'Les Contes du Marais', startDate: '2027-03-08', endDate: '2027-03-12', ...input } }, token);

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.travelTo(parisTime('2027-03-01', '09:00:00'));
    angouleme = await firstSiteId(t.dataSource);
    const studio = await makeStudio(t.dataSource);
    studioId = studio.id;
    contractId = (await makeContract(t.dataSource, studio.id)).id;
    const manager = await makeManager(t.dataSource, studio.id);
    token = await t.login(manager.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  it('refuses a site with a time zone that is none, twice the same zone letter or a name taken: BAD_USER_INPUT with the field, nothing written', async () => {
    const before = [await count('site'), await count('desk'), await count('kit')];
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ timezone: 'Europe/Angouleme' }, 'timezone'],
      [{ timezone: 'UTC+1' }, 'timezone'],
      [{ zones: [{ name: 'A', desks: 4 }, { name: 'A', desks: 4 }] }, 'zones'],
      [{ openWeekdays: [1, 1, 2] }, 'openWeekdays'],
      [{ name: 'Studio FLEX Angoulême' }, 'name'],
      [{ zones: [{ name: 'a', desks: 4 }] }, 'zones.0.name'],
    ];
    for (const [extra, field] of cases) {
      const res = await t.gql(CREATE_SITE, { input: valenceInput(extra) }, t.operatorToken);
      expect({ field, ext: res.errors?.[0]?.extensions }).toMatchObject({ field, ext: { code: 'BAD_USER_INPUT', field } });
    }
    expect([await count('site'), await count('desk'), await count('kit')]).toEqual(before);
    // A manager may not create a site.
    expect(errorCode(await t.gql(CREATE_SITE, { input: valenceInput() }, token))).toBe('FORBIDDEN');
  });

  it('creates a site with its zones of desks, codes as the first site, and a kit per desk', async () => {
    const res = await t.gql(CREATE_SITE, { input: valenceInput() }, t.operatorToken);
    expect(res.errors).toBeUndefined();
    expect(res.data!.createSite).toMatchObject({ name: 'Studio FLEX Valence', deskCount: 24, zones: [{ name: 'A', desks: 8 }, { name: 'B', desks: 8 }, { name: 'C', desks: 8 }] });
    valence = res.data!.createSite.id;
    const desks = await t.dataSource.query(`SELECT d.code, k.asset_tag, k.status FROM desk d LEFT JOIN kit k ON k.desk_id = d.id WHERE d.site_id = $1 ORDER BY d.code`, [valence]);
    expect(desks.map((d: { code: string }) => d.code).slice(0, 9)).toEqual(['A01', 'A02', 'A03', 'A04', 'A05', 'A06', 'A07', 'A08', 'B01']);
    expect(desks.every((d: { asset_tag: string; status: string }) => /^KIT-\d{3}$/.test(d.asset_tag) && d.status === 'OPERATIONAL')).toBe(true);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM closure_date WHERE site_id = $1 AND date = '2027-05-01'`, [valence]);
    expect(n).toBe(1);
  });

  it('refuses a booking at a site the contract does not cover (SITE_NOT_COVERED), nothing written', async () => {
    const before = await count('booking');
    const bySite = await book({ siteId: valence, deskCount: 2 });
    expect(errorCode(bySite)).toBe('SITE_NOT_COVERED');
    const [{ id: deskId }] = await t.dataSource.query(`SELECT id FROM desk WHERE site_id = $1 AND code = 'A01'`, [valence]);
    expect(errorCode(await book({ deskIds: [deskId] }))).toBe('SITE_NOT_COVERED');
    expect(await count('booking')).toBe(before);
    // Desks of two sites in one booking: refused too.
    const [{ id: other }] = await t.dataSource.query(`SELECT id FROM desk WHERE site_id = $1 AND code = 'A01'`, [angouleme]);
    expect((await book({ deskIds: [other, deskId] })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deskIds' });
    expect(await count('booking')).toBe(before);
  });

  it('books at any covered site, a team always within one site', async () => {
    const set = await t.gql(SET_CONTRACT_SITES, { id: contractId, siteIds: [angouleme, valence] }, t.operatorToken);
    expect(set.data!.setContractSites.siteIds).toEqual([angouleme, valence]);
    const there = await book({ siteId: valence, deskCount: 12 });
    expect(there.errors).toBeUndefined();
    expect(there.data!.bookDesks.siteId).toBe(valence);
    expect(new Set(there.data!.bookDesks.desks.map((d: { siteId: string }) => d.siteId))).toEqual(new Set([valence]));
    // No site asked: the contract's first site, never split though Valence's zones also have room.
    const here = await book({ deskCount: 10, productionName: 'Mira' });
    expect(here.errors).toBeUndefined();
    expect(new Set(here.data!.bookDesks.desks.map((d: { siteId: string }) => d.siteId))).toEqual(new Set([angouleme]));
    // 13 more at Valence: only 12 are left there, so refused rather than spilled to Angoulême.
    expect(errorCode(await book({ siteId: valence, deskCount: 13, productionName: 'Trop' }))).toBe('DESK_UNAVAILABLE');
  });

  it("the kiosk of one site refuses another site's pass (WRONG_SITE), and opens its own", async () => {
    const booked = await book({ siteId: valence, deskCount: 1, startDate: '2027-03-01', endDate: '2027-03-05', productionName: 'Porte' });
    expect(booked.errors).toBeUndefined();
    const desk = booked.data!.bookDesks.desks[0];
    const member = await t.gql(ADD_CREW, { input: { studioId, fullName: 'Inès Portier', email: `ines-${Date.now()}@example.fr` } }, token);
    const assigned = await t.gql(ASSIGN, { input: { bookingId: booked.data!.bookDesks.id, crewMemberId: member.data!.addCrewMember.id, deskId: desk.id, startDate: '2027-03-01', endDate: '2027-03-05' } }, token);
    expect(assigned.errors).toBeUndefined();
    const code = assigned.data!.assignCrew.accessPass!.code!;
    expect((await t.gql(VERIFY, { code })).data!.verifyAccess).toEqual({ allowed: false, reason: 'WRONG_SITE' });
    expect((await t.gql(VERIFY, { code, siteId: angouleme })).data!.verifyAccess).toEqual({ allowed: false, reason: 'WRONG_SITE' });
    expect((await t.gql(VERIFY, { code, siteId: valence })).data!.verifyAccess).toEqual({ allowed: true, reason: null });
    const checkIns = await count('crew_check_in');
    const refused = await t.gql(CHECK_IN, { code, siteId: angouleme });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'WRONG_SITE' });
    expect(await count('crew_check_in')).toBe(checkIns);
    expect((await t.gql(CHECK_IN, { code, siteId: valence })).errors).toBeUndefined();
    expect(await count('crew_check_in')).toBe(checkIns + 1);
  });
});

describe('site pages', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('changes a site and its closures; a bad value is BAD_USER_INPUT and changes nothing', async () => {
    const id = await firstSiteId(t.dataSource);
    const update = SitesUpdateSiteDocument;
    expect((await t.gql(update, { input: { id, areaSqm: 210 } }, t.operatorToken)).data!.updateSite).toMatchObject({ id, areaSqm: 210 });
    expect((await t.gql(update, { input: { id, timezone: 'Mars/Olympus' } }, t.operatorToken)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'timezone' });
    expect((await t.dataSource.query(`SELECT timezone FROM site WHERE id = $1`, [id]))[0].timezone).toBe('Europe/Paris');
    const add = SitesAddClosureDocument;
    expect((await t.gql(add, { input: { siteId: id, date: '2027-08-16', label: 'Pont' } }, t.operatorToken)).data!.addSiteClosure).toBe(true);
    const list = await t.gql(SitesClosuresDocument, { id }, t.operatorToken);
    expect(list.data!.siteClosures).toEqual([{ date: '2027-08-15', label: 'Assomption' }, { date: '2027-08-16', label: 'Pont' }]);
    expect((await t.gql(SitesRemoveClosureDocument, { id }, t.operatorToken)).data!.removeSiteClosure).toBe(true);
  });
});
