import { FormatFactoryService, InvoiceService as EInvoiceService } from '@e-invoice-eu/core';
import type { Invoice as EInvoice } from '@e-invoice-eu/core';
import { Logger } from '@nestjs/common';
import { monthRange } from '../rules/month.js';
import type { PartyIdentity } from '../seller-identity.js';
import { sirenOf } from '../seller-identity.js';
import { decimalPoint } from './french-format.js';
import { alignInfoWithXmp } from './pdfa-metadata.js';
import { LATE_PAYMENT_PENALTY, NO_DISCOUNT, RECOVERY_INDEMNITY } from './legal-mentions.js';
import type { PrintableDocument } from './pdf-document.js';

/**
 * Factur-X: the human-readable PDF with the invoice's data as CII XML (EN 16931) embedded,
 * turned into a PDF/A-3 by @e-invoice-eu/core (offline; it only shells out to LibreOffice when
 * asked to render a spreadsheet, which we never do). Profile EN 16931 ("Comfort"), which is
 * above BASIC and carries the payment terms text.
 */
export const FACTUR_X_FORMAT = 'Factur-X-EN16931';

const logger = new Logger('FacturX');
const libraryLogger = {
  log: (m: string) => logger.debug(m),
  warn: (m: string) => logger.warn(m),
  error: (m: string) => logger.error(m),
};
const eInvoice = new EInvoiceService(libraryLogger);
const formats = new FormatFactoryService();

const EUR = 'EUR' as const;
/** UN/ECE Recommendation 20: DAY (a desk-day is one day of one desk); C62 "one" for a credit. */
const UNIT_CODES: Record<string, UnitCode> = { 'j.-poste': 'DAY', 'jour-poste': 'DAY', forfait: 'C62' };

type SellerParty = EInvoice['ubl:Invoice']['cac:AccountingSupplierParty']['cac:Party'];
type BuyerParty = EInvoice['ubl:Invoice']['cac:AccountingCustomerParty']['cac:Party'];
type CountryCode = SellerParty['cac:PostalAddress']['cac:Country']['cbc:IdentificationCode'];
type UnitCode = NonNullable<EInvoice['ubl:Invoice']['cac:InvoiceLine'][number]['cbc:InvoicedQuantity@unitCode']>;

/** What seller and buyer parties share; their VAT identifier differs in shape. */
function partyCommon(p: PartyIdentity) {
  return {
    'cac:PostalAddress': {
      ...(p.addressLines[0] ? { 'cbc:StreetName': p.addressLines[0] } : {}),
      ...(p.addressLines[1] ? { 'cbc:AdditionalStreetName': p.addressLines[1] } : {}),
      ...(p.city ? { 'cbc:CityName': p.city } : {}),
      ...(p.postCode ? { 'cbc:PostalZone': p.postCode } : {}),
      'cac:Country': { 'cbc:IdentificationCode': p.countryCode as CountryCode },
    },
    'cac:PartyLegalEntity': {
      'cbc:RegistrationName': p.legalName,
      // 0002: the French SIRENE register (SIREN), as the French e-invoicing rules expect.
      'cbc:CompanyID': sirenOf(p.siret),
      'cbc:CompanyID@schemeID': '0002' as const,
    },
    ...(p.email ? { 'cac:Contact': { 'cbc:ElectronicMail': p.email } } : {}),
  };
}

const vatScheme = (vatNumber: string) => ({ 'cbc:CompanyID': vatNumber, 'cac:TaxScheme': { 'cbc:ID': 'VAT' } });

function sellerParty(p: PartyIdentity): SellerParty {
  return { ...partyCommon(p), ...(p.vatNumber ? { 'cac:PartyTaxScheme': [vatScheme(p.vatNumber)] } : {}) };
}

function buyerParty(p: PartyIdentity): BuyerParty {
  return { ...partyCommon(p), ...(p.vatNumber ? { 'cac:PartyTaxScheme': vatScheme(p.vatNumber) } : {}) };
}

/** The document in e-invoice-eu's internal (UBL-shaped) format. */
export function toEInvoice(d: PrintableDocument): EInvoice {
  if (!d.number || !d.issueDate) throw new Error('Only a numbered document is an e-invoice');
  const { first, last } = monthRange(d.month);
  const creditNote = d.kind === 'CREDIT_NOTE';
  const invoice: EInvoice = {
    'ubl:Invoice': {
      'cbc:ID': d.number,
      'cbc:IssueDate': d.issueDate,
      ...(d.dueDate && !creditNote ? { 'cbc:DueDate': d.dueDate } : {}),
      'cbc:InvoiceTypeCode': creditNote ? '381' : '380',
      'cbc:Note': creditNote ? [`Motif : ${d.reason ?? ''}`] : [NO_DISCOUNT, LATE_PAYMENT_PENALTY, RECOVERY_INDEMNITY],
      'cbc:DocumentCurrencyCode': EUR,
      'cbc:BuyerReference': d.contractNumbers[0] ?? d.number,
      'cac:InvoicePeriod': { 'cbc:StartDate': first, 'cbc:EndDate': last },
      ...(d.creditedInvoice
        ? { 'cac:BillingReference': [{ 'cac:InvoiceDocumentReference': { 'cbc:ID': d.creditedInvoice.number, 'cbc:IssueDate': d.creditedInvoice.issueDate } }] }
        : {}),
      ...(d.contractNumbers[0] ? { 'cac:ContractDocumentReference': { 'cbc:ID': d.contractNumbers[0] } } : {}),
      'cac:AccountingSupplierParty': { 'cac:Party': sellerParty(d.seller) },
      'cac:AccountingCustomerParty': { 'cac:Party': buyerParty(d.buyer) },
      ...(d.seller.iban && !creditNote
        ? { 'cac:PaymentMeans': [{ 'cbc:PaymentMeansCode': '58', 'cac:PayeeFinancialAccount': { 'cbc:ID': d.seller.iban.replace(/\s+/g, '') } }] }
        : {}),
      ...(!creditNote ? { 'cac:PaymentTerms': { 'cbc:Note': `Paiement à ${d.paymentTermDays} jours par virement.` } } : {}),
      'cac:TaxTotal': [
        {
          'cbc:TaxAmount': decimalPoint(d.vatCents),
          'cbc:TaxAmount@currencyID': EUR,
          'cac:TaxSubtotal': [
            {
              'cbc:TaxableAmount': decimalPoint(d.totalExclTaxCents),
              'cbc:TaxableAmount@currencyID': EUR,
              'cbc:TaxAmount': decimalPoint(d.vatCents),
              'cbc:TaxAmount@currencyID': EUR,
              'cac:TaxCategory': { 'cbc:ID': 'S', 'cbc:Percent': String(d.vatRatePct), 'cac:TaxScheme': { 'cbc:ID': 'VAT' } },
            },
          ],
        },
      ],
      'cac:LegalMonetaryTotal': {
        'cbc:LineExtensionAmount': decimalPoint(d.totalExclTaxCents),
        'cbc:LineExtensionAmount@currencyID': EUR,
        'cbc:TaxExclusiveAmount': decimalPoint(d.totalExclTaxCents),
        'cbc:TaxExclusiveAmount@currencyID': EUR,
        'cbc:TaxInclusiveAmount': decimalPoint(d.totalInclTaxCents),
        'cbc:TaxInclusiveAmount@currencyID': EUR,
        'cbc:PayableAmount': decimalPoint(d.totalInclTaxCents),
        'cbc:PayableAmount@currencyID': EUR,
      },
      'cac:InvoiceLine': lines(d),
    },
  };
  return invoice;
}

function lines(d: PrintableDocument): EInvoice['ubl:Invoice']['cac:InvoiceLine'] {
  const [firstLine, ...rest] = d.lines.map((l, i) => ({
    'cbc:ID': String(i + 1),
    'cbc:InvoicedQuantity': String(l.quantity),
    'cbc:InvoicedQuantity@unitCode': UNIT_CODES[l.unit] ?? ('C62' as UnitCode),
    'cbc:LineExtensionAmount': decimalPoint(l.amountCents),
    'cbc:LineExtensionAmount@currencyID': EUR,
    'cac:Item': {
      'cbc:Name': l.description.slice(0, 200),
      'cac:ClassifiedTaxCategory': { 'cbc:ID': 'S' as const, 'cbc:Percent': String(d.vatRatePct), 'cac:TaxScheme': { 'cbc:ID': 'VAT' } },
    },
    'cac:Price': { 'cbc:PriceAmount': decimalPoint(l.unitPriceCents), 'cbc:PriceAmount@currencyID': EUR },
  }));
  if (!firstLine) throw new Error('An e-invoice needs at least one line');
  return [firstLine, ...rest];
}

/** Embeds the document's CII XML into its PDF and makes it a Factur-X PDF/A-3. */
export async function facturX(d: PrintableDocument, pdf: Buffer): Promise<Buffer> {
  const invoice = toEInvoice(d);
  const options = { format: FACTUR_X_FORMAT, lang: 'fr-fr', pdf: { buffer: pdf, filename: `${d.number}.pdf`, mimetype: 'application/pdf' }, noWarnings: true };
  // Checks the data against the library's schema for the profile, and renders.
  const checked = await eInvoice.generate(structuredClone(invoice), { ...options });
  if (!d.creditedInvoice) return alignInfoWithXmp(checked as Uint8Array);
  // @e-invoice-eu/core 2.3 maps the preceding invoice (BT-25/26) to CII from `cbc:ID` right under
  // `cac:BillingReference`, while its schema requires `cac:InvoiceDocumentReference/cbc:ID`:
  // the reference would be lost. The data was checked above; render it again with both shapes.
  const patched = structuredClone(invoice);
  for (const ref of patched['ubl:Invoice']['cac:BillingReference'] ?? []) {
    Object.assign(ref, { 'cbc:ID': ref['cac:InvoiceDocumentReference']['cbc:ID'], 'cbc:IssueDate': ref['cac:InvoiceDocumentReference']['cbc:IssueDate'] });
  }
  const formatter = formats.createFormatService(FACTUR_X_FORMAT, libraryLogger);
  formatter.fillInvoiceDefaults(patched);
  return alignInfoWithXmp((await formatter.generate(patched, { ...options })) as Uint8Array);
}
