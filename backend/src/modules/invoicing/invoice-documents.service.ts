import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor.js';
import { studioScope } from '../../common/auth/actor.js';
import { badInput } from '../../common/errors/domain-error.js';
import { SettingsService } from '../settings/settings.service.js';
import { CreditNoteService } from './credit-note.service.js';
import { accountingCsv } from './documents/accounting-csv.js';
import { facturX } from './documents/factur-x.js';
import { PrintableDocument, renderPdf } from './documents/pdf-document.js';
import { CreditNoteEntity, InvoiceEntity, InvoiceStatus } from './invoice.entity.js';
import { InvoiceService, PAYMENT_TERM_DAYS } from './invoice.service.js';
import { InvoicingRepository } from './invoicing.repository.js';
import { isMonth } from './rules/month.js';
import { buyerFromStudio, PartyIdentity, SELLER_IDENTITY_KEY, sellerFromSettings } from './seller-identity.js';

export interface DownloadableFile {
  filename: string;
  contentType: string;
  bytes: Buffer;
}

/**
 * The documents: PDFs of invoices and credit notes (Factur-X once numbered) and the accountant's
 * CSV. Access goes through the same scoped reads as the API: the operator, or the studio itself
 * (never a draft for a studio).
 */
@Injectable()
export class InvoiceDocumentsService {
  constructor(
    private readonly repo: InvoicingRepository,
    private readonly invoices: InvoiceService,
    private readonly creditNotes: CreditNoteService,
    private readonly settings: SettingsService,
  ) {}

  async invoicePdf(actor: Actor, id: string): Promise<DownloadableFile> {
    const invoice = await this.invoices.get(actor, id);
    const doc = await this.printableInvoice(invoice);
    const pdf = await renderPdf(doc);
    if (invoice.status === InvoiceStatus.DRAFT) return { filename: `projet-facture-${invoice.month}.pdf`, contentType: 'application/pdf', bytes: pdf };
    return { filename: `${invoice.number}.pdf`, contentType: 'application/pdf', bytes: await facturX(doc, pdf) };
  }

  async creditNotePdf(actor: Actor, id: string): Promise<DownloadableFile> {
    const note = await this.creditNotes.get(actor, id);
    const invoice = (await this.repo.findInvoice(note.invoiceId, null))!;
    const doc = printableCreditNote(note, invoice);
    return { filename: `${note.number}.pdf`, contentType: 'application/pdf', bytes: await facturX(doc, await renderPdf(doc)) };
  }

  async exportCsv(actor: Actor, month: string | undefined): Promise<DownloadableFile> {
    if (!isMonth(month)) throw badInput('month', 'month must be written YYYY-MM (e.g. 2026-03)');
    const { invoices, creditNotes } = await this.repo.exportRows(studioScope(actor, null), month);
    return { filename: `factures-${month}.csv`, contentType: 'text/csv; charset=utf-8', bytes: Buffer.from(accountingCsv(invoices, creditNotes), 'utf8') };
  }

  /** An issued invoice prints what was frozen; a draft prints today's identities. */
  async printableInvoice(invoice: InvoiceEntity): Promise<PrintableDocument> {
    const lines = await this.repo.linesOf([invoice.id]);
    const draft = invoice.status === InvoiceStatus.DRAFT;
    const seller = draft ? sellerFromSettings(await this.settings.get<Partial<PartyIdentity> | null>(SELLER_IDENTITY_KEY, null)) : invoice.seller!;
    const buyer = draft ? buyerFromStudio((await this.repo.studio(invoice.studioId))!) : invoice.buyer!;
    return {
      kind: 'INVOICE',
      draft,
      number: invoice.number,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      paymentTermDays: PAYMENT_TERM_DAYS,
      month: invoice.month,
      seller,
      buyer,
      contractNumbers: invoice.contractNumbers,
      lines: lines.map((l) => ({ description: l.description, quantity: l.quantity, unit: 'jour-poste', unitPriceCents: l.unitPriceCents, amountCents: l.amountCents })),
      vatRatePct: invoice.vatRatePct,
      totalExclTaxCents: invoice.totalExclTaxCents,
      vatCents: invoice.vatCents,
      totalInclTaxCents: invoice.totalInclTaxCents,
      paidOn: invoice.paidOn,
    };
  }
}

export function printableCreditNote(note: CreditNoteEntity, invoice: InvoiceEntity): PrintableDocument {
  const what = note.wholeInvoice ? 'Annulation de la facture' : 'Avoir partiel sur la facture';
  return {
    kind: 'CREDIT_NOTE',
    draft: false,
    number: note.number,
    issueDate: note.issueDate,
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
    paidOn: null,
    creditedInvoice: { number: invoice.number!, issueDate: invoice.issueDate! },
    reason: note.reason,
  };
}
