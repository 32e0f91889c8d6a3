import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor.js';
import { studioScope } from '../../common/auth/actor.js';
import { badInput } from '../../common/errors/domain-error.js';
import { SettingsService } from '../settings/settings.service.js';
import { CreditNoteService } from './credit-note.service.js';
import { accountingCsv } from './documents/accounting-csv.js';
import { renderPdf } from './documents/pdf-document.js';
import { InvoiceStatus } from './invoice.entity.js';
import { InvoiceService } from './invoice.service.js';
import { InvoicingRepository } from './invoicing.repository.js';
import { IssuedDocumentKind } from './issued-document.entity.js';
import { IssuedDocumentsService } from './issued-documents.service.js';
import { printableInvoice } from './printable.js';
import { isMonth } from './rules/month.js';
import { buyerFromStudio, PartyIdentity, SELLER_IDENTITY_KEY, sellerFromSettings } from './seller-identity.js';

export interface DownloadableFile {
  filename: string;
  contentType: string;
  bytes: Buffer;
  /** Hex SHA-256 of `bytes`, for a stored (issued) document. */
  sha256?: string;
}

/** An issued document's stored Factur-X PDF, as it was at issue. */
export interface StoredPdf extends DownloadableFile {
  sha256: string;
}

/**
 * The documents: PDFs of invoices and credit notes (the stored Factur-X once issued, a draft
 * rendered on the fly) and the accountant's CSV. Access goes through the same scoped reads as the
 * API: the operator, or the studio itself (never a draft for a studio).
 */
@Injectable()
export class InvoiceDocumentsService {
  constructor(
    private readonly repo: InvoicingRepository,
    private readonly invoices: InvoiceService,
    private readonly creditNotes: CreditNoteService,
    private readonly issued: IssuedDocumentsService,
    private readonly settings: SettingsService,
  ) {}

  async invoicePdf(actor: Actor, id: string): Promise<DownloadableFile> {
    const invoice = await this.invoices.get(actor, id);
    if (invoice.status !== InvoiceStatus.DRAFT) return this.storedPdf('invoice', invoice.id);
    // A draft is no invoice: rendered from today's data, marked as a draft, never stored.
    const seller = sellerFromSettings(await this.settings.get<Partial<PartyIdentity> | null>(SELLER_IDENTITY_KEY, null));
    const buyer = buyerFromStudio((await this.repo.studio(invoice.studioId))!);
    const doc = printableInvoice(invoice, await this.repo.linesOf([invoice.id]), { seller, buyer }, await this.issued.vatOnDebits());
    return { filename: `projet-facture-${invoice.month}.pdf`, contentType: 'application/pdf', bytes: await renderPdf(doc) };
  }

  async creditNotePdf(actor: Actor, id: string): Promise<DownloadableFile> {
    const note = await this.creditNotes.get(actor, id);
    return this.storedPdf('credit-note', note.id);
  }

  /**
   * The stored PDF of an issued invoice or a credit note, byte for byte as issued (for other
   * modules: the caller has checked who may read it). NOT_FOUND for a draft or an unknown id.
   */
  async storedPdf(kind: 'invoice' | 'credit-note', id: string): Promise<StoredPdf> {
    const doc = await this.issued.stored(kind === 'invoice' ? IssuedDocumentKind.INVOICE : IssuedDocumentKind.CREDIT_NOTE, id);
    return { filename: doc.filename, contentType: 'application/pdf', bytes: doc.pdf, sha256: doc.sha256 };
  }

  async exportCsv(actor: Actor, month: string | undefined): Promise<DownloadableFile> {
    if (!isMonth(month)) throw badInput('month', 'month must be written YYYY-MM (e.g. 2026-03)');
    const { invoices, creditNotes } = await this.repo.exportRows(studioScope(actor, null), month);
    return { filename: `factures-${month}.csv`, contentType: 'text/csv; charset=utf-8', bytes: Buffer.from(accountingCsv(invoices, creditNotes), 'utf8') };
  }
}
