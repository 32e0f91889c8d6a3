import { byKeys, groupByKeys, RequestLoaders } from '../../common/loaders/request-loaders.js';
import { BookingEntity } from '../booking/booking.entity.js';
import { CreditNoteEntity, InvoiceEntity, InvoiceLineEntity } from './invoice.entity.js';
import { InvoicingRepository } from './invoicing.repository.js';
import { IssuedDocumentKind } from './issued-document.entity.js';
import type { IssuedDocumentsService } from './issued-documents.service.js';

/*
 * Loaders by id. Their keys come from rows the caller already read through a scoped query
 * (an invoice's lines, a credit note's invoice), so they add no scope of their own.
 */

export function invoiceLinesLoader(loaders: RequestLoaders, repo: InvoicingRepository) {
  return loaders.get<string, InvoiceLineEntity[]>('invoicing.linesByInvoice', async (ids) => groupByKeys(ids, await repo.linesOf(ids), (l) => l.invoiceId));
}

export function creditNotesByInvoiceLoader(loaders: RequestLoaders, repo: InvoicingRepository) {
  return loaders.get<string, CreditNoteEntity[]>('invoicing.creditNotesByInvoice', async (ids) => groupByKeys(ids, await repo.creditNotesOf(ids), (c) => c.invoiceId));
}

export function invoiceLoader(loaders: RequestLoaders, repo: InvoicingRepository) {
  return loaders.get<string, InvoiceEntity | null>('invoicing.invoiceById', async (ids) => byKeys(ids, await repo.invoicesByIds(ids), (i) => i.id));
}

export function invoicedBookingLoader(loaders: RequestLoaders, repo: InvoicingRepository) {
  return loaders.get<string, BookingEntity | null>('invoicing.bookingById', async (ids) => byKeys(ids, await repo.bookingsByIds(ids), (b) => b.id));
}

/** SHA-256 of the stored documents; keys are issued invoices (or credit notes) only. */
export function documentSha256Loader(loaders: RequestLoaders, documents: IssuedDocumentsService, kind: IssuedDocumentKind) {
  return loaders.get<string, string | null>(`invoicing.documentSha256.${kind}`, async (ids) => {
    const shas = await documents.sha256Of(kind, ids, () => true);
    return ids.map((id) => shas.get(id) ?? null);
  });
}
