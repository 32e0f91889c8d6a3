import { Module } from '@nestjs/common';
import { BookingModule } from '../booking/booking.module.js';
import { SiteModule } from '../site/site.module.js';
import { CalendarFeedController } from './calendar-feed.controller.js';
import { CalendarFeedRepository } from './calendar-feed.repository.js';
import { CalendarFeedResolver } from './calendar-feed.resolver.js';
import { CalendarFeedService } from './calendar-feed.service.js';
import { FeedRenderService } from './feed-render.service.js';
import { FeedTokenSeal } from './feed-token-seal.service.js';
import { FeedSourcesRepository } from './feed-sources.repository.js';

/**
 * Private iCalendar feeds (a studio's bookings and crew, the site's bookings) and the `.ics`
 * of one booking. `FeedRenderService.bookingIcs(bookingId, em)` is what booking e-mails attach.
 */
@Module({
  imports: [SiteModule, BookingModule],
  controllers: [CalendarFeedController],
  providers: [CalendarFeedRepository, FeedSourcesRepository, FeedTokenSeal, CalendarFeedService, FeedRenderService, CalendarFeedResolver],
  exports: [FeedRenderService],
})
export class CalendarFeedModule {}
