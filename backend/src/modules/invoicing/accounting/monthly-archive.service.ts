import { Injectable } from '@nestjs/common';
import { zipSync, Zippable } from 'fflate';
import { assertOperator } from '../../../common/auth/actor.js';
import type { Actor } from '../../../common/auth/actor.js';
import { badInput } from '../../../common/errors/domain-error.js';
import { DownloadableFile, InvoiceDocumentsService } from '../invoice-documents.service.js';
import { isMonth, monthRange } from '../rules/month.js';
import { AccountingRepository } from './accounting.repository.js';

type IssuedDocument = { kind: 'INVOICE' | 'CREDIT_NOTE'; id: string };

/**
 * The documents issued in a month (invoices and credit notes, by issue date) as one ZIP of
 * their Factur-X PDFs, named by number, ready to deposit on a plateforme agréée.
 */
@Injectable()
export class MonthlyArchiveService {
  constructor(
    private readonly repo: AccountingRepository,
    private readonly documents: InvoiceDocumentsService,
  ) {}

  async archive(actor: Actor, month: string | undefined): Promise<DownloadableFile> {
    assertOperator(actor);
    if (!isMonth(month)) throw badInput('month', 'month must be written YYYY-MM (e.g. 2026-03)');
    const { first, last } = monthRange(month);
    const issued: IssuedDocument[] = [
      ...(await this.repo.invoicesIssued(first, last)).map((i) => ({ kind: 'INVOICE' as const, id: i.id })),
      ...(await this.repo.creditNotesIssued(first, last)).map((c) => ({ kind: 'CREDIT_NOTE' as const, id: c.id })),
    ];
    const files: Zippable = {};
    for (const doc of issued) {
      const pdf = await this.issuedPdf(doc);
      // PDFs are compressed already: stored as they are.
      files[pdf.filename] = [new Uint8Array(pdf.bytes), { level: 0 }];
    }
    return { filename: `documents-emis-${month}.zip`, contentType: 'application/zip', bytes: Buffer.from(zipSync(files)) };
  }

  /** The one place that reads an issued document's PDF (the bytes it was issued with). */
  private issuedPdf(doc: IssuedDocument): Promise<DownloadableFile> {
    return this.documents.storedPdf(doc.kind === 'INVOICE' ? 'invoice' : 'credit-note', doc.id);
  }
}
