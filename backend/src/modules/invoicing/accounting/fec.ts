import type { LocalDate } from '../../../common/time/dates.js';
import { decimalComma } from '../documents/french-format.js';
import { PaymentMethod } from '../payments/payment.entity.js';
import type { AccountingAccounts } from './accounting-settings.js';

/**
 * The FEC (fichier des écritures comptables, article A47 A-1 of the Livre des procédures
 * fiscales): one line per debit or credit, the 18 columns below, tab-separated, dates YYYYMMDD,
 * amounts with a decimal comma. Two journals: sales (an invoice debits the studio's customer
 * account with the total including VAT and credits services excluding VAT and VAT collected; a
 * credit note the reverse) and bank (a payment debits the bank and credits the customer). Every
 * entry (EcritureNum) balances.
 */
export const FEC_COLUMNS = [
  'JournalCode', 'JournalLib', 'EcritureNum', 'EcritureDate', 'CompteNum', 'CompteLib', 'CompAuxNum', 'CompAuxLib', 'PieceRef',
  'PieceDate', 'EcritureLib', 'Debit', 'Credit', 'EcritureLet', 'DateLet', 'ValidDate', 'Montantdevise', 'Idevise',
] as const;

export interface Customer {
  /** Auxiliary account, e.g. C00012. */
  code: string;
  name: string;
}

export interface SaleDocument {
  kind: 'INVOICE' | 'CREDIT_NOTE';
  number: string;
  date: LocalDate;
  customer: Customer;
  totalExclTaxCents: number;
  vatCents: number;
  totalInclTaxCents: number;
  /** For a credit note: the invoice it credits. */
  invoiceNumber?: string;
}

export interface Receipt {
  date: LocalDate;
  amountCents: number;
  method: PaymentMethod;
  reference: string | null;
  invoiceNumber: string;
  customer: Customer;
}

interface Posting {
  account: string;
  accountLabel: string;
  customer?: Customer;
  debit: number;
  credit: number;
}

interface Entry {
  journal: 'sales' | 'bank';
  date: LocalDate;
  pieceRef: string;
  label: string;
  postings: Posting[];
}

const ACCOUNT_LABELS = { customers: 'Clients', sales: 'Prestations de services', vat: 'TVA collectée', bank: 'Banque' };
const JOURNAL_LABELS = { sales: 'Ventes', bank: 'Banque' };
const METHOD_LABELS: Record<PaymentMethod, string> = {
  [PaymentMethod.TRANSFER]: 'virement',
  [PaymentMethod.DIRECT_DEBIT]: 'prélèvement',
  [PaymentMethod.CARD]: 'carte',
  [PaymentMethod.CHEQUE]: 'chèque',
};

function saleEntry(doc: SaleDocument, a: AccountingAccounts): Entry {
  const invoice = doc.kind === 'INVOICE';
  const side = (cents: number) => (invoice ? { debit: cents, credit: 0 } : { debit: 0, credit: cents });
  const other = (cents: number) => (invoice ? { debit: 0, credit: cents } : { debit: cents, credit: 0 });
  const postings: Posting[] = [
    { account: a.customersAccount, accountLabel: ACCOUNT_LABELS.customers, customer: doc.customer, ...side(doc.totalInclTaxCents) },
    { account: a.salesAccount, accountLabel: ACCOUNT_LABELS.sales, ...other(doc.totalExclTaxCents) },
  ];
  if (doc.vatCents) postings.push({ account: a.vatCollectedAccount, accountLabel: ACCOUNT_LABELS.vat, ...other(doc.vatCents) });
  const label = invoice ? `Facture ${doc.number} ${doc.customer.name}` : `Avoir ${doc.number} sur ${doc.invoiceNumber} ${doc.customer.name}`;
  return { journal: 'sales', date: doc.date, pieceRef: doc.number, label, postings };
}

function receiptEntry(r: Receipt, a: AccountingAccounts): Entry {
  const label = `Règlement ${r.invoiceNumber} ${r.customer.name} (${METHOD_LABELS[r.method]}${r.reference ? ` ${r.reference}` : ''})`;
  return {
    journal: 'bank',
    date: r.date,
    pieceRef: r.invoiceNumber,
    label,
    postings: [
      { account: a.bankAccount, accountLabel: ACCOUNT_LABELS.bank, debit: r.amountCents, credit: 0 },
      { account: a.customersAccount, accountLabel: ACCOUNT_LABELS.customers, customer: r.customer, debit: 0, credit: r.amountCents },
    ],
  };
}

const compact = (d: LocalDate) => d.replace(/-/g, '');
/** No tab or line break inside a field (they separate fields and records). */
const field = (s: string) => s.replace(/[\t\r\n]+/g, ' ').trim();

/** Entries of each journal in date order (documents, then receipts, keep their given order on a day), numbered per journal. */
export function fecLines(sales: SaleDocument[], receipts: Receipt[], accounts: AccountingAccounts): string[][] {
  const journals: Array<[Entry['journal'], Entry[]]> = [
    ['sales', sales.map((d) => saleEntry(d, accounts))],
    ['bank', receipts.map((r) => receiptEntry(r, accounts))],
  ];
  const lines: string[][] = [];
  for (const [journal, entries] of journals) {
    const code = journal === 'sales' ? accounts.salesJournal : accounts.bankJournal;
    const sorted = entries.map((e, i) => ({ e, i })).sort((x, y) => x.e.date.localeCompare(y.e.date) || x.i - y.i);
    sorted.forEach(({ e }, n) => {
      const num = `${code}${String(n + 1).padStart(6, '0')}`;
      for (const p of e.postings) {
        lines.push([
          code, JOURNAL_LABELS[journal], num, compact(e.date), p.account, p.accountLabel, p.customer?.code ?? '', field(p.customer?.name ?? ''), e.pieceRef,
          compact(e.date), field(e.label), decimalComma(p.debit), decimalComma(p.credit), '', '', compact(e.date), '', '',
        ]);
      }
    });
  }
  return lines;
}

/** The file: a header line with the 18 column names, then the lines; tab-separated, CRLF. */
export function fecText(lines: string[][]): string {
  return [[...FEC_COLUMNS], ...lines].map((l) => l.join('\t')).join('\r\n') + '\r\n';
}

/** `<SIREN>FEC<closing date YYYYMMDD>.txt`, as the tax administration names it. */
export const fecFileName = (siren: string, closingDate: LocalDate) => `${siren}FEC${compact(closingDate)}.txt`;
