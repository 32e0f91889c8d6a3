import { decimalComma, decimalPoint, euros, formatSiret, frenchDate, frenchMonth } from './french-format.js';

describe('French formats', () => {
  const plain = (s: string) => s.replace(/\u00a0/g, ' ');
  it('writes amounts the French way', () => {
    expect(plain(euros(123450))).toBe('1 234,50 €');
    expect(plain(euros(5))).toBe('0,05 €');
    expect(plain(euros(100000000))).toBe('1 000 000,00 €');
    expect(plain(euros(-123450))).toBe('-1 234,50 €');
  });
  it('writes CSV and XML decimals', () => {
    expect(decimalComma(123450)).toBe('1234,50');
    expect(decimalPoint(7)).toBe('0.07');
  });
  it('writes dates, months and SIRET numbers', () => {
    expect(frenchDate('2026-03-02')).toBe('02/03/2026');
    expect(frenchMonth('2026-08')).toBe('août 2026');
    expect(formatSiret('91234567500017')).toBe('912 345 675 00017');
  });
});
