import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor } from '../../common/auth/decorators.js';
import { CsvFile, ReportsService } from './reports.service.js';

/**
 * Spreadsheet exports, authenticated like every download (the session of the API). A manager
 * gets its own studio (naming another answers 403); the operator every studio, or one.
 */
@Controller('api/exports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  /** ?from=YYYY-MM-DD&to=YYYY-MM-DD[&studioId=] (at most 366 days) */
  @Get('bookings.csv')
  async bookings(@CurrentActor() actor: Actor, @Query('from') from: unknown, @Query('to') to: unknown, @Query('studioId') studioId: unknown, @Query('siteId') siteId: unknown, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return send(res, await this.reports.bookingsCsv(actor, from, to, studioId, siteId));
  }

  /** ?from=YYYY-MM&to=YYYY-MM[&studioId=] (at most 36 months) */
  @Get('occupancy.csv')
  async occupancy(@CurrentActor() actor: Actor, @Query('from') from: unknown, @Query('to') to: unknown, @Query('studioId') studioId: unknown, @Query('siteId') siteId: unknown, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return send(res, await this.reports.occupancyCsv(actor, from, to, studioId, siteId));
  }
}

function send(res: Response, file: CsvFile): StreamableFile {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
  res.setHeader('Cache-Control', 'private, no-store');
  return new StreamableFile(Buffer.from(file.body, 'utf8'));
}
