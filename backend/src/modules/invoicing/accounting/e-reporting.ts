import { decimalComma } from '../documents/french-format.js';
import type { InvoiceEntity } from '../invoice.entity.js';
import type { InvoicePaymentEntity } from '../payments/payment.entity.js';
import { csvCell, csvText } from './csv-cell.js';

/**
 * The payment data a plateforme agréée transmits for services whose VAT is due on receipt
 * (e-reporting of payments): per payment received in the month, the invoice it settles (number
 * and date), the day and amount received, and that amount split by VAT rate (base and VAT).
 * An invoice has a single rate, so a payment is one row; amounts in euros with a decimal comma.
 */
export const E_REPORTING_HEADER = [
  'SIREN vendeur', 'Numéro de facture', 'Date de facture', 'SIREN client', 'Date d’encaissement', 'Montant encaissé TTC',
  'Taux de TVA', 'Base HT', 'Montant de TVA', 'Devise', 'Moyen de paiement', 'Référence',
];

const METHOD_CODES: Record<string, string> = { TRANSFER: 'Virement', DIRECT_DEBIT: 'Prélèvement', CARD: 'Carte', CHEQUE: 'Chèque' };

export function ePaymentsCsv(sellerSiren: string, payments: InvoicePaymentEntity[], invoices: Map<string, InvoiceEntity>): string {
  const rows = payments.map((p) => {
    const invoice = invoices.get(p.invoiceId)!;
    return [
      sellerSiren,
      csvCell(invoice.number),
      invoice.issueDate ?? '',
      csvCell(invoice.buyer?.siret.slice(0, 9)),
      p.receivedOn,
      decimalComma(p.amountCents),
      `${p.vatRatePct},00`,
      decimalComma(p.amountCents - p.vatCents),
      decimalComma(p.vatCents),
      'EUR',
      METHOD_CODES[p.method],
      csvCell(p.reference),
    ];
  });
  return csvText([E_REPORTING_HEADER.map(csvCell), ...rows]);
}
