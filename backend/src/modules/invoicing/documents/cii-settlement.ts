import { monthRange } from '../rules/month.js';
import { amount, ciiDate, XmlNode } from './cii-values.js';
import { CREDIT_NOTE_SETTLEMENT } from './legal-mentions.js';
import type { PrintableDocument } from './printable-document.js';

const EUR = 'EUR';
/** UNTDID 4461: 58, SEPA credit transfer. */
const SEPA_CREDIT_TRANSFER = '58';
/** BT-8 (UNTDID 2005 subset): VAT due on the invoice date (débits option, 5) or when paid (72). */
const VAT_POINT = { ON_DEBITS: '5', ON_RECEIPTS: '72' } as const;

/** ApplicableHeaderTradeSettlement: payment means and terms, VAT breakdown, period, totals, the credited invoice. */
export function headerSettlement(d: PrintableDocument): XmlNode {
  const invoice = d.kind === 'INVOICE';
  const { first, last } = monthRange(d.month);
  return {
    // BT-83: the remittance information a transfer should carry.
    ...(invoice ? { 'ram:PaymentReference': d.number! } : {}),
    'ram:InvoiceCurrencyCode': EUR,
    ...(invoice && d.seller.iban ? { 'ram:SpecifiedTradeSettlementPaymentMeans': paymentMeans(d) } : {}),
    'ram:ApplicableTradeTax': {
      'ram:CalculatedAmount': amount(d.vatCents),
      'ram:TypeCode': 'VAT',
      'ram:BasisAmount': amount(d.totalExclTaxCents),
      'ram:CategoryCode': 'S',
      'ram:DueDateTypeCode': d.vatOnDebits ? VAT_POINT.ON_DEBITS : VAT_POINT.ON_RECEIPTS,
      'ram:RateApplicablePercent': String(d.vatRatePct),
    },
    'ram:BillingSpecifiedPeriod': { 'ram:StartDateTime': { 'udt:DateTimeString': ciiDate(first) }, 'ram:EndDateTime': { 'udt:DateTimeString': ciiDate(last) } },
    'ram:SpecifiedTradePaymentTerms': invoice
      ? { 'ram:Description': `Paiement à ${d.paymentTermDays} jours par virement.`, ...(d.dueDate ? { 'ram:DueDateDateTime': { 'udt:DateTimeString': ciiDate(d.dueDate) } } : {}) }
      : { 'ram:Description': CREDIT_NOTE_SETTLEMENT },
    'ram:SpecifiedTradeSettlementHeaderMonetarySummation': {
      'ram:LineTotalAmount': amount(d.lines.reduce((s, l) => s + l.amountCents, 0)),
      'ram:TaxBasisTotalAmount': amount(d.totalExclTaxCents),
      'ram:TaxTotalAmount': { '@currencyID': EUR, '#': amount(d.vatCents) },
      'ram:GrandTotalAmount': amount(d.totalInclTaxCents),
      // What the document asked for when issued: payments never change an issued document.
      'ram:DuePayableAmount': amount(d.totalInclTaxCents),
    },
    // BT-25 / BT-26: the invoice a credit note corrects.
    ...(d.creditedInvoice
      ? { 'ram:InvoiceReferencedDocument': { 'ram:IssuerAssignedID': d.creditedInvoice.number, 'ram:FormattedIssueDateTime': { 'qdt:DateTimeString': ciiDate(d.creditedInvoice.issueDate) } } }
      : {}),
  };
}

function paymentMeans(d: PrintableDocument): XmlNode {
  return {
    'ram:TypeCode': SEPA_CREDIT_TRANSFER,
    'ram:Information': 'Virement SEPA',
    'ram:PayeePartyCreditorFinancialAccount': { 'ram:IBANID': d.seller.iban!.replace(/\s+/g, '') },
    ...(d.seller.bic ? { 'ram:PayeeSpecifiedCreditorFinancialInstitution': { 'ram:BICID': d.seller.bic } } : {}),
  };
}
