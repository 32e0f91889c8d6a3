import { Injectable } from '@nestjs/common';
import { assertOperator } from '../../../common/auth/actor.js';
import type { Actor } from '../../../common/auth/actor.js';
import { badInput } from '../../../common/errors/domain-error.js';
import { daysBetween, isLocalDate, LocalDate } from '../../../common/time/dates.js';
import { SettingsService } from '../../settings/settings.service.js';
import type { DownloadableFile } from '../invoice-documents.service.js';
import { CreditNoteEntity, InvoiceEntity } from '../invoice.entity.js';
import { isMonth, monthRange } from '../rules/month.js';
import { PartyIdentity, SELLER_IDENTITY_KEY, sellerFromSettings, sirenOf } from '../seller-identity.js';
import { ACCOUNTING_SETTINGS_KEY, AccountingAccounts, AccountingSettingsInput, accountsFromSettings } from './accounting-settings.js';
import { AccountingRepository } from './accounting.repository.js';
import { ePaymentsCsv } from './e-reporting.js';
import { Customer, fecFileName, fecLines, fecText, Receipt, SaleDocument } from './fec.js';

/** A fiscal year is at most 24 months (the first one may be longer than 12). */
const MAX_FEC_DAYS = 731;

/** The accountant's files: the FEC of a period, the month's payment data for e-reporting, and the accounts they use. */
@Injectable()
export class AccountingService {
  constructor(
    private readonly repo: AccountingRepository,
    private readonly settings: SettingsService,
  ) {}

  async accounts(actor: Actor): Promise<AccountingAccounts> {
    assertOperator(actor);
    return accountsFromSettings(await this.settings.get<Partial<AccountingAccounts> | null>(ACCOUNTING_SETTINGS_KEY, null));
  }

  async updateAccounts(actor: Actor, input: AccountingSettingsInput): Promise<AccountingAccounts> {
    const next = { ...(await this.accounts(actor)) };
    for (const key of Object.keys(next) as Array<keyof AccountingAccounts>) if (input[key] != null) next[key] = input[key]!;
    if (next.salesJournal === next.bankJournal) throw badInput('bankJournal', 'The sales and bank journals need different codes');
    await this.settings.set(ACCOUNTING_SETTINGS_KEY, next);
    return next;
  }

  /** The FEC of the entries dated from `from` to `to`: invoices and credit notes by issue date, payments by the day received. */
  async fec(actor: Actor, from: string | undefined, to: string | undefined): Promise<DownloadableFile> {
    const accounts = await this.accounts(actor);
    const period = checkedPeriod(from, to);
    const [invoices, creditNotes, payments] = await Promise.all([
      this.repo.invoicesIssued(period.from, period.to),
      this.repo.creditNotesIssued(period.from, period.to),
      this.repo.paymentsReceived(period.from, period.to),
    ]);
    const invoiceById = new Map(invoices.map((i) => [i.id, i]));
    const missing = [...new Set([...creditNotes.map((c) => c.invoiceId), ...payments.map((p) => p.invoiceId)])].filter((id) => !invoiceById.has(id));
    for (const i of await this.repo.invoicesByIds(missing)) invoiceById.set(i.id, i);
    const codes = await this.repo.customerCodes([...new Set([...invoiceById.values()].map((i) => i.studioId))]);
    const customer = (i: InvoiceEntity): Customer => ({ code: codes.get(i.studioId)!, name: i.buyer!.legalName });
    const sales: SaleDocument[] = [
      ...invoices.map((i) => saleOfInvoice(i, customer(i))),
      ...creditNotes.map((c) => saleOfCreditNote(c, invoiceById.get(c.invoiceId)!, customer(invoiceById.get(c.invoiceId)!))),
    ];
    const receipts: Receipt[] = payments.map((p) => {
      const invoice = invoiceById.get(p.invoiceId)!;
      return { date: p.receivedOn, amountCents: p.amountCents, method: p.method, reference: p.reference, invoiceNumber: invoice.number!, customer: customer(invoice) };
    });
    const siren = sirenOf(await this.sellerSiret());
    return { filename: fecFileName(siren, period.to), contentType: 'text/plain; charset=utf-8', bytes: Buffer.from(fecText(fecLines(sales, receipts, accounts)), 'utf8') };
  }

  /** The payments received in the month, by VAT rate, as a CSV (e-reporting of payment data). */
  async ePayments(actor: Actor, month: string | undefined): Promise<DownloadableFile> {
    assertOperator(actor);
    if (!isMonth(month)) throw badInput('month', 'month must be written YYYY-MM (e.g. 2026-03)');
    const { first, last } = monthRange(month);
    const payments = await this.repo.paymentsReceived(first, last);
    const invoices = new Map((await this.repo.invoicesByIds([...new Set(payments.map((p) => p.invoiceId))])).map((i) => [i.id, i]));
    const csv = ePaymentsCsv(sirenOf(await this.sellerSiret()), payments, invoices);
    return { filename: `encaissements-${month}.csv`, contentType: 'text/csv; charset=utf-8', bytes: Buffer.from(csv, 'utf8') };
  }

  private async sellerSiret(): Promise<string> {
    return sellerFromSettings(await this.settings.get<Partial<PartyIdentity> | null>(SELLER_IDENTITY_KEY, null)).siret;
  }
}

function checkedPeriod(from: string | undefined, to: string | undefined): { from: LocalDate; to: LocalDate } {
  if (!isLocalDate(from)) throw badInput('from', 'from must be a date written YYYY-MM-DD');
  if (!isLocalDate(to)) throw badInput('to', 'to must be a date written YYYY-MM-DD');
  if (to < from) throw badInput('to', 'to must not be before from');
  if (daysBetween(from, to) >= MAX_FEC_DAYS) throw badInput('to', 'A FEC covers one fiscal year: 24 months at most');
  return { from, to };
}

const saleOfInvoice = (i: InvoiceEntity, customer: Customer): SaleDocument => ({
  kind: 'INVOICE',
  number: i.number!,
  date: i.issueDate!,
  customer,
  totalExclTaxCents: i.totalExclTaxCents,
  vatCents: i.vatCents,
  totalInclTaxCents: i.totalInclTaxCents,
});

const saleOfCreditNote = (c: CreditNoteEntity, invoice: InvoiceEntity, customer: Customer): SaleDocument => ({
  kind: 'CREDIT_NOTE',
  number: c.number,
  date: c.issueDate,
  customer,
  totalExclTaxCents: c.totalExclTaxCents,
  vatCents: c.vatCents,
  totalInclTaxCents: c.totalInclTaxCents,
  invoiceNumber: invoice.number!,
});
