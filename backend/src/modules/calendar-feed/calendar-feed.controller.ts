import { Controller, Get, HttpException, HttpStatus, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { Actor } from '../../common/auth/actor.js';
import { ClientAddress, CurrentActor, Public } from '../../common/auth/decorators.js';
import { DomainError, notFound } from '../../common/errors/domain-error.js';
import { RateLimiter } from '../../common/rate-limit/rate-limiter.js';
import { assertId } from '../kits/ids.js';
import { FeedRenderService, IcsFile } from './feed-render.service.js';

/** Unknown feed URLs an address may try per minute before getting 429 (calendar apps with a good URL are never limited). */
export const FEED_MISSES_PER_MINUTE = 30;

/**
 * `GET /api/calendar/<token>.ics` is public (calendar apps fetch without a session): an
 * unknown, revoked or malformed token answers the same 404. `GET /api/bookings/<id>.ics` is
 * for the signed-in studio or the operator, authenticated like every download.
 */
@Controller('api')
export class CalendarFeedController {
  private readonly misses = new RateLimiter(FEED_MISSES_PER_MINUTE, 60_000);

  constructor(private readonly render: FeedRenderService) {}

  @Public()
  @Get('calendar/:file')
  async feed(@Param('file') file: string, @ClientAddress() address: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const found = file.endsWith('.ics') ? await this.render.feed(file.slice(0, -4)) : null;
    if (!found) return this.miss(address, res);
    res.setHeader('Cache-Control', 'private, max-age=60');
    res.setHeader('X-Robots-Tag', 'noindex, nofollow');
    res.setHeader('Referrer-Policy', 'no-referrer');
    return send(res, found, 'inline');
  }

  @Get('bookings/:file')
  async bookingIcs(@CurrentActor() actor: Actor, @Param('file') file: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    if (!file.endsWith('.ics')) throw notFound('Page');
    const id = file.slice(0, -4);
    assertId('id', id);
    res.setHeader('Cache-Control', 'private, no-store');
    return send(res, await this.render.bookingFile(actor, id), 'attachment');
  }

  private miss(address: string, res: Response): never {
    try {
      this.misses.hit(address, 'unknown calendar addresses');
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      res.setHeader('Retry-After', String(e.details.retryAfterSeconds ?? 60));
      throw new HttpException({ code: e.code, message: e.message, ...e.details }, HttpStatus.TOO_MANY_REQUESTS);
    }
    throw notFound('Calendar feed');
  }
}

/** A string body: Express adds an ETag, so a calendar asking again for an unchanged feed gets 304. */
function send(res: Response, file: IcsFile, disposition: 'inline' | 'attachment'): string {
  res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
  res.setHeader('Content-Disposition', `${disposition}; filename="${file.filename}"`);
  return file.body;
}
