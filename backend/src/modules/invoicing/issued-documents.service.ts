import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { notFound } from '../../common/errors/domain-error.js';
import { SettingsService } from '../settings/settings.service.js';
import { facturX } from './documents/factur-x.js';
import { CreditNoteEntity, InvoiceEntity, InvoiceStatus } from './invoice.entity.js';
import { InvoicingRepository } from './invoicing.repository.js';
import { IssuedDocumentEntity, IssuedDocumentKind } from './issued-document.entity.js';
import { IssuedDocumentRepository } from './issued-document.repository.js';
import { printableCreditNote, printableInvoice, VAT_ON_DEBITS_KEY } from './printable.js';
import { Transactions } from '../../common/database/transactions.js';

export const sha256Hex = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * The issued documents, frozen: an invoice's (or credit note's) Factur-X PDF is rendered once,
 * inside the transaction that issues it, and stored with its XML and SHA-256; every download
 * afterwards serves those bytes. A document issued before documents were stored is rendered the
 * first time it is asked for, from its frozen data, and stored then (the first one stored wins).
 */
@Injectable()
export class IssuedDocumentsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly repo: InvoicingRepository,
    private readonly documents: IssuedDocumentRepository,
    private readonly settings: SettingsService,
  ) {}

  /** At issue, in the issuing transaction: a failed rendering fails the issue (and gives its number back). */
  async freezeInvoice(invoice: InvoiceEntity, em: EntityManager): Promise<{ filename: string; pdf: Buffer }> {
    if (invoice.status === InvoiceStatus.DRAFT || !invoice.number) throw new Error('Only an issued invoice has a document');
    const lines = await this.repo.linesOf([invoice.id], em);
    const doc = printableInvoice(invoice, lines, { seller: invoice.seller!, buyer: invoice.buyer! }, await this.vatOnDebits(em));
    const { pdf, xml } = await facturX(doc);
    await this.documents.insertOnce({ kind: IssuedDocumentKind.INVOICE, invoiceId: invoice.id, creditNoteId: null, filename: `${invoice.number}.pdf`, pdf, xml, sha256: sha256Hex(pdf) }, em);
    // The first one stored wins: what is served (and e-mailed) is what the table holds.
    const stored = (await this.documents.find(IssuedDocumentKind.INVOICE, invoice.id, em))!;
    return { filename: stored.filename, pdf: stored.pdf };
  }

  async freezeCreditNote(note: CreditNoteEntity, invoice: InvoiceEntity, em: EntityManager): Promise<void> {
    const { pdf, xml } = await facturX(printableCreditNote(note, invoice, await this.vatOnDebits(em)));
    await this.documents.insertOnce({ kind: IssuedDocumentKind.CREDIT_NOTE, invoiceId: null, creditNoteId: note.id, filename: `${note.number}.pdf`, pdf, xml, sha256: sha256Hex(pdf) }, em);
  }

  /** The stored document of an issued invoice or a credit note (NOT_FOUND for a draft or an unknown id). */
  async stored(kind: IssuedDocumentKind, id: string): Promise<IssuedDocumentEntity> {
    const existing = await this.documents.find(kind, id);
    if (existing) return existing;
    await this.transactions.run(async (em) => {
      if (kind === IssuedDocumentKind.INVOICE) {
        const invoice = await this.repo.findInvoice(id, null, em);
        if (!invoice || invoice.status === InvoiceStatus.DRAFT) throw notFound('Invoice', id);
        await this.freezeInvoice(invoice, em);
      } else {
        const note = await this.repo.findCreditNote(id, null, em);
        if (!note) throw notFound('Credit note', id);
        await this.freezeCreditNote(note, (await this.repo.findInvoice(note.invoiceId, null, em))!, em);
      }
    });
    return (await this.documents.find(kind, id))!;
  }

  /** SHA-256 of the documents of these invoices (or credit notes); issued ones without a stored document get it now. */
  async sha256Of(kind: IssuedDocumentKind, ids: readonly string[], issued: (id: string) => boolean): Promise<Map<string, string>> {
    const shas = await this.documents.sha256Of(kind, ids);
    for (const id of ids.filter((i) => !shas.has(i) && issued(i))) shas.set(id, (await this.stored(kind, id)).sha256);
    return shas;
  }

  vatOnDebits(em?: EntityManager): Promise<boolean> {
    return this.settings.get<boolean>(VAT_ON_DEBITS_KEY, false, em).then((v) => v === true);
  }
}
