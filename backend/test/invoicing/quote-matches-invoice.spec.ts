import { BookingEntity, BookingStatus } from '../../src/modules/booking/booking.entity.js';
import { makeBooking } from '../../../seeds/factories/index.js';
import { BOOKING_DETAIL, deskIds, makeTenant, ok, OPS as BOOKING_OPS, startOfTestDay, Tenant } from '../booking/booking-world.js';
import { createTestApp, TestApp } from '../harness.js';
import { draftOf, generate } from './invoicing-world.js';
import { BookingQuoteQuoteMatchesInvoiceDocument } from '../documents.js';

/*
 * What the booking dialog quotes is what the month's invoice bills, to the cent, and the late
 * fee the cancellation preview announces is the invoice's. Today is Monday 2 March 2026; the
 * rates are chosen so that a fee rounded on the total would differ from one rounded on the
 * unit price (33 % of 45,25 € = 14,9325 €).
 */
describe('the quote is what the invoice bills', () => {
  let t: TestApp;
  let desk: Record<string, string>;
  let studio: Tenant;
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.travelTo(startOfTestDay());
    desk = await deskIds(t);
    studio = await makeTenant(t, { dailyRateCents: 4525, volumeTiers: [{ fromDeskDays: 40, dailyRateCents: 4175 }], lateCancellationFeePct: 33, cancellationNoticeDays: 14 });
    // The operator closed the site on Wednesday 22 April (besides the public holidays).
    const [site] = await t.dataSource.query(`SELECT id FROM site LIMIT 1`);
    await t.dataSource.query(`INSERT INTO closure_date (site_id, date, label) VALUES ($1, '2026-04-22', 'Inventaire')`, [site.id]);
  });
  afterAll(() => t.close());

  const production = 'Les Contes du Marais';

  it('quotes a booking over two months at the tiers they reach, then bills exactly that once booked and confirmed', async () => {
    // The studio already has 2 desks confirmed 1–10 April (7 open days: Easter Monday, 6 April, is closed)
    // and a booking cancelled under way whose first days (1–3 April) stay billed at the rate: they count for the tier.
    await makeBooking(t.dataSource, { studioId: studio.studioId, contractId: studio.contract.id, deskCodes: ['D01', 'D02'], startDate: '2026-04-01', endDate: '2026-04-10' });
    const cancelled = await makeBooking(t.dataSource, { studioId: studio.studioId, contractId: studio.contract.id, deskCodes: ['D03', 'D04'], startDate: '2026-04-01', endDate: '2026-04-30' });
    await t.dataSource.getRepository(BookingEntity).update({ id: cancelled.id }, { status: BookingStatus.CANCELLED, billedThrough: '2026-04-03', cancelledAt: new Date() });
    await t.dataSource.query(`UPDATE booking_desk SET live = false WHERE booking_id = $1`, [cancelled.id]);

    const ask = { studioId: studio.studioId, startDate: '2026-04-20', endDate: '2026-05-12', deskIds: ['A01', 'A02', 'A03'].map((c) => desk[c]) };
    const quote = ok(await t.gql(BookingQuoteQuoteMatchesInvoiceDocument, { input: ask }, studio.token)).bookingQuote;
    expect(quote.bookable).toBe(true);
    // April 20–30: 9 weekdays minus the closure on the 22nd = 8 open days × 3 = 24. With the 14 confirmed
    // and the 6 already billed of the cancelled booking, the studio reaches 44 ≥ 40 (38 without those 6).
    // May 1–12: 1 and 8 May closed: 6 open days × 3 = 18, below the tier.
    expect(quote.months).toEqual([
      { month: '2026-04', deskDays: 24, studioDeskDays: 44, dailyRateCents: 4175, amountCents: 24 * 4175 },
      { month: '2026-05', deskDays: 18, studioDeskDays: 18, dailyRateCents: 4525, amountCents: 18 * 4525 },
    ]);

    const booking = ok(await t.gql(BOOKING_OPS.bookDesks, { input: { ...ask, productionName: production, asOption: true } }, studio.token)).bookDesks;
    ok(await t.gql(BOOKING_OPS.confirmBooking, { id: booking.id }, studio.token));
    const billed = [];
    for (const month of ['2026-04', '2026-05']) {
      const draft = draftOf(await generate(t, month), studio.studioId)!;
      billed.push(...draft.lines.filter((l) => l.booking.id === booking.id).map((l) => ({ month, deskDays: l.quantity, dailyRateCents: l.unitPriceCents, amountCents: l.amountCents })));
    }
    expect(billed).toEqual(quote.months.map(({ studioDeskDays: _, ...m }: { studioDeskDays: number }) => m));
    expect(billed.reduce((s, l) => s + l.amountCents, 0)).toBe(quote.amountCents);
    expect(quote.deskDays).toBe(24 + 18);
  });

  it('bills the late fee the cancellation preview announced, rounded on the unit price', async () => {
    // 9–13 March, one desk, cancelled today (7 days before): the 5 open days at 33 %.
    const booking = ok(await t.gql(BOOKING_OPS.bookDesks, { input: { productionName: production, studioId: studio.studioId, startDate: '2026-03-09', endDate: '2026-03-13', deskIds: [desk.B01] } }, studio.token)).bookDesks;
    const preview = ok(await t.gql(BOOKING_DETAIL, { id: booking.id }, studio.token)).booking.cancellationPreview;
    // 5 × round(4525 × 33 %) = 5 × 1493; rounded on the total it would be round(7466.25) = 7466.
    expect(preview).toMatchObject({ free: false, lateFeePct: 33, feeDeskDays: 5, estimatedFeeCents: 7465 });
    ok(await t.gql(BOOKING_OPS.cancelBooking, { id: booking.id }, studio.token));
    const draft = draftOf(await generate(t, '2026-03'), studio.studioId)!;
    const fee = draft.lines.filter((l) => l.booking.id === booking.id);
    expect(fee.map((l) => [l.kind, l.quantity, l.unitPriceCents, l.amountCents])).toEqual([['LATE_CANCELLATION', preview!.feeDeskDays, 1493, preview!.estimatedFeeCents]]);
  });
});
