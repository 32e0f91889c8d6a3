import fc from 'fast-check';
import { addDays, eachDate, LocalDate, monthBounds } from '../../common/time/dates.js';
import { rateBilledRows } from '../invoicing/rules/desk-days.js';
import { billStudioMonth, BookingToBill, InvoiceLineKind } from '../invoicing/rules/invoice-lines.js';
import type { SiteCalendar } from '../site/opening.js';
import type { ContractEntity } from '../studios/contract.entity.js';
import { priceByMonth } from './booking-pricing.js';
import { BookingEntity, BookingStatus } from './booking.entity.js';
import { cancellationPreview } from './cancellation-preview.js';
import { chargesOfCancelling } from './cancellation-fee.js';

/*
 * The quote a studio sees before booking is what the invoice bills once the booking is
 * confirmed, to the cent, month by month: for any desks and days, any closures, any volume
 * tiers and any other bookings of the studio (confirmed, cancelled late with days already
 * billed, options, expired). And the late fee the cancellation preview announces is what the
 * invoice bills for it.
 */

const ORIGIN = '2026-01-01';
const day = (max: number) => fc.integer({ min: 0, max }).map((n) => addDays(ORIGIN, n));
/** Days from a booking's first day to its last. */
const daysCount = (d: { start: string; end: string }) => eachDate(d.start, d.end).length - 1;
const months = (first: LocalDate, last: LocalDate) => [...new Set(eachDate(first, last).map((d) => d.slice(0, 7)))];

const calendarArb: fc.Arbitrary<SiteCalendar> = fc.record({
  openWeekdays: fc.constantFrom([1, 2, 3, 4, 5], [1, 2, 3, 4, 5, 6], [2, 3, 4, 5, 6], [1, 3, 5]),
  closures: fc.array(day(180), { maxLength: 30 }).map((d) => new Set(d)),
});
const rateCard = fc.record({
  number: fc.constant('CT-TEST'),
  dailyRateCents: fc.integer({ min: 1000, max: 9999 }),
  volumeTiers: fc.array(fc.record({ fromDeskDays: fc.integer({ min: 1, max: 150 }), dailyRateCents: fc.integer({ min: 500, max: 9999 }) }), { maxLength: 3 }),
});

/** A booking's days and its desks, each desk over its own part of them (desks added or dropped on the way). */
const bookingDays = fc
  .tuple(day(300), fc.integer({ min: 0, max: 80 }), fc.array(fc.tuple(fc.nat(80), fc.nat(80)), { minLength: 1, maxLength: 5 }))
  .map(([start, length, parts]) => {
    const end = addDays(start, length);
    const desks = parts.map(([a, b], i) => {
      const [x, y] = [Math.min(a, b) % (length + 1), Math.max(a, b) % (length + 1)];
      return { deskCode: `D${String(i + 1).padStart(2, '0')}`, first: addDays(start, Math.min(x, y)), last: addDays(start, Math.max(x, y)) };
    });
    return { start, end, desks };
  });

let ids = 0;
function toBill(b: { start: string; end: string; desks: BookingToBill['desks'] }, contract: BookingToBill['contract'], over: Partial<BookingToBill> = {}): BookingToBill {
  const id = `b${++ids}`;
  return { id, reference: `BK-${id}`, productionName: 'Prod', startDate: b.start, status: BookingStatus.CONFIRMED, billedThrough: null, lateFeeFrom: null, lateFeeTo: null, lateFeePct: null, contract, desks: b.desks, ...over };
}

/** Another booking of the studio, in any state invoicing may meet. */
const otherBooking = fc
  .tuple(bookingDays, rateCard, fc.constantFrom(BookingStatus.CONFIRMED, BookingStatus.CANCELLED, BookingStatus.OPTION, BookingStatus.EXPIRED), fc.nat(80), fc.integer({ min: 0, max: 100 }))
  .map(([days, contract, status, through, pct]) => {
    if (status !== BookingStatus.CANCELLED) return toBill(days, contract, { status });
    const billedThrough = through % 3 === 0 ? null : addDays(days.start, through % (daysCount(days) + 1));
    const feeFrom = billedThrough ? addDays(billedThrough, 1) : days.start;
    return toBill(days, contract, { status, billedThrough, lateFeeFrom: feeFrom, lateFeeTo: days.end, lateFeePct: feeFrom <= days.end && pct ? pct : null });
  });

describe('the quote equals the invoice', () => {
  it('prices every month of a booking as the invoice lines of its month, to the cent', () => {
    fc.assert(
      fc.property(bookingDays, rateCard, fc.array(otherBooking, { maxLength: 6 }), calendarArb, (planned, contract, others, calendar) => {
        const quoted = priceByMonth(planned.desks, others.flatMap((o) => rateBilledRows(o, o.desks)), calendar, contract);
        const booking = toBill(planned, contract);
        const billed = months(planned.start, planned.end).flatMap((month) => {
          const { first, last } = monthBounds(month);
          const lines = billStudioMonth([booking, ...others], calendar, first, last).lines.filter((l) => l.bookingId === booking.id);
          expect(lines.every((l) => l.kind === InvoiceLineKind.DESK_DAYS)).toBe(true);
          return lines.map((l) => ({ month, deskDays: l.quantity, dailyRateCents: l.unitPriceCents, amountCents: l.amountCents }));
        });
        expect(quoted.map(({ month, deskDays, dailyRateCents, amountCents }) => ({ month, deskDays, dailyRateCents, amountCents }))).toEqual(billed);
      }),
      { numRuns: 300 },
    );
  });

  it('announces the late-cancellation fee the invoice bills, rounded the same way', () => {
    const terms = fc.record({ noticeDays: fc.integer({ min: 0, max: 30 }), pct: fc.integer({ min: 0, max: 100 }), dailyRateCents: fc.integer({ min: 1000, max: 9999 }) });
    fc.assert(
      fc.property(bookingDays, terms, fc.integer({ min: -40, max: 80 }), calendarArb, (planned, t, offset, calendar) => {
        const today = addDays(planned.start, Math.min(offset, daysCount(planned)));
        const now = new Date(`${today}T09:00:00+01:00`);
        const contract = { cancellationNoticeDays: t.noticeDays, lateCancellationFeePct: t.pct, dailyRateCents: t.dailyRateCents } as ContractEntity;
        const entity = { reference: 'BK-1', status: BookingStatus.CONFIRMED, optionExpiresAt: null, startDate: planned.start, endDate: planned.end } as BookingEntity;
        const preview = cancellationPreview(entity, contract, planned.desks, calendar, now, today)!;
        const charges = chargesOfCancelling(entity, contract, now, today);
        const cancelled = toBill(planned, { number: 'CT', dailyRateCents: t.dailyRateCents, volumeTiers: [] }, { status: BookingStatus.CANCELLED, ...charges });
        const fees = months(planned.start, planned.end).flatMap((month) => {
          const { first, last } = monthBounds(month);
          return billStudioMonth([cancelled], calendar, first, last).lines.filter((l) => l.kind === InvoiceLineKind.LATE_CANCELLATION);
        });
        expect(preview.feeDeskDays).toBe(fees.reduce((s, l) => s + l.quantity, 0));
        expect(preview.estimatedFeeCents).toBe(fees.reduce((s, l) => s + l.amountCents, 0));
      }),
      { numRuns: 300 },
    );
  });
});
