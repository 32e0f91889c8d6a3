import { Module } from '@nestjs/common';
import { BookingModule } from '../booking/booking.module.js';
import { AccessModule } from '../access/access.module.js';
import { SiteModule } from '../site/site.module.js';
import { StudiosModule } from '../studios/studios.module.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';

/** CSV exports for spreadsheets: bookings of a period, occupancy (booked vs checked-in) per studio and month. */
@Module({
  imports: [SiteModule, StudiosModule, BookingModule, AccessModule],
  controllers: [ReportsController],
  providers: [ReportsService],
})
export class ReportsModule {}
