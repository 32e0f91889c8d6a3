import type { LocalDate } from '../../../common/time/dates.js';
import type { PartyIdentity } from '../seller-identity.js';

export interface PrintableLine {
  description: string;
  quantity: number;
  /** "jour-poste" (a desk-day) or "forfait". */
  unit: string;
  unitPriceCents: number;
  amountCents: number;
  /** First and last day billed on the line (none on a credit note's single line). */
  periodStart?: LocalDate;
  periodEnd?: LocalDate;
}

/**
 * What an invoice (or a draft of one) or a credit note shows, on its page and in its CII XML.
 * Payment state is deliberately absent: an issued document never changes after issue.
 */
export interface PrintableDocument {
  kind: 'INVOICE' | 'CREDIT_NOTE';
  /** A draft has no number and no legal value: it is printed as such, and has no XML. */
  draft: boolean;
  number: string | null;
  issueDate: LocalDate | null;
  /** When it was issued: the PDF's creation date (so a document renders the same bytes again). */
  issuedAt: Date | null;
  dueDate: LocalDate | null;
  paymentTermDays: number;
  month: string;
  seller: PartyIdentity;
  buyer: PartyIdentity;
  contractNumbers: string[];
  lines: PrintableLine[];
  vatRatePct: number;
  totalExclTaxCents: number;
  vatCents: number;
  totalInclTaxCents: number;
  /** The seller opted to pay VAT on debits (invoicing) rather than on receipts (the rule for services). */
  vatOnDebits: boolean;
  /** Credit note: the invoice it corrects, and why. */
  creditedInvoice?: { number: string; issueDate: LocalDate };
  reason?: string;
}
