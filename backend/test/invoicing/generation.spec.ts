import { BookingStatus } from '../../src/modules/booking/booking.entity.js';
import { createTestApp, errorCode, TestApp } from '../harness.js';
import { count, draftOf, generate, GeneratedInvoice, makeBillableStudio, OPS } from './invoicing-world.js';

/*
 * Every amount below is computed by hand from the site calendar (Mon–Fri, French public
 * holidays closed) and the contract's rates; VAT 20 % on the total, half-up to the cent.
 */
describe('generating the monthly invoices', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('bills a month with public holidays on open days only (May 2026: 1, 8, 14 and 25 May closed)', async () => {
    const s = await makeBillableStudio(t);
    // 4–15 May: 10 weekdays, minus Fri 8 May and Thu 14 May (Ascension) = 8 open days × 2 desks.
    const booking = await s.book(['A01', 'A02'], '2026-05-04', '2026-05-15', BookingStatus.CONFIRMED, 'Les Contes du Marais');
    const draft = draftOf(await generate(t, '2026-05'), s.studio.id)!;
    expect(draft).toMatchObject({ status: 'DRAFT', month: '2026-05', totalExclTaxCents: 72000, vatCents: 14400, totalInclTaxCents: 86400 });
    expect(draft.lines).toEqual([
      {
        kind: 'DESK_DAYS',
        description: `Postes équipés — « Les Contes du Marais » (${booking.reference}) — du 04/05/2026 au 15/05/2026 — 2 postes (A01, A02)`,
        quantity: 16,
        unitPriceCents: 4500,
        amountCents: 72000,
        booking: { id: booking.id },
      },
    ]);
  });

  it('splits a booking spanning two months between the two invoices', async () => {
    const s = await makeBillableStudio(t, { dailyRateCents: 5000 });
    // 27 April – 6 May on one desk: April 27–30 = 4 open days; May: 1 May closed, 4–6 = 3.
    await s.book(['B01'], '2026-04-27', '2026-05-06');
    const april = draftOf(await generate(t, '2026-04'), s.studio.id)!;
    const may = draftOf(await generate(t, '2026-05'), s.studio.id)!;
    expect(april.lines.map((l) => [l.quantity, l.amountCents])).toEqual([[4, 20000]]);
    expect(april).toMatchObject({ totalExclTaxCents: 20000, vatCents: 4000, totalInclTaxCents: 24000 });
    expect(may.lines.map((l) => [l.quantity, l.amountCents])).toEqual([[3, 15000]]);
    expect(may).toMatchObject({ totalExclTaxCents: 15000, vatCents: 3000, totalInclTaxCents: 18000 });
  });

  describe('volume tiers (June 2026: 22 open days, no holiday)', () => {
    const bySize = (lines: GeneratedInvoice['lines']) => lines.map((l) => [l.quantity, l.unitPriceCents, l.amountCents]).sort((a, b) => b[0] - a[0]);
    const tiers = { dailyRateCents: 4500, volumeTiers: [{ fromDeskDays: 40, dailyRateCents: 4000 }, { fromDeskDays: 100, dailyRateCents: 3600 }] };

    it('stays at the base rate just below a tier (39 desk-days)', async () => {
      const s = await makeBillableStudio(t, tiers);
      await s.book(['C01'], '2026-06-01', '2026-06-30'); // 22
      await s.book(['C02'], '2026-06-01', '2026-06-23'); // 17
      const draft = draftOf(await generate(t, '2026-06'), s.studio.id)!;
      // Both start on 1 June: lines follow the booking references, so compare them by size.
      expect(bySize(draft.lines)).toEqual([
        [22, 4500, 99000],
        [17, 4500, 76500],
      ]);
      // 175 500 HT, VAT 35 100, 210 600 TTC.
      expect(draft).toMatchObject({ totalExclTaxCents: 175500, vatCents: 35100, totalInclTaxCents: 210600 });
    });

    it('applies the tier to every desk-day once reached (40 desk-days)', async () => {
      const s = await makeBillableStudio(t, tiers);
      await s.book(['C03'], '2026-06-01', '2026-06-30'); // 22
      await s.book(['C04'], '2026-06-01', '2026-06-24'); // 18
      const draft = draftOf(await generate(t, '2026-06'), s.studio.id)!;
      expect(bySize(draft.lines)).toEqual([
        [22, 4000, 88000],
        [18, 4000, 72000],
      ]);
      expect(draft).toMatchObject({ totalExclTaxCents: 160000, vatCents: 32000, totalInclTaxCents: 192000 });
    });
  });

  it('bills a late cancellation at the fee, a free one not at all (July 2026: 14 July closed)', async () => {
    const s = await makeBillableStudio(t);
    // Booked 6–31 July on one desk, cancelled late on the 8th: 6 and 7 July were used (2 days at
    // the rate); the fee covers 8–21 July: 8, 9, 10, 13, 15, 16, 17, 20, 21 = 9 days at 50 %.
    const late = await s.cancelled(['D01'], '2026-07-06', '2026-07-31', { billedThrough: '2026-07-07', lateFeeFrom: '2026-07-08', lateFeeTo: '2026-07-21', lateFeePct: 50 });
    await s.cancelled(['D02', 'D03'], '2026-07-20', '2026-07-31', { billedThrough: null, lateFeeFrom: null, lateFeeTo: null, lateFeePct: null });
    const draft = draftOf(await generate(t, '2026-07'), s.studio.id)!;
    expect(draft.lines.map((l) => [l.kind, l.quantity, l.unitPriceCents, l.amountCents, l.booking.id])).toEqual([
      ['DESK_DAYS', 2, 4500, 9000, late.id],
      ['LATE_CANCELLATION', 9, 2250, 20250, late.id],
    ]);
    expect(draft.lines[1].description).toContain('Annulation tardive, 50 % du tarif');
    // 29 250 HT, VAT 5 850, 35 100 TTC.
    expect(draft).toMatchObject({ totalExclTaxCents: 29250, vatCents: 5850, totalInclTaxCents: 35100 });
  });

  it('never bills an option: a studio with options only gets no invoice', async () => {
    const s = await makeBillableStudio(t);
    await s.book(['A05', 'A06'], '2026-08-03', '2026-08-14', BookingStatus.OPTION);
    await s.book(['A07'], '2026-08-03', '2026-08-14', BookingStatus.EXPIRED);
    expect(draftOf(await generate(t, '2026-08'), s.studio.id)).toBeUndefined();
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM invoice WHERE studio_id = $1`, [s.studio.id]);
    expect(n).toBe(0);
  });

  it('makes one draft per studio, each with its own bookings and rate', async () => {
    const a = await makeBillableStudio(t, { dailyRateCents: 4523 });
    const b = await makeBillableStudio(t, { dailyRateCents: 3900 });
    // September 2026 has no holiday. A: 1–3 Sept on one desk = 3 days × 45,23 = 135,69 € HT,
    // VAT 27,138 → 27,14 €. B: 7–11 Sept on two desks = 10 × 39,00 = 390,00 € HT.
    await a.book(['B05'], '2026-09-01', '2026-09-03');
    await b.book(['B06', 'B07'], '2026-09-07', '2026-09-11');
    const drafts = await generate(t, '2026-09');
    expect(draftOf(drafts, a.studio.id)).toMatchObject({ totalExclTaxCents: 13569, vatCents: 2714, totalInclTaxCents: 16283 });
    expect(draftOf(drafts, b.studio.id)).toMatchObject({ totalExclTaxCents: 39000, vatCents: 7800, totalInclTaxCents: 46800 });
    expect(draftOf(drafts, a.studio.id)!.lines).toHaveLength(1);
  });

  describe('refuses, and writes nothing', () => {
    it.each([['2026-13'], ['2026-1'], ['janvier'], ['']])('a malformed month %p (BAD_USER_INPUT)', async (month) => {
      const before = await count(t, 'invoice');
      const res = await t.gql(OPS.generateInvoices, { month }, t.operatorToken);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(await count(t, 'invoice')).toBe(before);
    });

    it('a studio manager (FORBIDDEN)', async () => {
      const s = await makeBillableStudio(t);
      await s.book(['A09'], '2026-10-05', '2026-10-09');
      const res = await t.gql(OPS.generateInvoices, { month: '2026-10' }, s.token);
      expect(errorCode(res)).toBe('FORBIDDEN');
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM invoice WHERE month = '2026-10'`);
      expect(n).toBe(0);
    });

    it('an anonymous caller (UNAUTHENTICATED)', async () => {
      expect(errorCode(await t.gql(OPS.generateInvoices, { month: '2026-10' }))).toBe('UNAUTHENTICATED');
    });
  });
});
