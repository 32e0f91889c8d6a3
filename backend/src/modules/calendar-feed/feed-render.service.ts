import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { notFound } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { addDays } from '../../common/time/dates.js';
import { BookingQueriesService } from '../booking/booking-queries.service.js';
import { effectiveStatus } from '../booking/desk-holds.js';
import { SiteRepository } from '../site/site.repository.js';
import { CalendarFeedEntity, CalendarFeedScope } from './calendar-feed.entity.js';
import { CalendarFeedRepository } from './calendar-feed.repository.js';
import { assignmentEvent, bookingEvent, BookingFacts, FeedEvent } from './feed-events.js';
import { BookingSource, FeedSourcesRepository } from './feed-sources.repository.js';
import { FEED_TOKEN_PATTERN, hashFeedToken } from './feed-token.js';
import { bookingIcs, renderCalendar } from './ics-document.js';

/** How far back a feed goes: bookings and assignments ending in the last year, and all to come. */
export const FEED_HISTORY_DAYS = 366;

export interface IcsFile {
  filename: string;
  body: string;
}

/** Builds the `.ics` documents from the database on each request: a feed is never stale. */
@Injectable()
export class FeedRenderService {
  constructor(
    private readonly repo: CalendarFeedRepository,
    private readonly sources: FeedSourcesRepository,
    private readonly site: SiteRepository,
    private readonly bookings: BookingQueriesService,
    private readonly clock: Clock,
  ) {}

  /** The feed a token opens, or null (malformed, unknown or revoked: the caller cannot tell which). */
  async feed(token: string): Promise<IcsFile | null> {
    if (!FEED_TOKEN_PATTERN.test(token)) return null;
    const feed = await this.repo.liveByTokenHash(hashFeedToken(token));
    if (!feed) return null;
    const body = await this.render(feed);
    await this.repo.touch(feed.id);
    return body;
  }

  /** A booking's `.ics` for its signed-in studio or the operator (another studio's answers NOT_FOUND). */
  async bookingFile(actor: Actor, bookingId: string): Promise<IcsFile> {
    const booking = await this.bookings.get(actor, bookingId);
    return { filename: `${booking.reference}.ics`, body: await this.bookingIcs(booking.id) };
  }

  /**
   * The `.ics` to attach to a booking's e-mails (confirmed, changed, cancelled), inside the
   * transaction that sends them when `em` is given. Same UID and SEQUENCE as the feeds.
   */
  async bookingIcs(bookingId: string, em?: EntityManager): Promise<string> {
    const [source] = await this.sources.bookings({ ids: [bookingId] }, em);
    if (!source) throw notFound('Booking', bookingId);
    const site = await this.sources.site((await this.site.siteIdOfBooking(bookingId, em)) ?? (await this.site.sites(em))[0].id, em);
    const event = bookingEvent(this.facts(source), site);
    const revision = (await this.repo.revisions([event], em)).get(event.uid)!;
    return bookingIcs(this.facts(source), site, revision);
  }

  private async render(feed: CalendarFeedEntity): Promise<IcsFile> {
    const since = addDays(this.clock.today(), -FEED_HISTORY_DAYS);
    const site = await this.sources.site(feed.siteId);
    const isSite = feed.scope === CalendarFeedScope.SITE;
    const events: FeedEvent[] = (await this.sources.bookings({ studioId: feed.studioId, since })).map((b) => bookingEvent(this.facts(b), site, isSite));
    if (!isSite) events.push(...(await this.sources.assignments(feed.studioId!, since)).map((a) => assignmentEvent(a, site)));
    const revisions = await this.repo.revisions(events);
    const owner = isSite ? site.name : ((await this.sources.studioName(feed.studioId!)) ?? '');
    const body = renderCalendar(
      {
        name: `Studio FLEX · ${owner}`,
        description: isSite ? 'Réservations de tous les studios' : `Réservations et équipe de ${owner}`,
      },
      events.map((e) => ({ ...e, ...revisions.get(e.uid)! })),
    );
    return { filename: `studio-flex-${slug(owner)}.ics`, body };
  }

  private facts(b: BookingSource): BookingFacts {
    return { ...b, status: effectiveStatus(b, this.clock.now()) };
  }
}

const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'calendrier';
