import { InvoiceStatus } from '../invoice.entity.js';
import { balanceDue, paymentRefusal, paymentVat } from './payment-rules.js';

describe('balanceDue', () => {
  it('is the total less credit notes and payments, never below zero', () => {
    expect(balanceDue(120_000, [], [])).toBe(120_000);
    expect(balanceDue(120_000, [{ totalInclTaxCents: 24_000 }], [{ amountCents: 50_000 }])).toBe(46_000);
    expect(balanceDue(120_000, [{ totalInclTaxCents: 24_000 }], [{ amountCents: 120_000 }])).toBe(0);
  });
});

describe('paymentVat', () => {
  const invoice = { totalInclTaxCents: 100_001, vatCents: 16_667 };
  it('gives the payments of an invoice paid in full exactly its VAT, however it is split', () => {
    for (const split of [[100_001], [1, 100_000], [33_333, 33_333, 33_335], [7, 7, 7, 99_980]]) {
      let before = 0;
      let vat = 0;
      for (const amount of split) {
        vat += paymentVat(invoice, before, amount);
        before += amount;
      }
      expect(vat).toBe(invoice.vatCents);
    }
  });
  it('takes the invoice\'s share of VAT, rounded half-up', () => {
    expect(paymentVat({ totalInclTaxCents: 120_000, vatCents: 20_000 }, 0, 60_000)).toBe(10_000);
    expect(paymentVat({ totalInclTaxCents: 120_000, vatCents: 20_000 }, 0, 3)).toBe(1);
    expect(paymentVat({ totalInclTaxCents: 0, vatCents: 0 }, 0, 3)).toBe(0);
  });
});

describe('paymentRefusal', () => {
  const issued = { status: InvoiceStatus.ISSUED, number: 'FLEX-2027-00001', issueDate: '2027-03-01' };
  const ok = { amountCents: 100, date: '2027-03-10' };
  it('accepts a positive amount up to the balance, dated from the issue date to today', () => {
    expect(paymentRefusal(issued, 100, ok, '2027-03-10')).toBeNull();
    expect(paymentRefusal(issued, 100, { amountCents: 1, date: '2027-03-01' }, '2027-03-10')).toBeNull();
  });
  it('refuses drafts, cancelled and settled invoices as INVALID_STATE', () => {
    for (const status of [InvoiceStatus.DRAFT, InvoiceStatus.CANCELLED, InvoiceStatus.PAID]) {
      expect(paymentRefusal({ ...issued, status }, 100, ok, '2027-03-10')?.code).toBe('INVALID_STATE');
    }
    expect(paymentRefusal(issued, 0, ok, '2027-03-10')?.code).toBe('INVALID_STATE');
  });
  it('names the field at fault', () => {
    const field = (attempt: { amountCents: number; date: string }) => {
      const r = paymentRefusal(issued, 100, attempt, '2027-03-10');
      return r?.code === 'BAD_USER_INPUT' ? r.field : r?.code;
    };
    expect(field({ amountCents: 0, date: '2027-03-10' })).toBe('amountCents');
    expect(field({ amountCents: -5, date: '2027-03-10' })).toBe('amountCents');
    expect(field({ amountCents: 101, date: '2027-03-10' })).toBe('amountCents');
    expect(field({ amountCents: 1.5, date: '2027-03-10' })).toBe('amountCents');
    expect(field({ amountCents: 100, date: '2027-02-28' })).toBe('date');
    expect(field({ amountCents: 100, date: '2027-03-11' })).toBe('date');
  });
});
