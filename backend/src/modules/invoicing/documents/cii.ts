import { create } from 'xmlbuilder2';
import type { LocalDate } from '../../../common/time/dates.js';
import { monthRange } from '../rules/month.js';
import { CREDIT_NOTE_SETTLEMENT, LATE_PAYMENT_PENALTY, NO_DISCOUNT, RECOVERY_INDEMNITY, vatRegime } from './legal-mentions.js';
import { amount, ciiDate, XmlNode } from './cii-values.js';
import { headerAgreement } from './cii-parties.js';
import { headerSettlement } from './cii-settlement.js';
import type { PrintableDocument, PrintableLine } from './printable-document.js';

/**
 * The document's data as UN/CEFACT CII XML, profile EN 16931 (Factur-X "Comfort"), with the
 * French reform's data (billing mode, electronic addresses, subject-coded notes). Elements are
 * written in the order of the Factur-X 1.09 EN16931 XSD; every rule is checked by the official
 * validators in the tests (test/invoicing/einvoice-validation.spec.ts).
 */
export const EN16931_GUIDELINE = 'urn:cen.eu:en16931:2017';
/** BT-23, the French "cadre de facturation": S1, a plain invoice for services. */
export const BILLING_MODE_SERVICES = 'S1';
/** BT-3 (UNTDID 1001): commercial invoice, credit note. */
export const TYPE_CODES = { INVOICE: '380', CREDIT_NOTE: '381' } as const;
/** UN/ECE Recommendation 20: DAY for a desk-day, C62 ("one") for a lump sum. */
const UNIT_CODES: Record<string, string> = { 'jour-poste': 'DAY', forfait: 'C62' };

const NAMESPACES = {
  '@xmlns:rsm': 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
  '@xmlns:qdt': 'urn:un:unece:uncefact:data:standard:QualifiedDataType:100',
  '@xmlns:ram': 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100',
  '@xmlns:udt': 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100',
};

export function ciiXml(d: PrintableDocument): string {
  if (d.draft || !d.number || !d.issueDate) throw new Error('Only a numbered document is an e-invoice');
  if (!d.lines.length) throw new Error('An e-invoice needs at least one line');
  const root: XmlNode = {
    'rsm:CrossIndustryInvoice': {
      ...NAMESPACES,
      'rsm:ExchangedDocumentContext': {
        'ram:BusinessProcessSpecifiedDocumentContextParameter': { 'ram:ID': BILLING_MODE_SERVICES },
        'ram:GuidelineSpecifiedDocumentContextParameter': { 'ram:ID': EN16931_GUIDELINE },
      },
      'rsm:ExchangedDocument': {
        'ram:ID': d.number,
        'ram:TypeCode': TYPE_CODES[d.kind],
        'ram:IssueDateTime': { 'udt:DateTimeString': ciiDate(d.issueDate) },
        'ram:IncludedNote': notes(d).map(([subject, content]) => ({ 'ram:Content': content, ...(subject ? { 'ram:SubjectCode': subject } : {}) })),
      },
      'rsm:SupplyChainTradeTransaction': {
        'ram:IncludedSupplyChainTradeLineItem': d.lines.map((l, i) => lineItem(d, l, i + 1)),
        'ram:ApplicableHeaderTradeAgreement': headerAgreement(d),
        // BT-72: when the service was completed (French invoices state it when it is not the issue date).
        'ram:ApplicableHeaderTradeDelivery': { 'ram:ActualDeliverySupplyChainEvent': { 'ram:OccurrenceDateTime': { 'udt:DateTimeString': ciiDate(completedOn(d)) } } },
        'ram:ApplicableHeaderTradeSettlement': headerSettlement(d),
      },
    },
  };
  return create({ version: '1.0', encoding: 'UTF-8' }, root).end({ prettyPrint: true });
}

/** The last day billed: the latest line's, else the billed month's last day. */
function completedOn(d: PrintableDocument): LocalDate {
  const ends = d.lines.map((l) => l.periodEnd).filter((e): e is LocalDate => !!e);
  return ends.length ? ends.reduce((a, b) => (a > b ? a : b)) : monthRange(d.month).last;
}

/**
 * BG-1 notes, one content each, with their UNTDID 4451 subject code: the French reform wants
 * AAB (discount terms), PMD (late-payment penalties) and PMT (recovery indemnity) once each;
 * BAR says how a platform processes it (B2B: between French companies, so the buyer's electronic
 * address must be its SIREN-based one, BR-FR-21); TXD says how VAT is paid; a credit note also
 * states its reason (ACD).
 */
function notes(d: PrintableDocument): Array<[string | null, string]> {
  const common: Array<[string, string]> = [
    ['BAR', 'B2B'],
    ['AAB', NO_DISCOUNT],
    ['PMD', LATE_PAYMENT_PENALTY],
    ['PMT', RECOVERY_INDEMNITY],
    ['TXD', vatRegime(d.vatOnDebits)],
  ];
  if (d.kind === 'INVOICE') return common;
  return [['ACD', `Motif : ${d.reason ?? ''}`], ['AAI', CREDIT_NOTE_SETTLEMENT], ...common];
}

function lineItem(d: PrintableDocument, l: PrintableLine, id: number): XmlNode {
  return {
    'ram:AssociatedDocumentLineDocument': { 'ram:LineID': String(id) },
    'ram:SpecifiedTradeProduct': { 'ram:Name': l.description },
    'ram:SpecifiedLineTradeAgreement': { 'ram:NetPriceProductTradePrice': { 'ram:ChargeAmount': amount(l.unitPriceCents) } },
    'ram:SpecifiedLineTradeDelivery': { 'ram:BilledQuantity': { '@unitCode': UNIT_CODES[l.unit] ?? 'C62', '#': String(l.quantity) } },
    'ram:SpecifiedLineTradeSettlement': {
      'ram:ApplicableTradeTax': { 'ram:TypeCode': 'VAT', 'ram:CategoryCode': 'S', 'ram:RateApplicablePercent': String(d.vatRatePct) },
      ...(l.periodStart && l.periodEnd
        ? { 'ram:BillingSpecifiedPeriod': { 'ram:StartDateTime': { 'udt:DateTimeString': ciiDate(l.periodStart) }, 'ram:EndDateTime': { 'udt:DateTimeString': ciiDate(l.periodEnd) } } }
        : {}),
      'ram:SpecifiedTradeSettlementLineMonetarySummation': { 'ram:LineTotalAmount': amount(l.amountCents) },
    },
  };
}
