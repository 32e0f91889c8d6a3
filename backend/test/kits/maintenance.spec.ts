import { makeContract, makeManager, makeStudio, TEST_PASSWORD } from '../../../seeds/factories/index.js';
import { makeWorld, OPS as CREW_OPS, parisTime } from '../crew/crew-world.js';
import { createTestApp, errorCode, TestApp } from '../harness.js';
import { countRows, KIT_DETAIL, siteMap, SITE_OPS } from './kits-world.js';
import { BookDesksDocument, FreeDesksDocument, KitMaintenanceDocument, MaintenanceTicketsMaintenanceDocument, MovesNeededMaintenanceDocument, RetireKitMaintenanceDocument } from '../documents.js';

/*
 * Maintenance tickets: open → in progress → resolved, who and when at each step, and the
 * kit status that follows (a BLOCKING ticket takes the kit, and its desk, out of service).
 */
describe('maintenance tickets', () => {
  let t: TestApp;
  let site: Awaited<ReturnType<typeof siteMap>>;
  let managerToken: string;

  beforeAll(async () => {
    t = await createTestApp();
    site = await siteMap(t);
    const studio = await makeStudio(t.dataSource);
    const manager = await makeManager(t.dataSource, studio.id);
    managerToken = await t.login(manager.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  it('a BLOCKING ticket puts the kit in MAINTENANCE and its desk out of booking; resolving it brings both back', async () => {
    const kit = (await site.kitOn('B03'))!;
    const opened = await site.openTicket(kit.id, 'BLOCKING', 'La station ne démarre plus');
    expect(opened.errors).toBeUndefined();
    expect(opened.data.openMaintenanceTicket).toMatchObject({ status: 'OPEN', severity: 'BLOCKING', kit: { id: kit.id, status: 'MAINTENANCE' } });
    expect(await site.desk('B03')).toMatchObject({ bookable: false, kit: { id: kit.id, status: 'MAINTENANCE' } });

    const id = opened.data.openMaintenanceTicket.id;
    const started = await t.gql(SITE_OPS.startTicket, { id }, t.operatorToken);
    expect(started.data.startMaintenanceTicket).toEqual({ id, status: 'IN_PROGRESS' });
    expect((await site.desk('B03')).bookable).toBe(false); // still broken while someone works on it

    const resolved = await t.gql(SITE_OPS.resolveTicket, { id, resolution: 'Alimentation remplacée' }, t.operatorToken);
    expect(resolved.errors).toBeUndefined();
    expect(resolved.data.resolveMaintenanceTicket).toMatchObject({ id, status: 'RESOLVED', kit: { id: kit.id, status: 'OPERATIONAL' } });
    expect(new Date(resolved.data.resolveMaintenanceTicket.resolvedAt!).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect((await site.desk('B03')).bookable).toBe(true);
  });

  it('records who and when at each step', async () => {
    const kit = (await site.kitOn('B04'))!;
    t.clock.travelTo(new Date('2027-02-01T08:30:00Z'));
    const { id } = (await site.openTicket(kit.id, 'HIGH', 'Tablette qui décroche')).data.openMaintenanceTicket;
    t.clock.travelTo(new Date('2027-02-01T10:00:00Z'));
    await t.gql(SITE_OPS.startTicket, { id }, t.operatorToken);
    t.clock.travelTo(new Date('2027-02-02T15:45:00Z'));
    await t.gql(SITE_OPS.resolveTicket, { id, resolution: '  Câble USB changé  ' }, t.operatorToken);
    const res = await t.gql(KIT_DETAIL, { id: kit.id }, t.operatorToken);
    expect(res.data.kit.tickets).toEqual([
      {
        id,
        title: 'Tablette qui décroche',
        severity: 'HIGH',
        status: 'RESOLVED',
        openedAt: expect.stringMatching(/^2027-02-01T08:30:0\d\.\d{3}Z$/),
        openedBy: { email: 'operator@studioflex.fr' },
        startedAt: expect.stringMatching(/^2027-02-01T10:00:0\d\.\d{3}Z$/),
        startedBy: { email: 'operator@studioflex.fr' },
        resolvedAt: expect.stringMatching(/^2027-02-02T15:45:0\d\.\d{3}Z$/),
        resolvedBy: { email: 'operator@studioflex.fr' },
        resolution: 'Câble USB changé',
      },
    ]);
  });

  it('LOW and HIGH tickets never take the kit out of service', async () => {
    const kit = (await site.kitOn('B05'))!;
    for (const severity of ['LOW', 'HIGH'] as const) {
      const res = await site.openTicket(kit.id, severity, `Souci ${severity}`);
      expect(res.data.openMaintenanceTicket).toMatchObject({ severity, status: 'OPEN', kit: { status: 'OPERATIONAL' } });
    }
    expect((await site.desk('B05')).bookable).toBe(true);
  });

  it('keeps the kit in MAINTENANCE until the LAST blocking ticket is resolved', async () => {
    const kit = (await site.kitOn('B06'))!;
    const first = (await site.openTicket(kit.id, 'BLOCKING', 'Écran gauche mort')).data.openMaintenanceTicket.id;
    const second = (await site.openTicket(kit.id, 'BLOCKING', 'Carte graphique en surchauffe')).data.openMaintenanceTicket.id;
    const low = (await site.openTicket(kit.id, 'LOW', 'Souris qui grince')).data.openMaintenanceTicket.id;
    const r1 = await t.gql(SITE_OPS.resolveTicket, { id: first, resolution: 'Écran remplacé' }, t.operatorToken);
    expect(r1.data.resolveMaintenanceTicket.kit.status).toBe('MAINTENANCE');
    expect((await site.desk('B06')).bookable).toBe(false);
    const r2 = await t.gql(SITE_OPS.resolveTicket, { id: second, resolution: 'Pâte thermique refaite' }, t.operatorToken);
    expect(r2.data.resolveMaintenanceTicket.kit.status).toBe('OPERATIONAL');
    expect((await site.desk('B06')).bookable).toBe(true);
    // The LOW one is still open and changes nothing.
    const open = await t.gql(SITE_OPS.tickets, { status: 'OPEN' }, t.operatorToken);
    expect(open.data.maintenanceTickets.map((x: { id: string }) => x.id)).toContain(low);
  });

  it('refuses invalid transitions with INVALID_STATE and changes nothing', async () => {
    const kit = (await site.kitOn('B07'))!;
    const { id } = (await site.openTicket(kit.id, 'BLOCKING')).data.openMaintenanceTicket;
    await t.gql(SITE_OPS.startTicket, { id }, t.operatorToken);
    expect(errorCode(await t.gql(SITE_OPS.startTicket, { id }, t.operatorToken))).toBe('INVALID_STATE');
    await t.gql(SITE_OPS.resolveTicket, { id, resolution: 'Réparé' }, t.operatorToken);
    expect(errorCode(await t.gql(SITE_OPS.startTicket, { id }, t.operatorToken))).toBe('INVALID_STATE');
    expect(errorCode(await t.gql(SITE_OPS.resolveTicket, { id, resolution: 'Encore' }, t.operatorToken))).toBe('INVALID_STATE');
    const [row] = await t.dataSource.query(`SELECT status, resolution FROM maintenance_ticket WHERE id = $1`, [id]);
    expect(row).toEqual({ status: 'RESOLVED', resolution: 'Réparé' });
  });

  it('lets a quick fix be resolved straight from OPEN', async () => {
    const kit = (await site.kitOn('B08'))!;
    const { id } = (await site.openTicket(kit.id, 'BLOCKING', 'Câble écran débranché')).data.openMaintenanceTicket;
    const res = await t.gql(SITE_OPS.resolveTicket, { id, resolution: 'Câble rebranché' }, t.operatorToken);
    expect(res.data.resolveMaintenanceTicket).toMatchObject({ status: 'RESOLVED', kit: { status: 'OPERATIONAL' } });
  });

  it('refuses bad input with BAD_USER_INPUT or NOT_FOUND and writes nothing', async () => {
    const kit = (await site.kitOn('B09'))!;
    const before = await countRows(t, 'maintenance_ticket');
    const input = { kitId: kit.id, title: 'x', severity: 'BLOCKING' as const };
    expect(errorCode(await t.gql(SITE_OPS.openTicket, { input: { ...input, title: '   ' } }, t.operatorToken))).toBe('BAD_USER_INPUT');
    // A severity outside the enum: sent raw, as a hostile client would.
    expect(errorCode(await t.gqlRaw(SITE_OPS.openTicket, { input: { ...input, severity: 'URGENT' } }, t.operatorToken))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(SITE_OPS.openTicket, { input: { ...input, kitId: 'not-an-id' } }, t.operatorToken))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(SITE_OPS.openTicket, { input: { ...input, kitId: '00000000-0000-4000-8000-000000000000' } }, t.operatorToken))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(SITE_OPS.startTicket, { id: 'nope' }, t.operatorToken))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(SITE_OPS.startTicket, { id: '00000000-0000-4000-8000-000000000000' }, t.operatorToken))).toBe('NOT_FOUND');
    expect(await countRows(t, 'maintenance_ticket')).toBe(before);
    expect((await site.kitOn('B09'))!.status).toBe('OPERATIONAL');

    const { id } = (await site.openTicket(kit.id, 'BLOCKING')).data.openMaintenanceTicket;
    expect(errorCode(await t.gql(SITE_OPS.resolveTicket, { id, resolution: '  ' }, t.operatorToken))).toBe('BAD_USER_INPUT');
    const [row] = await t.dataSource.query(`SELECT status, resolved_at FROM maintenance_ticket WHERE id = $1`, [id]);
    expect(row).toEqual({ status: 'OPEN', resolved_at: null });
    expect((await site.kitOn('B09'))!.status).toBe('MAINTENANCE');
  });

  it('lists tickets by status, newest first, with their kit and desk (the contract query)', async () => {
    const kit = (await site.kitOn('B10'))!;
    t.clock.travelTo(new Date('2027-04-01T09:00:00Z'));
    const older = (await site.openTicket(kit.id, 'LOW', 'Clavier collant')).data.openMaintenanceTicket.id;
    t.clock.travelTo(new Date('2027-04-02T09:00:00Z'));
    const newer = (await site.openTicket(kit.id, 'HIGH', 'Écran qui scintille')).data.openMaintenanceTicket.id;
    const res = await t.gql(SITE_OPS.tickets, { status: 'OPEN' }, t.operatorToken);
    const ids = res.data.maintenanceTickets.map((x: { id: string }) => x.id);
    expect(ids.indexOf(newer)).toBeLessThan(ids.indexOf(older));
    expect(res.data.maintenanceTickets.find((x: { id: string }) => x.id === newer)).toEqual({
      id: newer,
      title: 'Écran qui scintille',
      severity: 'HIGH',
      status: 'OPEN',
      openedAt: expect.stringMatching(/^2027-04-02T09:00:0\d\.\d{3}Z$/),
      kit: { id: kit.id, assetTag: kit.assetTag, desk: { code: 'B10' } },
    });
    expect(res.data.maintenanceTickets.every((x: { status: string }) => x.status === 'OPEN')).toBe(true);
    const all = await t.gql(SITE_OPS.tickets, {}, t.operatorToken);
    expect(all.data.maintenanceTickets.length).toBeGreaterThan(res.data.maintenanceTickets.length);
    const byKit = await t.gql(MaintenanceTicketsMaintenanceDocument, { k: kit.id }, t.operatorToken);
    expect(byKit.data.maintenanceTickets.map((x: { id: string }) => x.id).sort()).toEqual([older, newer].sort());
  });

  it('refuses a ticket on a retired kit', async () => {
    const spare = await site.newSpare();
    await t.gql(RetireKitMaintenanceDocument, { id: spare.id }, t.operatorToken);
    expect(errorCode(await site.openTicket(spare.id, 'LOW'))).toBe('INVALID_STATE');
  });

  it('answers FORBIDDEN to a studio manager for tickets, while desks and kits stay readable', async () => {
    const kit = (await site.kitOn('C01'))!;
    const before = await countRows(t, 'maintenance_ticket');
    expect(errorCode(await site.openTicket(kit.id, 'BLOCKING', 'Panne', managerToken))).toBe('FORBIDDEN');
    expect(await countRows(t, 'maintenance_ticket')).toBe(before);
    const { id } = (await site.openTicket(kit.id, 'LOW')).data.openMaintenanceTicket;
    expect(errorCode(await t.gql(SITE_OPS.startTicket, { id }, managerToken))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(SITE_OPS.resolveTicket, { id, resolution: 'ok' }, managerToken))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(SITE_OPS.tickets, {}, managerToken))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(KIT_DETAIL, { id: kit.id }, managerToken))).toBe('FORBIDDEN'); // tickets are the operator's
    expect(errorCode(await t.gql(MovesNeededMaintenanceDocument, {}, managerToken))).toBe('FORBIDDEN');
    expect((await t.gql(SITE_OPS.desks, {}, managerToken)).data.desks).toHaveLength(40);
    expect((await t.gql(SITE_OPS.kits, {}, managerToken)).data.kits.length).toBeGreaterThanOrEqual(44);
    const own = await t.gql(KitMaintenanceDocument, { id: kit.id }, managerToken);
    expect(own.data.kit).toEqual({ assetTag: kit.assetTag, deskHistory: [{ desk: { code: 'C01' } }] });
    expect(errorCode(await t.gql(SITE_OPS.tickets, {}))).toBe('UNAUTHENTICATED');
  });

  it('refuses new bookings on a desk whose kit has a blocking ticket (DESK_UNAVAILABLE), and takes them again after a swap', async () => {
    const BOOK = BookDesksDocument;
    const FREE = FreeDesksDocument;
    t.clock.travelTo(parisTime('2027-06-14', '09:00:00'));
    const studio = await makeStudio(t.dataSource);
    await makeContract(t.dataSource, studio.id);
    const input = { studioId: studio.id, productionName: 'Les Contes du Marais', startDate: '2027-06-21', endDate: '2027-06-25', deskIds: [site.deskId.C03] };
    const kit = (await site.kitOn('C03'))!;
    await site.openTicket(kit.id, 'BLOCKING', 'Carte graphique HS');
    const refused = await t.gql(BOOK, { input }, t.operatorToken);
    expect(errorCode(refused)).toBe('DESK_UNAVAILABLE');
    expect(await countRows(t, `booking WHERE studio_id = '${studio.id}'`)).toBe(0);
    const free = await t.gql(FREE, { from: '2027-06-21', to: '2027-06-25' }, t.operatorToken);
    expect(free.data.freeDesks.map((d: { code: string }) => d.code)).not.toContain('C03');

    const spare = await site.newSpare();
    await t.gql(SITE_OPS.swapKit, { deskId: site.deskId.C03, kitId: spare.id }, t.operatorToken);
    const booked = await t.gql(BOOK, { input }, t.operatorToken);
    expect(booked.errors).toBeUndefined();
    expect(booked.data.bookDesks.desks).toEqual([{ id: site.deskId.C03, code: 'C03', zone: 'C' }]);
  });

  it('refuses check-in at a desk whose kit has a blocking ticket (KIT_UNAVAILABLE), and allows it once resolved', async () => {
    const w = await makeWorld(t);
    const { code } = await w.staffed('C02', '2027-03-01', '2027-03-05');
    t.clock.travelTo(parisTime('2027-03-02', '09:00:00'));
    const kit = (await site.kitOn('C02'))!;
    const { id } = (await site.openTicket(kit.id, 'BLOCKING', 'Station HS')).data.openMaintenanceTicket;
    const verify = await t.gql(CREW_OPS.verifyAccess, { code }, t.operatorToken);
    expect(verify.data.verifyAccess).toMatchObject({ allowed: false, reason: 'KIT_UNAVAILABLE', desk: { code: 'C02' } });
    const refused = await t.gql(CREW_OPS.checkIn, { code }, t.operatorToken);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0].extensions.reason).toBe('KIT_UNAVAILABLE');
    expect(await countRows(t, 'crew_check_in')).toBe(0);

    await t.gql(SITE_OPS.resolveTicket, { id, resolution: 'Station remplacée' }, t.operatorToken);
    const ok = await t.gql(CREW_OPS.checkIn, { code }, t.operatorToken);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.checkIn.desk).toEqual({ code: 'C02' });
  });
});
