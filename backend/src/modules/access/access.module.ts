import { Module } from '@nestjs/common';
import { CrewModule } from '../crew/crew.module.js';
import { SiteModule } from '../site/site.module.js';
import { StudiosModule } from '../studios/studios.module.js';
import { AccessJobs } from './access.jobs.js';
import { AccessPassResolver, AccessResolver, CheckInResolver } from './access.resolver.js';
import { AccessRepository } from './access.repository.js';
import { BoardRepository } from './board.repository.js';
import { AccessService } from './access.service.js';
import { AssignmentPassResolver } from './assignment-pass.resolver.js';
import { BoardResolver, OccupancyResolver } from './board.resolver.js';
import { BoardService } from './board.service.js';
import { KioskCheckInResolver, KioskResolver } from './kiosk.resolver.js';
import { PassLinkResolver, PassLinkService } from './pass-link.js';
import { PassService } from './pass.service.js';

/**
 * Access passes, the door (verify / check-in / check-out, the kiosk), the daily board and
 * occupancy. Depends on crew (passes exist only for assignments) through CrewModule's
 * exports; crew reaches passes only through its CrewPasses port, which PassService keeps.
 */
@Module({
  imports: [CrewModule, SiteModule, StudiosModule],
  providers: [
    AccessRepository,
    BoardRepository,
    PassService,
    PassLinkService,
    PassLinkResolver,
    AccessService,
    BoardService,
    AccessJobs,
    AccessResolver,
    CheckInResolver,
    AccessPassResolver,
    AssignmentPassResolver,
    KioskResolver,
    KioskCheckInResolver,
    BoardResolver,
    OccupancyResolver,
  ],
  exports: [AccessService, PassService, BoardService],
})
export class AccessModule {}
