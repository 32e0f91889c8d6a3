import { BookingStatus } from '../../src/modules/booking/booking.entity.js';
import { ContractStatus } from '../../src/modules/studios/contract.entity.js';
import { makeBooking, makeContract } from '../../../seeds/factories/index.js';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createTestApp, errorCode, GqlResult, TestApp, VariablesThen } from '../harness.js';
import { BOOKING_DETAIL, deskIds, footprint, makeTenant, OPS, startOfTestDay, Tenant } from './booking-world.js';
import { STUDIO_OPS } from '../studios/studios-world.js';
import { QuoteDocument } from '../documents.js';

/** Manager B must not read or change anything of studio A, through any booking, studio or contract operation. */
describe('tenant isolation: studio B against studio A', () => {
  let t: TestApp;
  let desk: Record<string, string>;
  let a: Tenant;
  let b: Tenant;
  let aConfirmed: string;
  let aOption: string;
  let aDraft: string;
  const SECRET = 'Le Dernier Phare (confidentiel)';
  const seen: GqlResult[] = [];
  // B sends A's ids through the shared documents, as a client of B's would.
  const asB = async <R, V>(document: TypedDocumentNode<R, V>, ...[variables]: VariablesThen<NoInfer<V>, []>) => {
    const res = await t.gqlRaw<R>(document, variables ?? {}, b.token);
    seen.push(res);
    return res;
  };

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.travelTo(startOfTestDay());
    desk = await deskIds(t);
    a = await makeTenant(t);
    b = await makeTenant(t);
    aConfirmed = (await makeBooking(t.dataSource, { studioId: a.studioId, contractId: a.contract.id, deskCodes: ['A01', 'A02'], startDate: '2026-03-16', endDate: '2026-03-27', productionName: SECRET })).id;
    aOption = (await makeBooking(t.dataSource, { studioId: a.studioId, contractId: a.contract.id, deskCodes: ['A03'], startDate: '2026-03-16', endDate: '2026-03-20', status: BookingStatus.OPTION, productionName: SECRET })).id;
    aDraft = (await makeContract(t.dataSource, a.studioId, { status: ContractStatus.DRAFT, startDate: '2028-01-01', endDate: '2028-12-31' })).id;
    await makeBooking(t.dataSource, { studioId: b.studioId, contractId: b.contract.id, deskCodes: ['B01'], startDate: '2026-03-16', endDate: '2026-03-20' });
  });
  afterAll(() => t.close());

  it('bookings: only B\'s own; asking for A\'s studio is FORBIDDEN', async () => {
    const list = (await asB(OPS.bookings, { from: '2026-03-01', to: '2026-03-31' })).data.bookings;
    expect(list.map((x: { studio: { id: string } }) => x.studio.id)).toEqual([b.studioId]);
    expect(errorCode(await asB(OPS.bookings, { from: '2026-03-01', to: '2026-03-31', studioId: a.studioId }))).toBe('FORBIDDEN');
  });

  it('booking(id): NOT_FOUND for A\'s bookings', async () => {
    expect(errorCode(await asB(BOOKING_DETAIL, { id: aConfirmed }))).toBe('NOT_FOUND');
    expect(errorCode(await asB(BOOKING_DETAIL, { id: aOption }))).toBe('NOT_FOUND');
  });

  it("deskCalendar: A's blocks are there, anonymous", async () => {
    const rows = (await asB(OPS.deskCalendar, { from: '2026-03-16', to: '2026-03-20' })).data.deskCalendar;
    const a01 = rows.find((r) => r.desk.code === 'A01');
    expect(a01!.blocks).toEqual([{ startDate: '2026-03-16', endDate: '2026-03-27', status: 'CONFIRMED', mine: false, booking: null }]);
  });

  it('contracts and contract(id): only B\'s; A\'s are FORBIDDEN / NOT_FOUND', async () => {
    const list = (await asB(STUDIO_OPS.contracts, {})).data.contracts;
    expect(list.map((c: { studio: { id: string } }) => c.studio.id)).toEqual([b.studioId]);
    expect(errorCode(await asB(STUDIO_OPS.contracts, { studioId: a.studioId }))).toBe('FORBIDDEN');
    expect(errorCode(await asB(STUDIO_OPS.contract, { id: a.contract.id }))).toBe('NOT_FOUND');
  });

  it('studios and studio(id): only B; A is NOT_FOUND; onboarding of A is FORBIDDEN', async () => {
    expect((await asB(STUDIO_OPS.studios)).data.studios.map((s: { id: string }) => s.id)).toEqual([b.studioId]);
    expect(errorCode(await asB(STUDIO_OPS.studio, { id: a.studioId }))).toBe('NOT_FOUND');
    expect(errorCode(await asB(STUDIO_OPS.onboarding, { studioId: a.studioId }))).toBe('FORBIDDEN');
  });

  it('confirm, update, cancel of A\'s bookings: NOT_FOUND, and A\'s bookings stay as they were', async () => {
    const before = await t.dataSource.query(`SELECT id, status, start_date, end_date, updated_at FROM booking WHERE studio_id = $1 ORDER BY id`, [a.studioId]);
    const rowsBefore = await footprint(t);
    expect(errorCode(await asB(OPS.confirmBooking, { id: aOption }))).toBe('NOT_FOUND');
    expect(errorCode(await asB(OPS.updateBooking, { input: { id: aConfirmed, endDate: '2026-03-31' } }))).toBe('NOT_FOUND');
    expect(errorCode(await asB(OPS.updateBooking, { input: { id: aConfirmed, deskIds: [desk.B05] } }))).toBe('NOT_FOUND');
    expect(errorCode(await asB(OPS.cancelBooking, { id: aConfirmed }))).toBe('NOT_FOUND');
    expect(errorCode(await asB(OPS.cancelBooking, { id: aOption }))).toBe('NOT_FOUND');
    expect(await t.dataSource.query(`SELECT id, status, start_date, end_date, updated_at FROM booking WHERE studio_id = $1 ORDER BY id`, [a.studioId])).toEqual(before);
    expect(await footprint(t)).toEqual(rowsBefore);
  });

  it('bookDesks and bookingQuote for A: FORBIDDEN, nothing written', async () => {
    const before = await footprint(t);
    const input = { studioId: a.studioId, productionName: 'Intrusion', startDate: '2026-04-06', endDate: '2026-04-10', deskIds: [desk.C01] };
    expect(errorCode(await asB(OPS.bookDesks, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await asB(OPS.bookDesks, { input: { ...input, deskIds: undefined, deskCount: 2 } }))).toBe('FORBIDDEN');
    expect(errorCode(await asB(QuoteDocument, { input: { studioId: a.studioId, startDate: '2026-04-06', endDate: '2026-04-10', deskCount: 2 } }))).toBe('FORBIDDEN');
    expect(errorCode(await asB(QuoteDocument, { input: { studioId: b.studioId, startDate: '2026-04-06', endDate: '2026-04-10', bookingId: aConfirmed } }))).toBe('NOT_FOUND');
    expect(await footprint(t)).toEqual(before);
  });

  it('operator-only operations on A\'s studio and contracts: FORBIDDEN, nothing changed', async () => {
    const studioBefore = await t.dataSource.query(`SELECT * FROM studio WHERE id = $1`, [a.studioId]);
    const contractsBefore = await t.dataSource.query(`SELECT id, status FROM contract WHERE studio_id = $1 ORDER BY id`, [a.studioId]);
    expect(errorCode(await asB(STUDIO_OPS.updateStudio, { input: { id: a.studioId, name: 'Renamed by B' } }))).toBe('FORBIDDEN');
    expect(errorCode(await asB(STUDIO_OPS.activateContract, { id: aDraft }))).toBe('FORBIDDEN');
    expect(errorCode(await asB(STUDIO_OPS.terminateContract, { id: a.contract.id }))).toBe('FORBIDDEN');
    const contractInput = { studioId: a.studioId, startDate: '2029-01-01', endDate: '2029-12-31', dailyRateCents: 1, maxDesks: 40, insurancePolicyRef: 'X', insuranceExpiresOn: '2029-12-31' };
    expect(errorCode(await asB(STUDIO_OPS.createContract, { input: contractInput }))).toBe('FORBIDDEN');
    expect(await t.dataSource.query(`SELECT * FROM studio WHERE id = $1`, [a.studioId])).toEqual(studioBefore);
    expect(await t.dataSource.query(`SELECT id, status FROM contract WHERE studio_id = $1 ORDER BY id`, [a.studioId])).toEqual(contractsBefore);
  });

  it('never showed B anything of A (name, production, references, contract numbers)', async () => {
    const everything = JSON.stringify(seen);
    expect(seen.length).toBeGreaterThan(20);
    const refs: Array<{ reference: string }> = await t.dataSource.query(`SELECT reference FROM booking WHERE studio_id = $1`, [a.studioId]);
    for (const secret of [SECRET, a.studioName, a.contract.number, ...refs.map((r) => r.reference)]) expect(everything).not.toContain(secret);
  });
});
