import { Module } from '@nestjs/common';
import { SiteModule } from '../site/site.module.js';
import { CreditNoteService } from './credit-note.service.js';
import { InvoiceDocumentsService } from './invoice-documents.service.js';
import { InvoiceGenerationService } from './invoice-generation.service.js';
import { InvoiceService } from './invoice.service.js';
import { InvoicingController } from './invoicing.controller.js';
import { InvoicingRepository } from './invoicing.repository.js';
import { IssuedDocumentRepository } from './issued-document.repository.js';
import { IssuedDocumentsService } from './issued-documents.service.js';
import { CreditNoteResolver, InvoiceLineResolver, InvoiceResolver } from './invoicing.resolver.js';

/** Occupancy-based invoicing: monthly drafts, issue and numbering, payments, credit notes, PDFs (Factur-X) and the CSV export. */
@Module({
  imports: [SiteModule],
  controllers: [InvoicingController],
  providers: [InvoicingRepository, IssuedDocumentRepository, IssuedDocumentsService, InvoiceGenerationService, InvoiceService, CreditNoteService, InvoiceDocumentsService, InvoiceResolver, CreditNoteResolver, InvoiceLineResolver],
  exports: [InvoiceGenerationService, InvoiceService, CreditNoteService, InvoiceDocumentsService],
})
export class InvoicingModule {}
