import { makeManager, makeStudio, TEST_PASSWORD } from '../../../seeds/factories/index.js';
import { createTestApp, errorCode, GqlResult, TestApp } from '../harness.js';
import { countRows, KIT_DETAIL, siteMap, SITE_OPS } from './kits-world.js';
import { AddComponentDocument, AddKitInput, AddKitInventoryDocument, KitComponentInput, KitsFilteredDocument, RemoveComponentDocument, RetireKitInventoryDocument, UpdateComponentDocument, UpdateKitDocument } from '../documents.js';

const monitor: KitComponentInput = { type: 'MONITOR', model: 'EIZO ColorEdge CS2400S 24"', serialNumber: 'MX-0001', embodiedKgCo2e: 66, footprintSource: 'ADEME Impact CO2 (2025 update): 24-inch monitor' };

describe('kit inventory and swapping', () => {
  let t: TestApp;
  let site: Awaited<ReturnType<typeof siteMap>>;
  let managerToken: string;

  beforeAll(async () => {
    t = await createTestApp();
    site = await siteMap(t);
    const studio = await makeStudio(t.dataSource);
    managerToken = await t.login((await makeManager(t.dataSource, studio.id)).email, TEST_PASSWORD);
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  it('shows a seeded kit with its components, footprint, refurbished flags and the desk it stood on since purchase', async () => {
    const kit = (await site.kitOn('A01'))!;
    const res = await t.gql(KIT_DETAIL, { id: kit.id }, t.operatorToken);
    expect(res.errors).toBeUndefined();
    expect(res.data.kit).toMatchObject({ assetTag: 'KIT-001', status: 'OPERATIONAL', spare: false, purchasedOn: '2025-09-01', retiredOn: null, footprintKgCo2e: 431, desk: { code: 'A01' }, tickets: [] });
    expect(res.data.kit.components).toHaveLength(5);
    expect(res.data.kit.components.every((c: { refurbished: boolean }) => !c.refurbished)).toBe(true);
    expect(res.data.kit.deskHistory).toEqual([{ from: '2025-09-01', to: null, arrivedBy: 'INSTALLED', leftBy: null, desk: { code: 'A01' } }]);
    const spare = await site.kitByTag('KIT-044');
    const spareRes = await t.gql(KIT_DETAIL, { id: spare.id }, t.operatorToken);
    expect(spareRes.data.kit).toMatchObject({ spare: true, desk: null, deskHistory: [] });
    expect(spareRes.data.kit!.components.find((c) => c.type === 'WORKSTATION')!.refurbished).toBe(true);
  });

  it('adds a kit as a spare with the next asset tag and its components; footprint is their sum', async () => {
    t.clock.travelTo(new Date('2027-01-10T10:00:00Z'));
    const res = await t.gql(
      AddKitInventoryDocument,
      { input: { purchasedOn: '2027-01-05', components: [monitor, { type: 'WORKSTATION', model: 'HP Z2 G9 (reconditionnée)', serialNumber: 'CZ-1', embodiedKgCo2e: 205, refurbished: true }] } },
      t.operatorToken,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.addKit).toMatchObject({ assetTag: 'KIT-045', status: 'OPERATIONAL', spare: true, purchasedOn: '2027-01-05', footprintKgCo2e: 271, desk: null });
    const ws = res.data.addKit.components.find((c: { type: string }) => c.type === 'WORKSTATION');
    expect(ws).toEqual({ type: 'WORKSTATION', refurbished: true, footprintSource: 'Entered by the site operator (no source given)' });
    const named = await t.gql(AddKitInventoryDocument, { input: { assetTag: 'kit-900', purchasedOn: '2027-01-05' } }, t.operatorToken);
    expect(named.data.addKit).toMatchObject({ assetTag: 'KIT-900', footprintKgCo2e: 0, components: [] });
    const next = await t.gql(AddKitInventoryDocument, { input: { purchasedOn: '2027-01-05' } }, t.operatorToken);
    expect(next.data.addKit.assetTag).toBe('KIT-901');
  });

  it('refuses a duplicate asset tag, a future purchase, a negative footprint, leaving nothing behind', async () => {
    t.clock.travelTo(new Date('2027-01-10T10:00:00Z'));
    const before = { kits: await countRows(t, 'kit'), components: await countRows(t, 'kit_component') };
    const cases: AddKitInput[] = [
      { assetTag: 'KIT-001', purchasedOn: '2027-01-05', components: [monitor] },
      { purchasedOn: '2027-01-11', components: [monitor] },
      { purchasedOn: '2027-01-05', components: [{ ...monitor, embodiedKgCo2e: -1 }] },
      { purchasedOn: '2027-01-05', components: [{ ...monitor, model: ' ' }] },
      { purchasedOn: '2027-02-30' },
      { assetTag: 'kit 12!', purchasedOn: '2027-01-05' },
    ];
    for (const input of cases) {
      const res = await t.gql(AddKitInventoryDocument, { input }, t.operatorToken);
      expect({ input, code: errorCode(res) }).toEqual({ input, code: 'BAD_USER_INPUT' });
    }
    expect({ kits: await countRows(t, 'kit'), components: await countRows(t, 'kit_component') }).toEqual(before);
  });

  it('edits a kit and its components; footprint follows', async () => {
    const spare = await site.newSpare();
    const renamed = await t.gql(UpdateKitDocument, { id: spare.id, input: { assetTag: 'KIT-777', purchasedOn: '2026-01-20' } }, t.operatorToken);
    expect(renamed.data.updateKit).toMatchObject({ assetTag: 'KIT-777', purchasedOn: '2026-01-20' });
    expect(errorCode(await t.gql(UpdateKitDocument, { id: spare.id, input: { assetTag: 'KIT-002' } }, t.operatorToken))).toBe('BAD_USER_INPUT');

    const added = await t.gql(AddComponentDocument, { kitId: spare.id, input: monitor }, t.operatorToken);
    expect(added.data.addKitComponent.footprintKgCo2e).toBe(205 + 66);
    const monitorId = added.data.addKitComponent.components.find((c) => c.type === 'MONITOR')!.id;
    const updated = await t.gql(UpdateComponentDocument, { id: monitorId, input: { model: 'Dell P2425', embodiedKgCo2e: 64.7, refurbished: true } }, t.operatorToken);
    expect(updated.data.updateKitComponent.footprintKgCo2e).toBe(269.7);
    expect(updated.data.updateKitComponent.components.find((c: { id: string }) => c.id === monitorId)).toEqual({ id: monitorId, model: 'Dell P2425', embodiedKgCo2e: 64.7, refurbished: true });
    const removed = await t.gql(RemoveComponentDocument, { id: monitorId }, t.operatorToken);
    expect(removed.data.removeKitComponent).toMatchObject({ footprintKgCo2e: 205 });
    expect(removed.data.removeKitComponent.components).toHaveLength(1);
    expect(errorCode(await t.gql(RemoveComponentDocument, { id: monitorId }, t.operatorToken))).toBe('NOT_FOUND');
  });

  it('refuses a purchase date after the kit was first on a desk', async () => {
    const kit = (await site.kitOn('A02'))!;
    const res = await t.gql(UpdateKitDocument, { id: kit.id, input: { purchasedOn: '2025-10-01' } }, t.operatorToken);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect((await t.dataSource.query(`SELECT purchased_on FROM kit WHERE id = $1`, [kit.id]))[0].purchased_on).toBe('2025-09-01');
  });

  it('retires a kit: RETIRED from today, off its desk (which is no longer bookable), open tickets closed, record frozen', async () => {
    t.clock.travelTo(new Date('2027-03-15T10:00:00Z'));
    const kit = (await site.kitOn('A03'))!;
    const ticket = (await site.openTicket(kit.id, 'BLOCKING', 'Carte mère grillée')).data.openMaintenanceTicket.id;
    const res = await t.gql(RetireKitInventoryDocument, { id: kit.id }, t.operatorToken);
    expect(res.data.retireKit).toEqual({ id: kit.id, status: 'RETIRED', retiredOn: '2027-03-15', spare: false, desk: null });
    expect(await site.desk('A03')).toMatchObject({ bookable: false, kit: null });
    const detail = await t.gql(KIT_DETAIL, { id: kit.id }, t.operatorToken);
    expect(detail.data.kit.deskHistory).toEqual([{ from: '2025-09-01', to: '2027-03-15', arrivedBy: 'INSTALLED', leftBy: 'RETIRED', desk: { code: 'A03' } }]);
    expect(detail.data.kit.tickets).toMatchObject([{ id: ticket, status: 'RESOLVED', resolution: 'Kit retired on 2027-03-15' }]);
    expect(errorCode(await t.gql(RetireKitInventoryDocument, { id: kit.id }, t.operatorToken))).toBe('INVALID_STATE');
    expect(errorCode(await t.gql(UpdateKitDocument, { id: kit.id, input: { assetTag: 'KIT-R03' } }, t.operatorToken))).toBe('INVALID_STATE');
    expect(errorCode(await t.gql(AddComponentDocument, { kitId: kit.id, input: monitor }, t.operatorToken))).toBe('INVALID_STATE');
    // A spare swapped in puts the desk back in service.
    const spare = await site.newSpare();
    const swapped = await t.gql(SITE_OPS.swapKit, { deskId: site.deskId.A03, kitId: spare.id }, t.operatorToken);
    expect(swapped.data.swapKit).toMatchObject({ code: 'A03', bookable: true, kit: { id: spare.id } });
  });

  it('filters kits by status and spares', async () => {
    const kit = (await site.kitOn('A04'))!;
    await site.openTicket(kit.id, 'BLOCKING');
    const maintenance = await t.gql(KitsFilteredDocument, { status: 'MAINTENANCE' }, t.operatorToken);
    expect(maintenance.data.kits).toContainEqual({ assetTag: kit.assetTag, status: 'MAINTENANCE', spare: false, desk: { code: 'A04' } });
    expect(maintenance.data.kits.every((k: { status: string }) => k.status === 'MAINTENANCE')).toBe(true);
    const spares = await t.gql(KitsFilteredDocument, { spare: true }, t.operatorToken);
    expect(spares.data.kits.length).toBeGreaterThanOrEqual(4);
    expect(spares.data.kits.every((k: { spare: boolean; desk: unknown; status: string }) => k.spare && k.desk === null && k.status !== 'RETIRED')).toBe(true);
    const onDesks = await t.gql(KitsFilteredDocument, { spare: false }, t.operatorToken);
    expect(onDesks.data.kits.every((k: { desk: unknown }) => k.desk !== null)).toBe(true);
  });

  it('swaps a spare onto a desk in maintenance: the desk is bookable at once, the old kit becomes a spare still in maintenance', async () => {
    t.clock.travelTo(new Date('2027-05-03T09:00:00Z'));
    const broken = (await site.kitOn('A05'))!;
    await site.openTicket(broken.id, 'BLOCKING', 'Écran fissuré');
    expect((await site.desk('A05')).bookable).toBe(false);
    const spare = await site.newSpare();
    const res = await t.gql(SITE_OPS.swapKit, { deskId: site.deskId.A05, kitId: spare.id }, t.operatorToken);
    expect(res.errors).toBeUndefined();
    expect(res.data.swapKit).toEqual({ id: site.deskId.A05, code: 'A05', bookable: true, kit: { id: spare.id, assetTag: spare.assetTag } });
    expect(await site.kitByTag(broken.assetTag)).toMatchObject({ status: 'MAINTENANCE', deskId: null });
    const old = await t.gql(KIT_DETAIL, { id: broken.id }, t.operatorToken);
    expect(old.data.kit).toMatchObject({ spare: true, desk: null });
    expect(old.data.kit.deskHistory[0]).toEqual({ from: '2025-09-01', to: '2027-05-03', arrivedBy: 'INSTALLED', leftBy: 'SWAPPED', desk: { code: 'A05' } });
    const fresh = await t.gql(KIT_DETAIL, { id: spare.id }, t.operatorToken);
    expect(fresh.data.kit.deskHistory).toEqual([{ from: '2027-05-03', to: null, arrivedBy: 'SWAPPED', leftBy: null, desk: { code: 'A05' } }]);
    // Swapping the same kit onto the same desk again changes nothing.
    const again = await t.gql(SITE_OPS.swapKit, { deskId: site.deskId.A05, kitId: spare.id }, t.operatorToken);
    expect(again.data.swapKit.kit!.id).toBe(spare.id);
    expect(await countRows(t, `kit_desk_history WHERE kit_id = '${spare.id}'`)).toBe(1);
  });

  it('swaps an operational kit off a desk: the old one becomes an OPERATIONAL spare', async () => {
    const old = (await site.kitOn('A06'))!;
    const spare = await site.newSpare();
    await t.gql(SITE_OPS.swapKit, { deskId: site.deskId.A06, kitId: spare.id }, t.operatorToken);
    expect(await site.kitByTag(old.assetTag)).toMatchObject({ status: 'OPERATIONAL', deskId: null });
    const spares = await t.gql(KitsFilteredDocument, { spare: true }, t.operatorToken);
    expect(spares.data.kits.map((k: { assetTag: string }) => k.assetTag)).toContain(old.assetTag);
  });

  it('refuses to swap in a kit in maintenance, retired, or on another desk (INVALID_STATE), and changes nothing', async () => {
    const target = site.deskId.A07;
    const onTarget = (await site.kitOn('A07'))!;
    const inMaintenance = await site.newSpare();
    await site.openTicket(inMaintenance.id, 'BLOCKING', 'Ne démarre pas');
    const retired = await site.newSpare();
    await t.gql(RetireKitInventoryDocument, { id: retired.id }, t.operatorToken);
    const elsewhere = (await site.kitOn('A08'))!;
    const historyBefore = await countRows(t, 'kit_desk_history');
    for (const kit of [inMaintenance, retired, elsewhere]) {
      const res = await t.gql(SITE_OPS.swapKit, { deskId: target, kitId: kit.id }, t.operatorToken);
      expect({ kit: kit.assetTag, code: errorCode(res) }).toEqual({ kit: kit.assetTag, code: 'INVALID_STATE' });
    }
    expect((await site.kitOn('A07'))!.id).toBe(onTarget.id);
    expect((await site.kitOn('A08'))!.id).toBe(elsewhere.id);
    expect(await countRows(t, 'kit_desk_history')).toBe(historyBefore);
    expect(errorCode(await t.gql(SITE_OPS.swapKit, { deskId: '00000000-0000-4000-8000-000000000000', kitId: inMaintenance.id }, t.operatorToken))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(SITE_OPS.swapKit, { deskId: target, kitId: 'KIT-041' }, t.operatorToken))).toBe('BAD_USER_INPUT');
  });

  it('gives one spare to one desk only when two swaps race', async () => {
    const spare = await site.newSpare();
    const [a, b] = await Promise.all([
      t.gql(SITE_OPS.swapKit, { deskId: site.deskId.A09, kitId: spare.id }, t.operatorToken),
      t.gql(SITE_OPS.swapKit, { deskId: site.deskId.A10, kitId: spare.id }, t.operatorToken),
    ]);
    const codes = [errorCode(a), errorCode(b)].sort();
    expect(codes).toEqual(['INVALID_STATE', undefined].sort());
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM kit_desk_history WHERE kit_id = $1 AND to_date IS NULL`, [spare.id]);
    expect(n).toBe(1);
  });

  it('answers FORBIDDEN to a studio manager for every inventory change', async () => {
    const kit = (await site.kitOn('C05'))!;
    const spare = await site.kitByTag('KIT-041');
    const calls: Array<() => Promise<GqlResult<unknown>>> = [
      () => t.gql(AddKitInventoryDocument, { input: { purchasedOn: '2026-01-01' } }, managerToken),
      () => t.gql(UpdateKitDocument, { id: kit.id, input: { assetTag: 'KIT-666' } }, managerToken),
      () => t.gql(RetireKitInventoryDocument, { id: kit.id }, managerToken),
      () => t.gql(AddComponentDocument, { kitId: kit.id, input: monitor }, managerToken),
      () => t.gql(SITE_OPS.swapKit, { deskId: site.deskId.C05, kitId: spare.id }, managerToken),
    ];
    for (const call of calls) expect(errorCode(await call())).toBe('FORBIDDEN');
    expect(await site.kitOn('C05')).toEqual(kit);
  });
});
