import { Module } from '@nestjs/common';
import { BookingModule } from '../booking/booking.module.js';
import { CalendarFeedModule } from '../calendar-feed/calendar-feed.module.js';
import { SiteModule } from '../site/site.module.js';
import { StudiosModule } from '../studios/studios.module.js';
import { BookingNotifier } from './booking-notifier.service.js';

/**
 * The e-mails of booking events to the studio's managers (option placed, expiring, expired;
 * confirmed, changed, cancelled), registered as booking hooks. Pass e-mails live with passes
 * (access/pass-mail.ts), invoice e-mails with invoicing; all go through the mail outbox.
 */
@Module({
  imports: [BookingModule, CalendarFeedModule, SiteModule, StudiosModule],
  providers: [BookingNotifier],
})
export class NotificationsModule {}
