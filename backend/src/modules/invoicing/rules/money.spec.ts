import { divideRoundHalfUp, invoiceTotals, lineAmount, percentOf } from './money.js';

describe('money rounding (integer cents, half-up)', () => {
  it.each([
    [250, 100, 3],
    [249, 100, 2],
    [251, 100, 3],
    [150, 100, 2],
    [50, 100, 1],
    [49, 100, 0],
    [0, 100, 0],
    [-250, 100, -3],
    [-249, 100, -2],
  ])('%i / %i → %i', (n, d, expected) => {
    expect(divideRoundHalfUp(n, d)).toBe(expected);
  });

  it('refuses non-integers and a non-positive denominator', () => {
    expect(() => divideRoundHalfUp(1.5, 100)).toThrow(RangeError);
    expect(() => divideRoundHalfUp(1, 0)).toThrow(RangeError);
  });

  it('takes a percentage to the nearest cent, a half cent going up', () => {
    expect(percentOf(4500, 50)).toBe(2250);
    expect(percentOf(4525, 50)).toBe(2263); // 2262.5 → 2263
    expect(percentOf(4523, 50)).toBe(2262); // 2261.5 → 2262
    expect(percentOf(3333, 33)).toBe(1100); // 1099.89 → 1100
  });

  it('multiplies quantity by unit price exactly', () => {
    expect(lineAmount(21, 4500)).toBe(94500);
    expect(() => lineAmount(2.5, 4500)).toThrow(RangeError);
  });

  it('computes VAT 20 % on the invoice total, not per line, rounded to the nearest cent', () => {
    // Two lines of 0,03 €: per line 0,006 → 0,01 each (0,02); on the total 0,06 € → 0,012 → 0,01.
    expect(invoiceTotals([3, 3])).toEqual({ totalExclTaxCents: 6, vatCents: 1, totalInclTaxCents: 7 });
    // 12 345,67 € × 20 % = 2 469,134 → 2 469,13 ; 12 345,68 € × 20 % = 2 469,136 → 2 469,14.
    expect(invoiceTotals([1234567])).toEqual({ totalExclTaxCents: 1234567, vatCents: 246913, totalInclTaxCents: 1481480 });
    expect(invoiceTotals([1234568])).toEqual({ totalExclTaxCents: 1234568, vatCents: 246914, totalInclTaxCents: 1481482 });
    // 0,03 € × 20 % = 0,006 → 0,01 (up); 0,02 € × 20 % = 0,004 → 0,00 (down).
    expect(invoiceTotals([3]).vatCents).toBe(1);
    expect(invoiceTotals([2]).vatCents).toBe(0);
    expect(invoiceTotals([]).totalInclTaxCents).toBe(0);
  });
});
