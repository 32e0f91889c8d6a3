import { BookingStatus } from '../../booking/booking.entity.js';
import { frenchPublicHolidays } from '../../site/french-holidays.js';
import { SiteCalendar } from '../../site/opening.js';
import { BillableBooking, deskDaysInMonth, lateFeeDeskDaysInMonth } from './desk-days.js';

const calendar: SiteCalendar = { openWeekdays: [1, 2, 3, 4, 5], closures: new Set(frenchPublicHolidays(2026).map((h) => h.date)) };
const MAY = ['2026-05-01', '2026-05-31'] as const;
const APRIL = ['2026-04-01', '2026-04-30'] as const;

const booking = (over: Partial<BillableBooking> & { desks: BillableBooking['desks'] }): BillableBooking => ({
  status: BookingStatus.CONFIRMED,
  billedThrough: null,
  lateFeeFrom: null,
  lateFeeTo: null,
  lateFeePct: null,
  ...over,
});
const desks = (codes: string[], first: string, last: string) => codes.map((deskCode) => ({ deskCode, first, last }));

describe('desk-days of a booking in a month', () => {
  it('counts open days only: weekends and public holidays (8 May, Ascension 14 May) are not billed', () => {
    // 4–15 May 2026: 10 weekdays, minus Fri 8 May and Thu 14 May = 8 open days, × 2 desks.
    const count = deskDaysInMonth(booking({ desks: desks(['A02', 'A01'], '2026-05-04', '2026-05-15') }), calendar, ...MAY);
    expect(count).toEqual({ quantity: 16, deskCodes: ['A01', 'A02'], firstDay: '2026-05-04', lastDay: '2026-05-15' });
  });

  it('splits a booking spanning two months at the month boundary', () => {
    // Mon 27 April – Wed 6 May: April 27–30 = 4 days; May: 1 May is a holiday, then 4, 5, 6 = 3 days.
    const b = booking({ desks: desks(['B01'], '2026-04-27', '2026-05-06') });
    expect(deskDaysInMonth(b, calendar, ...APRIL)).toMatchObject({ quantity: 4, firstDay: '2026-04-27', lastDay: '2026-04-30' });
    expect(deskDaysInMonth(b, calendar, ...MAY)).toMatchObject({ quantity: 3, firstDay: '2026-05-04', lastDay: '2026-05-06' });
  });

  it('counts each desk over its own days (a desk added later)', () => {
    const b = booking({ desks: [...desks(['C01'], '2026-05-04', '2026-05-07'), ...desks(['C02'], '2026-05-06', '2026-05-07')] });
    expect(deskDaysInMonth(b, calendar, ...MAY).quantity).toBe(4 + 2);
  });

  it('never bills an option, an expired option or a free cancellation', () => {
    const d = desks(['A01'], '2026-05-04', '2026-05-15');
    for (const status of [BookingStatus.OPTION, BookingStatus.EXPIRED, BookingStatus.CANCELLED]) {
      expect(deskDaysInMonth(booking({ status, desks: d }), calendar, ...MAY).quantity).toBe(0);
      expect(lateFeeDeskDaysInMonth(booking({ status, desks: d }), calendar, ...MAY).quantity).toBe(0);
    }
  });

  it('bills a late cancellation: days already past at the rate, the notice window at the fee', () => {
    // Booked 4–29 May on one desk, cancelled on 6 May: 4 and 5 May were used;
    // the late fee covers 6–19 May: 6, 7, 11, 12, 13, 15, 18, 19 (8 May and 14 May closed) = 8.
    const b = booking({
      status: BookingStatus.CANCELLED,
      billedThrough: '2026-05-05',
      lateFeeFrom: '2026-05-06',
      lateFeeTo: '2026-05-19',
      lateFeePct: 50,
      desks: desks(['D01'], '2026-05-04', '2026-05-29'),
    });
    expect(deskDaysInMonth(b, calendar, ...MAY)).toMatchObject({ quantity: 2, firstDay: '2026-05-04', lastDay: '2026-05-05' });
    expect(lateFeeDeskDaysInMonth(b, calendar, ...MAY)).toMatchObject({ quantity: 8, firstDay: '2026-05-06', lastDay: '2026-05-19' });
  });

  it('never bills a day twice when the fee window overlaps the days billed normally', () => {
    const b = booking({
      status: BookingStatus.CANCELLED,
      billedThrough: '2026-05-06',
      lateFeeFrom: '2026-05-05',
      lateFeeTo: '2026-05-07',
      lateFeePct: 50,
      desks: desks(['D01'], '2026-05-04', '2026-05-29'),
    });
    expect(deskDaysInMonth(b, calendar, ...MAY).quantity).toBe(3);
    expect(lateFeeDeskDaysInMonth(b, calendar, ...MAY).quantity).toBe(1);
  });

  it('keeps the late fee inside the month asked for', () => {
    // Fee window 27 April – 8 May: April 27–30 (4 days), May 4–7 (4 days; 1 and 8 May closed).
    const b = booking({ status: BookingStatus.CANCELLED, lateFeeFrom: '2026-04-27', lateFeeTo: '2026-05-08', lateFeePct: 50, desks: desks(['A05'], '2026-04-27', '2026-05-29') });
    expect(lateFeeDeskDaysInMonth(b, calendar, ...APRIL).quantity).toBe(4);
    expect(lateFeeDeskDaysInMonth(b, calendar, ...MAY).quantity).toBe(4);
    expect(deskDaysInMonth(b, calendar, ...APRIL).quantity).toBe(0);
  });

  it('uses the closures the operator edited, not a fixed list', () => {
    const closedMonday: SiteCalendar = { openWeekdays: [1, 2, 3, 4, 5], closures: new Set(['2026-05-04']) };
    expect(deskDaysInMonth(booking({ desks: desks(['A01'], '2026-05-04', '2026-05-08') }), closedMonday, ...MAY).quantity).toBe(4);
  });
});
