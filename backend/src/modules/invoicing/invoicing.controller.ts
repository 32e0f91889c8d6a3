import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor } from '../../common/auth/decorators.js';
import { assertId } from '../../common/validation/input-rules.js';
import { DownloadableFile, InvoiceDocumentsService } from './invoice-documents.service.js';

/**
 * Downloads, with the same bearer token as the API. Refusals answer JSON with the domain
 * error's code (401, 403, 404, 400).
 */
@Controller('api')
export class InvoicingController {
  constructor(private readonly documents: InvoiceDocumentsService) {}

  @Get('invoices/export.csv')
  async exportCsv(@CurrentActor() actor: Actor, @Query('month') month: string | undefined, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return send(res, await this.documents.exportCsv(actor, month));
  }

  @Get('invoices/:id/pdf')
  async invoicePdf(@CurrentActor() actor: Actor, @Param('id') id: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    assertId('id', id);
    return send(res, await this.documents.invoicePdf(actor, id));
  }

  @Get('credit-notes/:id/pdf')
  async creditNotePdf(@CurrentActor() actor: Actor, @Param('id') id: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    assertId('id', id);
    return send(res, await this.documents.creditNotePdf(actor, id));
  }
}

export function send(res: Response, file: DownloadableFile): StreamableFile {
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
  res.setHeader('Cache-Control', 'private, no-store');
  // An issued document never changes: its SHA-256 (stored at issue) identifies its bytes.
  if (file.sha256) {
    res.setHeader('X-Content-SHA256', file.sha256);
    res.setHeader('ETag', `"sha256-${file.sha256}"`);
  }
  return new StreamableFile(file.bytes);
}
