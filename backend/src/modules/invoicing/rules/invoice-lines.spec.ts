import { BookingStatus } from '../../booking/booking.entity.js';
import { frenchPublicHolidays } from '../../site/french-holidays.js';
import { SiteCalendar } from '../../site/opening.js';
import { billStudioMonth, BookingToBill, InvoiceLineKind, invoicedKey } from './invoice-lines.js';

const calendar: SiteCalendar = { openWeekdays: [1, 2, 3, 4, 5], closures: new Set(frenchPublicHolidays(2026).map((h) => h.date)) };
const contract = { number: 'CT-2026-001', dailyRateCents: 4500, volumeTiers: [{ fromDeskDays: 40, dailyRateCents: 4000 }] };

function booking(id: string, codes: string[], first: string, last: string, over: Partial<BookingToBill> = {}): BookingToBill {
  return {
    id,
    reference: `BK-2026-${id}`,
    productionName: 'Les Contes du Marais',
    startDate: first,
    status: BookingStatus.CONFIRMED,
    billedThrough: null,
    lateFeeFrom: null,
    lateFeeTo: null,
    lateFeePct: null,
    contract,
    desks: codes.map((deskCode) => ({ deskCode, first, last })),
    ...over,
  };
}

describe("a studio's month", () => {
  // June 2026 has no public holiday: 22 open days.
  it('gives one line per booking at the base rate below the tier (39 desk-days)', () => {
    const month = billStudioMonth([booking('1', ['A01'], '2026-06-01', '2026-06-30'), booking('2', ['A02'], '2026-06-01', '2026-06-23')], calendar, '2026-06-01', '2026-06-30');
    // 1–23 June: 17 weekdays.
    expect(month.billableDeskDays).toBe(22 + 17);
    expect(month.lines.map((l) => [l.kind, l.quantity, l.unitPriceCents, l.amountCents])).toEqual([
      [InvoiceLineKind.DESK_DAYS, 22, 4500, 99000],
      [InvoiceLineKind.DESK_DAYS, 17, 4500, 76500],
    ]);
  });

  it('applies the tier reached (40 desk-days) to every desk-day of the month', () => {
    const month = billStudioMonth([booking('1', ['A01'], '2026-06-01', '2026-06-30'), booking('2', ['A02'], '2026-06-01', '2026-06-24')], calendar, '2026-06-01', '2026-06-30');
    expect(month.billableDeskDays).toBe(40);
    expect(month.lines.map((l) => [l.quantity, l.unitPriceCents, l.amountCents])).toEqual([
      [22, 4000, 88000],
      [18, 4000, 72000],
    ]);
  });

  it('prices late-cancellation days at the fee share of the month rate and keeps them out of the volume', () => {
    const cancelled = booking('3', ['B01', 'B02'], '2026-06-15', '2026-06-26', { status: BookingStatus.CANCELLED, lateFeeFrom: '2026-06-15', lateFeeTo: '2026-06-19', lateFeePct: 50 });
    const month = billStudioMonth([cancelled], calendar, '2026-06-01', '2026-06-30');
    expect(month.billableDeskDays).toBe(0);
    expect(month.lines).toEqual([
      expect.objectContaining({ kind: InvoiceLineKind.LATE_CANCELLATION, quantity: 10, unitPriceCents: 2250, amountCents: 22500, periodStart: '2026-06-15', periodEnd: '2026-06-19', deskCodes: ['B01', 'B02'] }),
    ]);
    expect(month.lines[0].description).toContain('Annulation tardive');
    expect(month.contractNumbers).toEqual(['CT-2026-001']);
  });

  it('describes each line with the production, the booking reference, the dates and the desks', () => {
    const [line] = billStudioMonth([booking('4', ['C02', 'C01'], '2026-06-08', '2026-06-12', { productionName: 'Mira' })], calendar, '2026-06-01', '2026-06-30').lines;
    expect(line.description).toBe('Postes équipés — « Mira » (BK-2026-4) — du 08/06/2026 au 12/06/2026 — 2 postes (C01, C02)');
  });

  it('names the site on the line in a network of sites, and counts each booking on its own site’s calendar', () => {
    const valence: SiteCalendar = { openWeekdays: [1, 2, 3, 4, 5], closures: new Set(['2026-06-10']) };
    const here = booking('5', ['A01'], '2026-06-08', '2026-06-12', { productionName: 'Mira' });
    const there = { ...booking('6', ['A01'], '2026-06-08', '2026-06-12', { productionName: 'Mira' }), siteId: 'v', siteName: 'Studio FLEX Valence' };
    const month = billStudioMonth([here, there], (b) => (b.siteId === 'v' ? valence : calendar), '2026-06-01', '2026-06-30');
    expect(month.lines.map((l) => l.quantity)).toEqual([5, 4]);
    expect(month.lines[1].description).toBe('Postes équipés — « Mira » (BK-2026-6) — du 08/06/2026 au 12/06/2026 — 1 poste (A01) — Studio FLEX Valence');
  });

  it('bills only what issued invoices do not already cover', () => {
    const b = booking('5', ['A01', 'A02'], '2026-06-01', '2026-06-12');
    const month = billStudioMonth([b], calendar, '2026-06-01', '2026-06-30', new Map([[invoicedKey('5', InvoiceLineKind.DESK_DAYS), 14]]));
    expect(month.lines.map((l) => [l.quantity, l.amountCents])).toEqual([[20 - 14, 6 * 4500]]);
    expect(month.lines[0].description).toContain('complément, 14 jours-poste déjà facturés');
    // Fully covered, or covered beyond (a booking shortened after issue): no line.
    expect(billStudioMonth([b], calendar, '2026-06-01', '2026-06-30', new Map([[invoicedKey('5', InvoiceLineKind.DESK_DAYS), 20]])).lines).toEqual([]);
    expect(billStudioMonth([b], calendar, '2026-06-01', '2026-06-30', new Map([[invoicedKey('5', InvoiceLineKind.DESK_DAYS), 25]])).lines).toEqual([]);
  });

  it('has nothing to bill for options only', () => {
    const month = billStudioMonth([booking('6', ['A01'], '2026-06-01', '2026-06-30', { status: BookingStatus.OPTION })], calendar, '2026-06-01', '2026-06-30');
    expect(month).toEqual({ billableDeskDays: 0, lines: [], contractNumbers: [] });
  });
});
