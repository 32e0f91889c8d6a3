import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor, Public } from '../../common/auth/decorators.js';
import { notFound } from '../../common/errors/domain-error.js';
import { assertUuid } from './ids.js';
import { FeedRenderService, IcsFile } from './feed-render.service.js';

/**
 * `GET /api/calendar/<token>.ics` is public (calendar apps fetch without a session): an
 * unknown, revoked or malformed token answers the same 404 (a malformed one without reading
 * the database; a well-formed one costs one unique-index lookup, and 256 random bits are not
 * guessed). `GET /api/bookings/<id>.ics` is for the signed-in studio or the operator,
 * authenticated like every download.
 */
@Controller('api')
export class CalendarFeedController {
  constructor(private readonly render: FeedRenderService) {}

  @Public()
  @Get('calendar/:file')
  async feed(@Param('file') file: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const found = file.endsWith('.ics') ? await this.render.feed(file.slice(0, -4)) : null;
    if (!found) throw notFound('Calendar feed');
    res.setHeader('Cache-Control', 'private, max-age=60');
    res.setHeader('X-Robots-Tag', 'noindex, nofollow');
    res.setHeader('Referrer-Policy', 'no-referrer');
    return send(res, found, 'inline');
  }

  @Get('bookings/:file')
  async bookingIcs(@CurrentActor() actor: Actor, @Param('file') file: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    if (!file.endsWith('.ics')) throw notFound('Page');
    const id = file.slice(0, -4);
    assertUuid('id', id);
    res.setHeader('Cache-Control', 'private, no-store');
    return send(res, await this.render.bookingFile(actor, id), 'attachment');
  }
}

/** A string body: Express adds an ETag, so a calendar asking again for an unchanged feed gets 304. */
function send(res: Response, file: IcsFile, disposition: 'inline' | 'attachment'): string {
  res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
  res.setHeader('Content-Disposition', `${disposition}; filename="${file.filename}"`);
  return file.body;
}
