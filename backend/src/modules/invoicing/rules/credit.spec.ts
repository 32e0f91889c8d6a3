import { creditFor } from './credit.js';

describe('credit note amounts', () => {
  const invoice = { totalExclTaxCents: 10001, vatCents: 2000, vatRatePct: 20 }; // 100,01 € HT, VAT 20,002 → 20,00

  it('credits the whole invoice when no amount is given', () => {
    expect(creditFor(invoice, [], null)).toEqual({ kind: 'ok', totalExclTaxCents: 10001, vatCents: 2000 });
  });

  it('credits an amount with its VAT rounded half-up', () => {
    expect(creditFor(invoice, [], 2503)).toEqual({ kind: 'ok', totalExclTaxCents: 2503, vatCents: 501 }); // 500.6 → 501
  });

  it('lets the last credit take exactly what is left, so credits add up to the invoice to the cent', () => {
    const first = { totalExclTaxCents: 5003, vatCents: 1001 }; // 1000.6 → 1001
    const rest = creditFor(invoice, [first], null);
    expect(rest).toEqual({ kind: 'ok', totalExclTaxCents: 4998, vatCents: 999 });
  });

  it('refuses more than what remains, and anything once all is credited', () => {
    expect(creditFor(invoice, [{ totalExclTaxCents: 10000, vatCents: 2000 }], 2)).toEqual({ kind: 'too-much', remainingExclTaxCents: 1 });
    expect(creditFor(invoice, [{ totalExclTaxCents: 10001, vatCents: 2000 }], null)).toEqual({ kind: 'nothing-left' });
  });
});
