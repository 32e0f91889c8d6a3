import { Module } from '@nestjs/common';
import { BookingModule } from '../booking/booking.module.js';
import { SiteModule } from '../site/site.module.js';
import { StudiosModule } from '../studios/studios.module.js';
import { UsersModule } from '../users/users.module.js';
import { DeskKitResolver } from './desk-kit.resolver.js';
import { KitInventoryResolver } from './kit-inventory.resolver.js';
import { KitRepository } from './kit.repository.js';
import { KitService } from './kit.service.js';
import { KitDeskStintResolver, KitsResolver } from './kits.resolver.js';
import { MaintenanceRepository } from './maintenance.repository.js';
import { MaintenanceResolver } from './maintenance.resolver.js';
import { MaintenanceService } from './maintenance.service.js';
import { MoveRepository } from './move.repository.js';
import { BookingDeskMoveResolver, MovesNeededResolver } from './move.resolver.js';
import { MoveService } from './move.service.js';

/** PC kits, their maintenance tickets, swapping spares onto desks and moving bookings off broken ones. */
@Module({
  imports: [BookingModule, SiteModule, StudiosModule, UsersModule],
  providers: [
    KitRepository,
    MaintenanceRepository,
    MoveRepository,
    KitService,
    MaintenanceService,
    MoveService,
    KitsResolver,
    DeskKitResolver,
    KitDeskStintResolver,
    KitInventoryResolver,
    MaintenanceResolver,
    MovesNeededResolver,
    BookingDeskMoveResolver,
  ],
  exports: [KitRepository, KitService, MaintenanceService, MoveService],
})
export class KitsModule {}
