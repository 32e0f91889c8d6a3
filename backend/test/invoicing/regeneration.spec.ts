import { BookingDeskEntity, BookingEntity, BookingStatus } from '../../src/modules/booking/booking.entity.js';
import { dateRangeLiteral } from '../../src/common/time/dates.js';
import { createTestApp, TestApp } from '../harness.js';
import { draftOf, generate, issue, makeBillableStudio, OPS } from './invoicing-world.js';

const snapshot = async (t: TestApp, studioId: string) =>
  t.dataSource.query(
    `SELECT i.id, i.status, i.number, i.total_excl_tax_cents, i.vat_cents, i.total_incl_tax_cents, i.updated_at,
            json_agg(json_build_object('k', l.kind, 'q', l.quantity, 'u', l.unit_price_cents, 'a', l.amount_cents, 'd', l.description) ORDER BY l.position) AS lines
       FROM invoice i JOIN invoice_line l ON l.invoice_id = i.id WHERE i.studio_id = $1 GROUP BY i.id ORDER BY i.created_at`,
    [studioId],
  );

/** Extends a booking's last day, as the booking engine would (rows rewritten). */
async function extend(t: TestApp, booking: BookingEntity, endDate: string) {
  await t.dataSource.getRepository(BookingEntity).update({ id: booking.id }, { endDate });
  await t.dataSource.getRepository(BookingDeskEntity).update({ bookingId: booking.id }, { days: dateRangeLiteral(booking.startDate, endDate) });
}

describe('generating a month again', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('creates nothing new when nothing changed: same drafts, same lines', async () => {
    const a = await makeBillableStudio(t);
    const b = await makeBillableStudio(t);
    await a.book(['A01', 'A02'], '2026-03-02', '2026-03-13');
    await b.book(['A03'], '2026-03-16', '2026-03-20');
    const first = await generate(t, '2026-03');
    const rows = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM invoice WHERE month = '2026-03'`))[0].n;
    const count = await rows();
    const second = await generate(t, '2026-03');
    expect(second.map((d) => d.id).sort()).toEqual(first.map((d) => d.id).sort());
    expect(await rows()).toBe(count);
    expect(draftOf(second, a.studio.id)).toEqual(draftOf(first, a.studio.id));
    expect(draftOf(second, b.studio.id)).toEqual(draftOf(first, b.studio.id));
  });

  it('refreshes the same draft in place when bookings changed', async () => {
    const s = await makeBillableStudio(t);
    const booking = await s.book(['B01'], '2026-03-02', '2026-03-06'); // 5 days
    const before = draftOf(await generate(t, '2026-03'), s.studio.id)!;
    expect(before.totalExclTaxCents).toBe(5 * 4500);
    await extend(t, booking, '2026-03-13'); // 10 days
    await s.book(['B02'], '2026-03-23', '2026-03-24'); // 2 more
    const after = draftOf(await generate(t, '2026-03'), s.studio.id)!;
    expect(after.id).toBe(before.id);
    expect(after.lines.map((l) => l.quantity)).toEqual([10, 2]);
    expect(after).toMatchObject({ totalExclTaxCents: 12 * 4500, vatCents: 10800, totalInclTaxCents: 64800 });
  });

  it('removes a draft left with nothing to bill (its only booking cancelled free of charge)', async () => {
    const s = await makeBillableStudio(t);
    const booking = await s.book(['B03'], '2026-03-09', '2026-03-13');
    const draft = draftOf(await generate(t, '2026-03'), s.studio.id)!;
    await t.dataSource.getRepository(BookingEntity).update({ id: booking.id }, { status: BookingStatus.CANCELLED, cancelledAt: new Date() });
    await t.dataSource.getRepository(BookingDeskEntity).update({ bookingId: booking.id }, { live: false });
    expect(draftOf(await generate(t, '2026-03'), s.studio.id)).toBeUndefined();
    expect(await t.dataSource.query(`SELECT id FROM invoice WHERE id = $1`, [draft.id])).toEqual([]);
  });

  it('never changes an issued invoice, and bills only what it does not cover in a new draft', async () => {
    const s = await makeBillableStudio(t);
    const booking = await s.book(['C01', 'C02'], '2026-03-02', '2026-03-06'); // 10 desk-days
    const draft = draftOf(await generate(t, '2026-03'), s.studio.id)!;
    await issue(t, draft.id);
    const issued = await snapshot(t, s.studio.id);
    // Nothing new: no draft.
    expect(draftOf(await generate(t, '2026-03'), s.studio.id)).toBeUndefined();
    // The booking grows by a week (10 more desk-days) and a new booking arrives (3 desk-days).
    await extend(t, booking, '2026-03-13');
    const other = await s.book(['C03'], '2026-03-25', '2026-03-27');
    const complement = draftOf(await generate(t, '2026-03'), s.studio.id)!;
    expect(complement.id).not.toBe(draft.id);
    expect(complement.lines.map((l) => [l.booking.id, l.quantity, l.amountCents])).toEqual([
      [booking.id, 10, 45000],
      [other.id, 3, 13500],
    ]);
    expect(complement.lines[0].description).toContain('complément, 10 jours-poste déjà facturés');
    expect(complement).toMatchObject({ totalExclTaxCents: 58500, vatCents: 11700, totalInclTaxCents: 70200 });
    // The issued invoice is exactly as it was.
    expect((await snapshot(t, s.studio.id))[0]).toEqual(issued[0]);
  });

  it('does not bill again what a shortened booking no longer has: that is a credit note', async () => {
    const s = await makeBillableStudio(t);
    const booking = await s.book(['C04'], '2026-03-02', '2026-03-13'); // 10 days
    await issue(t, draftOf(await generate(t, '2026-03'), s.studio.id)!.id);
    await extend(t, booking, '2026-03-06'); // down to 5 days: 5 too many on the issued invoice
    expect(draftOf(await generate(t, '2026-03'), s.studio.id)).toBeUndefined();
  });

  it('makes one draft per studio and month even when generations run at the same time', async () => {
    const studios = await Promise.all([makeBillableStudio(t), makeBillableStudio(t), makeBillableStudio(t)]);
    await Promise.all(studios.map((s, i) => s.book([`D0${i + 1}`], '2026-04-06', '2026-04-10')));
    const runs = await Promise.all(Array.from({ length: 6 }, () => t.gql(OPS.generateInvoices, { month: '2026-04' }, t.operatorToken)));
    expect(runs.map((r) => r.errors)).toEqual(Array(6).fill(undefined));
    const rows: Array<{ studio_id: string; n: number }> = await t.dataSource.query(
      `SELECT studio_id, count(*)::int AS n FROM invoice WHERE month = '2026-04' AND status = 'DRAFT' AND studio_id = ANY($1::uuid[]) GROUP BY studio_id`,
      [studios.map((s) => s.studio.id)],
    );
    expect(rows.map((r) => r.n)).toEqual([1, 1, 1]);
  });
});
