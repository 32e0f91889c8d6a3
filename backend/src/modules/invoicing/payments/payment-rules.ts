import type { LocalDate } from '../../../common/time/dates.js';
import { divideRoundHalfUp } from '../rules/money.js';
import { InvoiceStatus } from '../invoice.entity.js';

/**
 * What an issued invoice still asks for: total including VAT − the credit notes on it
 * (including VAT) − the payments received. A credit note made after the money came in can take
 * it below zero (the studio is owed a refund): what is due is then nothing.
 */
export function balanceDue(totalInclTaxCents: number, credits: Array<{ totalInclTaxCents: number }>, payments: Array<{ amountCents: number }>): number {
  const credited = credits.reduce((s, c) => s + c.totalInclTaxCents, 0);
  const paid = payments.reduce((s, p) => s + p.amountCents, 0);
  return Math.max(0, totalInclTaxCents - credited - paid);
}

/**
 * The VAT part of a payment, for VAT on receipts. Shared in proportion to the invoice's own VAT
 * (VAT / total including VAT), cumulatively: each payment takes the VAT of everything paid so far
 * minus what earlier payments took, so the payments of an invoice paid in full carry exactly its
 * VAT, to the cent, however it was split.
 */
export function paymentVat(invoice: { totalInclTaxCents: number; vatCents: number }, paidBeforeCents: number, amountCents: number): number {
  if (invoice.totalInclTaxCents <= 0 || invoice.vatCents <= 0) return 0;
  const upTo = (paid: number) => divideRoundHalfUp(Math.min(paid, invoice.totalInclTaxCents) * invoice.vatCents, invoice.totalInclTaxCents);
  return Math.max(0, upTo(paidBeforeCents + amountCents) - upTo(paidBeforeCents));
}

export interface PaymentAttempt {
  amountCents: number;
  date: LocalDate;
}

export type PaymentRefusal =
  | { code: 'INVALID_STATE'; message: string }
  | { code: 'BAD_USER_INPUT'; field: 'amountCents' | 'date'; message: string; details?: Record<string, unknown> };

/**
 * Whether a payment may be recorded on an invoice: only an issued invoice with something due,
 * for at most what is due, dated between the issue date and today.
 */
export function paymentRefusal(
  invoice: { status: InvoiceStatus; number: string | null; issueDate: LocalDate | null },
  balanceDueCents: number,
  attempt: PaymentAttempt,
  today: LocalDate,
): PaymentRefusal | null {
  if (invoice.status === InvoiceStatus.DRAFT) return { code: 'INVALID_STATE', message: 'Issue the invoice before recording a payment on it' };
  if (invoice.status === InvoiceStatus.CANCELLED) return { code: 'INVALID_STATE', message: `Invoice ${invoice.number} was cancelled by a credit note: nothing can be paid on it` };
  if (invoice.status === InvoiceStatus.PAID || balanceDueCents <= 0) return { code: 'INVALID_STATE', message: `Nothing is due on invoice ${invoice.number} any more` };
  if (!Number.isSafeInteger(attempt.amountCents) || attempt.amountCents <= 0) return { code: 'BAD_USER_INPUT', field: 'amountCents', message: 'The amount must be a positive number of cents' };
  if (attempt.amountCents > balanceDueCents) {
    return { code: 'BAD_USER_INPUT', field: 'amountCents', message: `At most ${balanceDueCents} cents are due on ${invoice.number}`, details: { balanceDueCents } };
  }
  if (attempt.date < invoice.issueDate!) return { code: 'BAD_USER_INPUT', field: 'date', message: `The payment date cannot be before the issue date (${invoice.issueDate})` };
  if (attempt.date > today) return { code: 'BAD_USER_INPUT', field: 'date', message: 'The payment date cannot be in the future' };
  return null;
}
