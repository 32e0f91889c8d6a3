import { Module } from '@nestjs/common';
import { SiteModule } from '../site/site.module.js';
import { StudiosModule } from '../studios/studios.module.js';
import { ACCOUNTING_CONTROLLERS, ACCOUNTING_PROVIDERS } from './accounting/accounting.providers.js';
import { PAYMENT_PROVIDERS } from './payments/payments.providers.js';
import { CreditNoteService } from './credit-note.service.js';
import { InvoiceDocumentsService } from './invoice-documents.service.js';
import { InvoiceGenerationService } from './invoice-generation.service.js';
import { InvoicingJobs } from './invoicing.jobs.js';
import { InvoiceService } from './invoice.service.js';
import { InvoicingController } from './invoicing.controller.js';
import { InvoicingRepository } from './invoicing.repository.js';
import { IssuedDocumentRepository } from './issued-document.repository.js';
import { IssuedDocumentsService } from './issued-documents.service.js';
import { CreditNoteResolver, InvoiceLineResolver, InvoiceResolver } from './invoicing.resolver.js';

/** Occupancy-based invoicing: monthly drafts, issue and numbering, payments and reminders, credit notes, PDFs (Factur-X), the CSV export and the accountant's files (FEC, e-reporting, monthly ZIP). */
@Module({
  imports: [SiteModule, StudiosModule],
  controllers: [InvoicingController, ...ACCOUNTING_CONTROLLERS],
  providers: [InvoicingRepository, IssuedDocumentRepository, IssuedDocumentsService, InvoiceGenerationService, InvoicingJobs, InvoiceService, CreditNoteService, InvoiceDocumentsService, InvoiceResolver, CreditNoteResolver, InvoiceLineResolver, ...PAYMENT_PROVIDERS, ...ACCOUNTING_PROVIDERS],
  exports: [InvoiceGenerationService, InvoiceService, CreditNoteService, InvoiceDocumentsService],
})
export class InvoicingModule {}
