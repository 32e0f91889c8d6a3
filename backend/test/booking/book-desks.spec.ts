import { randomUUID } from 'node:crypto';
import { BookingStatus } from '../../src/modules/booking/booking.entity.js';
import { ContractStatus } from '../../src/modules/studios/contract.entity.js';
import { makeBooking } from '../../../seeds/factories/index.js';
import { createTestApp, errorCode, GqlResult, TestApp } from '../harness.js';
import { deskIds, footprint, makeTenant, ok, OPS, startOfTestDay, Tenant } from './booking-world.js';

describe('bookDesks: the booking rules and their codes', () => {
  let t: TestApp;
  let desk: Record<string, string>;
  let studio: Tenant;
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.travelTo(startOfTestDay());
    desk = await deskIds(t);
    studio = await makeTenant(t);
  });
  afterAll(() => t.close());

  const input = (over: Record<string, unknown> = {}, who = studio) => ({
    studioId: who.studioId,
    productionName: 'Les Contes du Marais — saison 2',
    startDate: '2026-03-09',
    endDate: '2026-03-13',
    ...over,
  });
  const book = (over: Record<string, unknown> = {}, who = studio, token = who.token) => t.gql(OPS.bookDesks, { input: input(over, who) }, token);

  /** The call is refused with `code` and leaves no booking, row or idempotency record behind. */
  async function refused(call: () => Promise<GqlResult<{ bookDesks: unknown } | null>>, code: string) {
    const before = await footprint(t);
    const res = await call();
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(res.data?.bookDesks ?? null).toBeNull();
    expect(await footprint(t)).toEqual(before);
    return { ...res, errors: res.errors! };
  }

  it('books the desks asked for, in their order, as one confirmed block with a BK reference', async () => {
    const res = ok(await book({ deskIds: [desk.B03, desk.B02], startDate: '2026-03-16', endDate: '2026-03-20', idempotencyKey: undefined }));
    expect(res.bookDesks).toMatchObject({
      reference: expect.stringMatching(/^BK-2026-\d{5}$/),
      status: 'CONFIRMED',
      productionName: 'Les Contes du Marais — saison 2',
      startDate: '2026-03-16',
      endDate: '2026-03-20',
      optionExpiresAt: null,
      studio: { id: studio.studioId },
      desks: [{ code: 'B03', zone: 'B' }, { code: 'B02', zone: 'B' }],
    });
    const rows = await t.dataSource.query(`SELECT days::text, live, position FROM booking_desk WHERE booking_id = $1 ORDER BY position`, [res.bookDesks.id]);
    // Stored half-open: the last day is included, the day after is the upper bound.
    expect(rows).toEqual([
      { days: '[2026-03-16,2026-03-21)', live: true, position: 0 },
      { days: '[2026-03-16,2026-03-21)', live: true, position: 1 },
    ]);
  });

  it('picks desks for a deskCount, keeping the team together in one zone', async () => {
    const res = ok(await book({ deskCount: 4, startDate: '2026-04-06', endDate: '2026-04-10' }));
    const codes = res.bookDesks.desks.map((d: { code: string }) => d.code);
    expect(codes).toEqual(['A01', 'A02', 'A06', 'A07']);
  });

  it('spills a team bigger than a zone into the neighbouring zone, listing the first zone first', async () => {
    const res = ok(await book({ deskCount: 12, startDate: '2026-05-04', endDate: '2026-05-06' }));
    const zones = res.bookDesks.desks.map((d: { zone: string }) => d.zone);
    expect(zones.slice(0, 10)).toEqual(Array(10).fill('A'));
    expect(new Set(zones.slice(10)).size).toBe(1);
    expect(zones[10]).not.toBe('A');
  });

  it('allocates around desks already taken and out-of-service desks', async () => {
    await makeBooking(t.dataSource, { studioId: studio.studioId, contractId: studio.contract.id, deskCodes: ['A01', 'A02', 'A03', 'A04', 'A05', 'A06', 'A07'], startDate: '2026-06-01', endDate: '2026-06-05' });
    await t.dataSource.query(`UPDATE kit SET status = 'MAINTENANCE' WHERE desk_id = $1`, [desk.B01]);
    try {
      const res = ok(await book({ deskCount: 3, startDate: '2026-06-03', endDate: '2026-06-04' }));
      expect(res.bookDesks.desks.map((d: { code: string }) => d.code)).toEqual(['A08', 'A09', 'A10']);
      const four = ok(await book({ deskCount: 4, startDate: '2026-06-03', endDate: '2026-06-04' }));
      expect(four.bookDesks.desks.map((d: { code: string }) => d.code)).not.toContain('B01');
    } finally {
      await t.dataSource.query(`UPDATE kit SET status = 'OPERATIONAL' WHERE desk_id = $1`, [desk.B01]);
    }
  });

  describe('BAD_USER_INPUT, nothing written', () => {
    it('reversed dates', () => refused(() => book({ deskIds: [desk.C01], startDate: '2026-03-13', endDate: '2026-03-09' }), 'BAD_USER_INPUT'));
    it('an empty desk list', () => refused(() => book({ deskIds: [] }), 'BAD_USER_INPUT'));
    it('both deskIds and deskCount', () => refused(() => book({ deskIds: [desk.C01], deskCount: 1 }), 'BAD_USER_INPUT'));
    it('neither deskIds nor deskCount', () => refused(() => book({}), 'BAD_USER_INPUT'));
    it('deskCount over 40', () => refused(() => book({ deskCount: 41 }), 'BAD_USER_INPUT'));
    it('deskCount under 1', () => refused(() => book({ deskCount: 0 }), 'BAD_USER_INPUT'));
    it('a range over 366 days', () => refused(() => book({ deskIds: [desk.C01], startDate: '2026-03-09', endDate: '2027-03-10' }), 'BAD_USER_INPUT'));
    it('an unknown desk', () => refused(() => book({ deskIds: [desk.C01, randomUUID()] }), 'BAD_USER_INPUT'));
    it('a desk listed twice', () => refused(() => book({ deskIds: [desk.C01, desk.C01] }), 'BAD_USER_INPUT'));
    it('an empty production name', () => refused(() => book({ deskIds: [desk.C01], productionName: '   ' }), 'BAD_USER_INPUT'));
    it('a date that is no calendar date', () => refused(() => book({ deskIds: [desk.C01], endDate: '2026-02-30' }), 'BAD_USER_INPUT'));
    it('a manager booking before today', () => refused(() => book({ deskIds: [desk.C01], startDate: '2026-03-01', endDate: '2026-03-03' }), 'BAD_USER_INPUT'));

    it('accepts exactly 366 days and one-day bookings', async () => {
      ok(await book({ deskIds: [desk.D10], startDate: '2026-03-09', endDate: '2027-03-09' }));
      ok(await book({ deskIds: [desk.D09], startDate: '2026-03-02', endDate: '2026-03-02' }));
    });
  });

  it('lets the operator record a past booking', async () => {
    const res = ok(await book({ deskIds: [desk.C02], startDate: '2026-02-02', endDate: '2026-02-06' }, studio, t.operatorToken));
    expect(res.bookDesks).toMatchObject({ status: 'CONFIRMED', startDate: '2026-02-02' });
  });

  describe('NO_ACTIVE_CONTRACT', () => {
    it('without any contract', async () => {
      const bare = await makeTenant(t, null);
      await refused(() => book({ deskIds: [desk.C03] }, bare), 'NO_ACTIVE_CONTRACT');
    });

    it('with a DRAFT or TERMINATED contract only', async () => {
      const draft = await makeTenant(t, { status: ContractStatus.DRAFT });
      await refused(() => book({ deskIds: [desk.C03] }, draft), 'NO_ACTIVE_CONTRACT');
      const ended = await makeTenant(t, { status: ContractStatus.TERMINATED });
      await refused(() => book({ deskIds: [desk.C03] }, ended), 'NO_ACTIVE_CONTRACT');
    });

    it('when the active contract does not cover every day', async () => {
      const short = await makeTenant(t, { startDate: '2026-03-01', endDate: '2026-03-11' });
      const res = await refused(() => book({ deskIds: [desk.C03] }, short), 'NO_ACTIVE_CONTRACT');
      expect(res.errors[0].message).toContain('2026-03-11');
      ok(await book({ deskIds: [desk.C03], endDate: '2026-03-11' }, short));
    });
  });

  it('INSURANCE_EXPIRED when the insurance ends before the last day (valid on it is fine)', async () => {
    const insured = await makeTenant(t, { insuranceExpiresOn: '2026-03-12' });
    await refused(() => book({ deskIds: [desk.C04] }, insured), 'INSURANCE_EXPIRED');
    ok(await book({ deskIds: [desk.C04], endDate: '2026-03-12' }, insured));
  });

  describe('CONTRACT_LIMIT', () => {
    let small: Tenant;
    beforeAll(async () => (small = await makeTenant(t, { maxDesks: 3 })));

    it('refuses a day with more desks than maxDesks, counting live options', async () => {
      ok(await book({ deskIds: [desk.D01], startDate: '2026-03-23', endDate: '2026-03-27' }, small));
      ok(await book({ deskIds: [desk.D02], startDate: '2026-03-25', endDate: '2026-03-25', asOption: true }, small));
      const res = await refused(() => book({ deskIds: [desk.D03, desk.D04], startDate: '2026-03-20', endDate: '2026-03-25' }, small), 'CONTRACT_LIMIT');
      expect(res.errors[0].extensions.day).toBe('2026-03-25');
      // The same two desks fit on days where the studio holds one desk only.
      ok(await book({ deskIds: [desk.D03, desk.D04], startDate: '2026-03-20', endDate: '2026-03-24' }, small));
    });

    it('refuses a deskCount above maxDesks outright', () => refused(() => book({ deskCount: 4, startDate: '2026-09-07', endDate: '2026-09-08' }, small), 'CONTRACT_LIMIT'));

    it('does not count an expired option', async () => {
      ok(await book({ deskIds: [desk.D05, desk.D06, desk.D07], startDate: '2026-10-05', endDate: '2026-10-09', asOption: true, optionHours: 1 }, small));
      await refused(() => book({ deskIds: [desk.D08], startDate: '2026-10-05', endDate: '2026-10-05' }, small), 'CONTRACT_LIMIT');
      t.clock.travelTo(new Date(startOfTestDay().getTime() + 2 * 3_600_000));
      try {
        ok(await book({ deskIds: [desk.D08], startDate: '2026-10-05', endDate: '2026-10-05' }, small));
      } finally {
        t.clock.travelTo(startOfTestDay());
      }
    });
  });

  describe('DESK_UNAVAILABLE', () => {
    it('when another live booking holds one of the desk-days, naming desk and days', async () => {
      const other = await makeTenant(t);
      ok(await book({ deskIds: [desk.C05, desk.C06], startDate: '2026-07-06', endDate: '2026-07-10' }, other));
      const res = await refused(() => book({ deskIds: [desk.C07, desk.C06], startDate: '2026-07-10', endDate: '2026-07-17' }), 'DESK_UNAVAILABLE');
      expect(res.errors[0].extensions).toMatchObject({ deskCodes: ['C06'], from: '2026-07-10', to: '2026-07-10' });
      expect(res.errors[0].message).toContain('C06');
      // The manager learns which desk and day, never whose booking.
      expect(JSON.stringify(res.errors)).not.toContain(other.studioName);
      ok(await book({ deskIds: [desk.C07, desk.C06], startDate: '2026-07-11', endDate: '2026-07-17' }));
    });

    it('when the desk cannot be booked (its kit is in maintenance)', async () => {
      await t.dataSource.query(`UPDATE kit SET status = 'MAINTENANCE' WHERE desk_id = $1`, [desk.C08]);
      try {
        const res = await refused(() => book({ deskIds: [desk.C08], startDate: '2026-08-03', endDate: '2026-08-04' }), 'DESK_UNAVAILABLE');
        expect(res.errors[0].extensions.reason).toBe('NOT_BOOKABLE');
      } finally {
        await t.dataSource.query(`UPDATE kit SET status = 'OPERATIONAL' WHERE desk_id = $1`, [desk.C08]);
      }
    });

    it('when fewer desks than deskCount are free on every day', async () => {
      const big = await makeTenant(t);
      const free = ok(await t.gql(OPS.freeDesks, { from: '2026-11-16', to: '2026-11-23' }, big.token)).freeDesks.length;
      ok(await book({ deskCount: free - 2, startDate: '2026-11-16', endDate: '2026-11-20' }, big));
      const res = await refused(() => book({ deskCount: 3, startDate: '2026-11-20', endDate: '2026-11-23' }), 'DESK_UNAVAILABLE');
      expect(res.errors[0].extensions.freeDesks).toBe(2);
    });
  });

  it('FORBIDDEN for a manager booking for another studio', async () => {
    const other = await makeTenant(t);
    await refused(() => book({ deskIds: [desk.C09] }, other, studio.token), 'FORBIDDEN');
  });

  it('UNAUTHENTICATED without a session', async () => {
    const res = await t.gql(OPS.bookDesks, { input: input({ deskIds: [desk.C09] }) });
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });

  it('answers DESK_UNAVAILABLE from the exclusion constraint when a row slips past the checks', async () => {
    // A live row written behind the service's back, as a concurrent transaction would.
    const sneaky = await makeTenant(t);
    const { BookingWriter } = await import('../../src/modules/booking/booking-writer.service.js');
    const writer = t.app.get(BookingWriter);
    const target = await makeBooking(t.dataSource, { studioId: studio.studioId, contractId: studio.contract.id, deskCodes: ['C10'], startDate: '2026-12-01', endDate: '2026-12-01', status: BookingStatus.CANCELLED });
    await makeBooking(t.dataSource, { studioId: sneaky.studioId, contractId: sneaky.contract.id, deskCodes: ['C10'], startDate: '2026-12-03', endDate: '2026-12-04' });
    const desks = await t.dataSource.query(`SELECT d.id, d.site_id AS "siteId", d.code, d.zone, d.x, d.y, true AS bookable FROM desk d`);
    const attempt = t.dataSource.transaction((em) => writer.writeRows(target.id, [{ deskId: desk.C10, first: '2026-12-01', last: '2026-12-05', position: 0 }], [], desks, em));
    await expect(attempt).rejects.toMatchObject({ code: 'DESK_UNAVAILABLE', details: { deskCodes: ['C10'], from: '2026-12-03', to: '2026-12-04' } });
  });
});
