import { Global, Module } from '@nestjs/common';
import { BookingHooks } from './booking.hooks.js';

/** What other domains may use of bookings: the hooks. Global so any module can register. */
@Global()
@Module({ providers: [BookingHooks], exports: [BookingHooks] })
export class BookingCoreModule {}
