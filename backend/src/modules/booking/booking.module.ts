import { Module } from '@nestjs/common';
import { SiteModule } from '../site/site.module.js';
import { StudiosModule } from '../studios/studios.module.js';
import { AvailabilityResolver, DeskBlockResolver } from './availability.resolver.js';
import { AvailabilityService } from './availability.service.js';
import { BookingChecks } from './booking-checks.service.js';
import { BookingQueriesService } from './booking-queries.service.js';
import { BookingQuoteService } from './booking-quote.service.js';
import { BookingUpdateService } from './booking-update.service.js';
import { BookingWriter } from './booking-writer.service.js';
import { BookingJobs } from './booking.jobs.js';
import { BookingRepository } from './booking.repository.js';
import { BookingResolver } from './booking.resolver.js';
import { BookingService } from './booking.service.js';
import { CancellationService } from './cancellation.service.js';
import { DeskHoldsRepository } from './desk-holds.repository.js';
import { OptionExpiryService } from './option-expiry.service.js';

/**
 * Booking desks: availability, bookings and options, changes, moves off broken desks and
 * cancellations: every write of a booking and its desk rows goes through BookingWriter. The hooks
 * other domains use live in BookingCoreModule (global).
 */
@Module({
  imports: [SiteModule, StudiosModule],
  providers: [
    BookingRepository,
    DeskHoldsRepository,
    BookingChecks,
    BookingWriter,
    OptionExpiryService,
    BookingService,
    BookingUpdateService,
    CancellationService,
    BookingQueriesService,
    BookingQuoteService,
    AvailabilityService,
    BookingJobs,
    BookingResolver,
    AvailabilityResolver,
    DeskBlockResolver,
  ],
  exports: [
    BookingService,
    BookingUpdateService,
    CancellationService,
    BookingQueriesService,
    AvailabilityService,
    OptionExpiryService,
    BookingRepository,
    DeskHoldsRepository,
  ],
})
export class BookingModule {}
