import { trimToBooking } from './assignment-trim.js';

const a = { first: '2026-03-02', last: '2026-03-13' };

describe('trimToBooking', () => {
  it('keeps an assignment the booking still covers', () => {
    expect(trimToBooking(a, [{ first: '2026-03-01', last: '2026-03-31' }])).toEqual(a);
  });

  it('trims the days the booking no longer has', () => {
    expect(trimToBooking(a, [{ first: '2026-03-05', last: '2026-03-31' }])).toEqual({ first: '2026-03-05', last: '2026-03-13' });
    expect(trimToBooking(a, [{ first: '2026-02-01', last: '2026-03-06' }])).toEqual({ first: '2026-03-02', last: '2026-03-06' });
  });

  it('drops it when the desk left the booking or the dates moved away', () => {
    expect(trimToBooking(a, [])).toBeNull();
    expect(trimToBooking(a, [{ first: '2026-03-16', last: '2026-03-31' }])).toBeNull();
  });

  it('keeps the largest covered part when the desk is held in two pieces', () => {
    const pieces = [
      { first: '2026-03-02', last: '2026-03-03' },
      { first: '2026-03-06', last: '2026-03-12' },
    ];
    expect(trimToBooking(a, pieces)).toEqual({ first: '2026-03-06', last: '2026-03-12' });
  });
});
