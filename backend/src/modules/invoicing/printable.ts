import { CreditNoteEntity, InvoiceEntity, InvoiceLineEntity, InvoiceStatus } from './invoice.entity.js';
import type { PrintableDocument } from './documents/printable-document.js';
import type { PartyIdentity } from './seller-identity.js';

/** Days between issue and due date (French default for services between companies: 30). */
export const PAYMENT_TERM_DAYS = 30;

/** Settings key: the seller opted to pay VAT on debits (CGI art. 269, 2-c); default: on receipts. */
export const VAT_ON_DEBITS_KEY = 'invoicing.vatOnDebits';

/** An invoice as printed: an issued one with its frozen identities, a draft with today's. */
export function printableInvoice(invoice: InvoiceEntity, lines: InvoiceLineEntity[], parties: { seller: PartyIdentity; buyer: PartyIdentity }, vatOnDebits: boolean): PrintableDocument {
  return {
    kind: 'INVOICE',
    draft: invoice.status === InvoiceStatus.DRAFT,
    number: invoice.number,
    issueDate: invoice.issueDate,
    issuedAt: invoice.issuedAt,
    dueDate: invoice.dueDate,
    paymentTermDays: PAYMENT_TERM_DAYS,
    month: invoice.month,
    seller: parties.seller,
    buyer: parties.buyer,
    contractNumbers: invoice.contractNumbers,
    lines: lines.map((l) => ({
      description: l.description,
      quantity: l.quantity,
      unit: 'jour-poste',
      unitPriceCents: l.unitPriceCents,
      amountCents: l.amountCents,
      periodStart: l.periodStart,
      periodEnd: l.periodEnd,
    })),
    vatRatePct: invoice.vatRatePct,
    totalExclTaxCents: invoice.totalExclTaxCents,
    vatCents: invoice.vatCents,
    totalInclTaxCents: invoice.totalInclTaxCents,
    vatOnDebits,
  };
}

export function printableCreditNote(note: CreditNoteEntity, invoice: InvoiceEntity, vatOnDebits: boolean): PrintableDocument {
  const what = note.wholeInvoice ? 'Annulation de la facture' : 'Avoir partiel sur la facture';
  return {
    kind: 'CREDIT_NOTE',
    draft: false,
    number: note.number,
    issueDate: note.issueDate,
    issuedAt: note.issuedAt,
    dueDate: null,
    paymentTermDays: PAYMENT_TERM_DAYS,
    month: invoice.month,
    seller: note.seller,
    buyer: note.buyer,
    contractNumbers: invoice.contractNumbers,
    lines: [{ description: `${what} ${invoice.number} — ${note.reason}`, quantity: 1, unit: 'forfait', unitPriceCents: note.totalExclTaxCents, amountCents: note.totalExclTaxCents }],
    vatRatePct: note.vatRatePct,
    totalExclTaxCents: note.totalExclTaxCents,
    vatCents: note.vatCents,
    totalInclTaxCents: note.totalInclTaxCents,
    vatOnDebits,
    creditedInvoice: { number: invoice.number!, issueDate: invoice.issueDate! },
    reason: note.reason,
  };
}
