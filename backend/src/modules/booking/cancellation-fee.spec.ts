import { cancellationCharges, CancellationTerms, lateFeeAmount, lateFeeUnitPrice } from './cancellation-fee.js';

/** A confirmed booking from Monday 2026-03-16 to Friday 2026-03-27, 14 days' notice, 50 %. */
const terms = (cancelledOn: string, over: Partial<CancellationTerms> = {}): CancellationTerms => ({
  startDate: '2026-03-16',
  endDate: '2026-03-27',
  isOption: false,
  cancelledOn,
  noticeDays: 14,
  feePct: 50,
  ...over,
});

describe('cancellation charges', () => {
  it('is free up to the notice days before the start, the last free day included', () => {
    expect(cancellationCharges(terms('2026-02-20'))).toEqual({ free: true, lateFeeFrom: null, lateFeeTo: null, lateFeePct: null, billedThrough: null });
    expect(cancellationCharges(terms('2026-03-02')).free).toBe(true);
  });

  it('bills the booked days within the notice days following a late cancellation', () => {
    // Cancelled 13 days before: the window 03-03…03-16 catches the first day only.
    expect(cancellationCharges(terms('2026-03-03'))).toEqual({ free: false, lateFeeFrom: '2026-03-16', lateFeeTo: '2026-03-16', lateFeePct: 50, billedThrough: null });
    // Cancelled 5 days before: the window 03-11…03-24.
    expect(cancellationCharges(terms('2026-03-11'))).toEqual({ free: false, lateFeeFrom: '2026-03-16', lateFeeTo: '2026-03-24', lateFeePct: 50, billedThrough: null });
  });

  it('stops the window at the booking\'s last day', () => {
    expect(cancellationCharges(terms('2026-03-15'))).toMatchObject({ lateFeeFrom: '2026-03-16', lateFeeTo: '2026-03-27' });
  });

  it('keeps the days already past billed normally when cancelling during the booking', () => {
    expect(cancellationCharges(terms('2026-03-19'))).toEqual({ free: false, lateFeeFrom: '2026-03-19', lateFeeTo: '2026-03-27', lateFeePct: 50, billedThrough: '2026-03-18' });
    expect(cancellationCharges(terms('2026-03-16'))).toMatchObject({ lateFeeFrom: '2026-03-16', billedThrough: null });
  });

  it('follows the contract\'s notice and percentage', () => {
    expect(cancellationCharges(terms('2026-03-09', { noticeDays: 7, feePct: 30 }))).toEqual({ free: true, lateFeeFrom: null, lateFeeTo: null, lateFeePct: null, billedThrough: null });
    expect(cancellationCharges(terms('2026-03-12', { noticeDays: 7, feePct: 30 }))).toEqual({ free: false, lateFeeFrom: '2026-03-16', lateFeeTo: '2026-03-18', lateFeePct: 30, billedThrough: null });
  });

  it('records no fee window when the fee is 0 % or the notice is 0 days, but still what is past', () => {
    expect(cancellationCharges(terms('2026-03-12', { feePct: 0 }))).toMatchObject({ free: false, lateFeeFrom: null, lateFeePct: null });
    expect(cancellationCharges(terms('2026-03-16', { noticeDays: 0 })).free).toBe(true);
    expect(cancellationCharges(terms('2026-03-18', { noticeDays: 0 }))).toEqual({ free: false, lateFeeFrom: null, lateFeeTo: null, lateFeePct: null, billedThrough: '2026-03-17' });
  });

  it('never charges an option, even late or under way', () => {
    expect(cancellationCharges(terms('2026-03-15', { isOption: true })).free).toBe(true);
    expect(cancellationCharges(terms('2026-03-20', { isOption: true }))).toEqual({ free: true, lateFeeFrom: null, lateFeeTo: null, lateFeePct: null, billedThrough: null });
  });
});

describe('late-cancellation fee', () => {
  it('prices a late-cancellation day at pct % of the rate, to the nearest cent (half up)', () => {
    expect(lateFeeUnitPrice(4500, 50)).toBe(2250);
    expect(lateFeeUnitPrice(4550, 25)).toBe(1138); // 1137.5
    expect(lateFeeUnitPrice(4525, 33)).toBe(1493); // 1493.25
    expect(lateFeeUnitPrice(4500, 0)).toBe(0);
  });

  it('rounds the unit price, never the total: 3 desk-days at 33 % of 45,25 € are 3 × 14,93 €', () => {
    // Rounded on the total, 3 × 1493.25 = 4479.75 would give 4480.
    expect(lateFeeAmount(3, 4525, 33)).toBe(4479);
    expect(lateFeeAmount(0, 4525, 33)).toBe(0);
  });
});
