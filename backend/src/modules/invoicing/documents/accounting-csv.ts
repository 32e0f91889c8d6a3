import type { CreditNoteEntity, InvoiceEntity } from '../invoice.entity.js';
import { InvoiceStatus } from '../invoice.entity.js';
import { decimalComma } from './french-format.js';

/**
 * The accountant's export of a month: one row per numbered invoice and one per credit note
 * (its amounts negative), in number order. French conventions, as spreadsheet software in
 * France reads them: ";" separator, decimal comma without thousands separator, ISO dates,
 * UTF-8 with a byte-order mark, CRLF line ends. Drafts are not accounting documents: left out.
 */
export const CSV_HEADER = ['Type', 'Numéro', 'Date', 'Échéance', 'Mois facturé', 'Client', 'SIRET client', 'N° TVA client', 'Facture d’origine', 'Total HT', 'TVA', 'Total TTC', 'Statut', 'Payée le'];

const STATUS_LABEL: Record<InvoiceStatus, string> = {
  [InvoiceStatus.DRAFT]: 'Brouillon',
  [InvoiceStatus.ISSUED]: 'Émise',
  [InvoiceStatus.PAID]: 'Payée',
  [InvoiceStatus.CANCELLED]: 'Annulée par avoir',
};

/** Quotes a text cell when needed, and defuses formulas (a cell starting with = + - @). */
function text(value: string | null | undefined): string {
  let v = value ?? '';
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function accountingCsv(invoices: InvoiceEntity[], creditNotes: CreditNoteEntity[]): string {
  const byId = new Map(invoices.map((i) => [i.id, i]));
  const rows: string[][] = [];
  for (const i of invoices) {
    if (i.status === InvoiceStatus.DRAFT || !i.number) continue;
    rows.push([
      'Facture',
      text(i.number),
      i.issueDate ?? '',
      i.dueDate ?? '',
      i.month,
      text(i.buyer?.legalName),
      text(i.buyer?.siret),
      text(i.buyer?.vatNumber),
      '',
      decimalComma(i.totalExclTaxCents),
      decimalComma(i.vatCents),
      decimalComma(i.totalInclTaxCents),
      STATUS_LABEL[i.status],
      i.paidOn ?? '',
    ]);
  }
  for (const c of creditNotes) {
    const invoice = byId.get(c.invoiceId);
    rows.push([
      'Avoir',
      text(c.number),
      c.issueDate,
      '',
      invoice?.month ?? '',
      text(c.buyer.legalName),
      text(c.buyer.siret),
      text(c.buyer.vatNumber),
      text(invoice?.number),
      decimalComma(-c.totalExclTaxCents),
      decimalComma(-c.vatCents),
      decimalComma(-c.totalInclTaxCents),
      'Émis',
      '',
    ]);
  }
  return '\ufeff' + [CSV_HEADER.map(text), ...rows].map((r) => r.join(';')).join('\r\n') + '\r\n';
}
