import { createTestApp, errorCode, TestApp } from '../harness.js';
import { deskIds, footprint, makeTenant, ok, OPS, startOfTestDay, Tenant } from './booking-world.js';
import { BookingQuoteInput, BookingQuoteQuoteDocument } from '../documents.js';

describe('bookingQuote: price and conflicts before booking', () => {
  let t: TestApp;
  let desk: Record<string, string>;
  let studio: Tenant;
  let rival: Tenant;
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.travelTo(startOfTestDay());
    desk = await deskIds(t);
    // 45.00 € a desk-day, 40.00 € from 20 desk-days in a month; 5 desks at most; insured until the end of June.
    studio = await makeTenant(t, { dailyRateCents: 4500, volumeTiers: [{ fromDeskDays: 20, dailyRateCents: 4000 }], maxDesks: 5, insuranceExpiresOn: '2026-06-30' });
    rival = await makeTenant(t);
  });
  afterAll(() => t.close());

  const quote = async (input: Omit<BookingQuoteInput, 'studioId'>, token = studio.token) => t.gql(BookingQuoteQuoteDocument, { input: { studioId: studio.studioId, ...input } }, token);
  const codes = (list: string[]) => list.map((c) => desk[c]);

  it('prices open desk-days at the volume tier the month reaches, and books nothing', async () => {
    const before = await footprint(t);
    const q = ok(await quote({ startDate: '2026-03-09', endDate: '2026-03-15', deskIds: codes(['A01', 'A02', 'A03', 'A04']) })).bookingQuote;
    expect(q).toEqual({
      startDate: '2026-03-09',
      endDate: '2026-03-15',
      days: 7,
      openDays: 5,
      deskDays: 20,
      amountCents: 20 * 4000,
      bookable: true,
      desks: [{ code: 'A01' }, { code: 'A02' }, { code: 'A03' }, { code: 'A04' }],
      contract: { number: studio.contract.number },
      months: [{ month: '2026-03', deskDays: 20, studioDeskDays: 20, dailyRateCents: 4000, amountCents: 80000 }],
      conflicts: [],
    });
    expect(await footprint(t)).toEqual(before);
  });

  it("shows the desks a deskCount would get, and counts the studio's confirmed desk-days toward the tier", async () => {
    ok(await t.gql(OPS.bookDesks, { input: { studioId: studio.studioId, productionName: 'Saison 1', startDate: '2026-04-20', endDate: '2026-04-24', deskIds: codes(['D01', 'D02', 'D03']) } }, studio.token));
    const q = ok(await quote({ startDate: '2026-04-27', endDate: '2026-04-28', deskCount: 2 })).bookingQuote;
    expect(q.desks).toEqual([{ code: 'A01' }, { code: 'A02' }]);
    // 15 confirmed desk-days already in April + 4 = 19: still under the 20 desk-day tier.
    expect(q.months).toEqual([{ month: '2026-04', deskDays: 4, studioDeskDays: 19, dailyRateCents: 4500, amountCents: 18000 }]);
    const more = ok(await quote({ startDate: '2026-04-27', endDate: '2026-04-29', deskCount: 2 })).bookingQuote;
    expect(more.months[0]).toMatchObject({ studioDeskDays: 21, dailyRateCents: 4000, amountCents: 24000 });
  });

  it('lists every conflict in plain words instead of refusing', async () => {
    ok(await t.gql(OPS.bookDesks, { input: { studioId: rival.studioId, productionName: 'Autre', startDate: '2026-06-29', endDate: '2026-06-29', deskIds: codes(['B02']) } }, rival.token));
    const before = await footprint(t);
    const q = ok(await quote({ startDate: '2026-06-29', endDate: '2026-07-03', deskIds: codes(['B01', 'B02', 'B03', 'B04', 'B05', 'B06']) })).bookingQuote;
    expect(q.bookable).toBe(false);
    expect(q.conflicts.map((c) => c.code)).toEqual(['INSURANCE_EXPIRED', 'CONTRACT_LIMIT', 'DESK_UNAVAILABLE']);
    const taken = q.conflicts[2];
    expect(taken).toMatchObject({ deskCodes: ['B02'], from: '2026-06-29', to: '2026-06-29' });
    expect(taken.message).toMatch(/B02 on 2026-06-29/);
    expect(q.amountCents).toBeGreaterThan(0);
    expect(await footprint(t)).toEqual(before);
  });

  it('says when there is no contract (and gives no price) or the start is in the past', async () => {
    const bare = await makeTenant(t, null);
    const none = ok(await t.gql(BookingQuoteQuoteDocument, { input: { studioId: bare.studioId, startDate: '2026-03-09', endDate: '2026-03-10', deskCount: 1 } }, bare.token)).bookingQuote;
    expect(none).toMatchObject({ amountCents: null, contract: null, months: [], bookable: false });
    expect(none.conflicts.map((c) => c.code)).toEqual(['NO_ACTIVE_CONTRACT']);
    const past = ok(await quote({ startDate: '2026-02-27', endDate: '2026-03-03', deskCount: 1 })).bookingQuote;
    expect(past.conflicts[0]).toMatchObject({ code: 'BAD_USER_INPUT', from: '2026-02-27' });
  });

  it("quotes a change of a booking without its own desks counting as taken", async () => {
    const b = ok(await t.gql(OPS.bookDesks, { input: { studioId: studio.studioId, productionName: 'Saison 1', startDate: '2026-05-04', endDate: '2026-05-06', deskIds: codes(['C01', 'C02']) } }, studio.token)).bookDesks;
    const q = ok(await quote({ bookingId: b.id, startDate: '2026-05-04', endDate: '2026-05-12' })).bookingQuote;
    expect(q).toMatchObject({ bookable: true, desks: [{ code: 'C01' }, { code: 'C02' }] });
    // 4–12 May: 8 May and the weekend closed → 6 open days × 2 desks.
    expect(q.deskDays).toBe(12);
  });

  it('refuses a malformed request outright (BAD_USER_INPUT)', async () => {
    expect(errorCode(await quote({ startDate: '2026-03-09', endDate: '2026-03-10', deskCount: 1, deskIds: codes(['A01']) }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await quote({ startDate: '2026-03-10', endDate: '2026-03-09', deskCount: 1 }))).toBe('BAD_USER_INPUT');
  });
});
