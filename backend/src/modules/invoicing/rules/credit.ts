import { percentOf } from './money.js';

interface Credited {
  totalExclTaxCents: number;
  vatCents: number;
}

export type Credit =
  | { kind: 'ok'; totalExclTaxCents: number; vatCents: number }
  | { kind: 'nothing-left' }
  | { kind: 'too-much'; remainingExclTaxCents: number };

/**
 * What a credit note may credit: never more, in total, than the invoice. VAT is the rate on
 * the amount, rounded half-up; the credit that takes the invoice to zero takes exactly the VAT
 * left, so the credit notes of an invoice add up to it to the cent.
 */
export function creditFor(invoice: Credited & { vatRatePct: number }, previous: Credited[], amountExclTaxCents: number | null): Credit {
  const creditedExcl = previous.reduce((s, c) => s + c.totalExclTaxCents, 0);
  const creditedVat = previous.reduce((s, c) => s + c.vatCents, 0);
  const remainingExcl = invoice.totalExclTaxCents - creditedExcl;
  const remainingVat = invoice.vatCents - creditedVat;
  if (remainingExcl <= 0) return { kind: 'nothing-left' };
  const amount = amountExclTaxCents ?? remainingExcl;
  if (amount > remainingExcl) return { kind: 'too-much', remainingExclTaxCents: remainingExcl };
  const vat = amount === remainingExcl ? remainingVat : Math.min(percentOf(amount, invoice.vatRatePct), remainingVat);
  return { kind: 'ok', totalExclTaxCents: amount, vatCents: Math.max(vat, 0) };
}
