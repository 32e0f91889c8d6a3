import { Module } from '@nestjs/common';
import { AccessPassResolver, AccessResolver, CheckInResolver } from '../access/access.resolver.js';
import { AccessRepository } from '../access/access.repository.js';
import { AccessService } from '../access/access.service.js';
import { BoardResolver, OccupancyResolver } from '../access/board.resolver.js';
import { BoardService } from '../access/board.service.js';
import { KioskCheckInResolver, KioskResolver } from '../access/kiosk.resolver.js';
import { PassLinkResolver, PassLinkService } from '../access/pass-link.js';
import { PassService } from '../access/pass.service.js';
import { SiteModule } from '../site/site.module.js';
import { AssignmentResolver } from './assignment.resolver.js';
import { AssignmentService } from './assignment.service.js';
import { CrewJobs } from './crew.jobs.js';
import { CrewRepository } from './crew.repository.js';
import { CrewResolver } from './crew.resolver.js';
import { CrewService } from './crew.service.js';
import { PersonalDataService } from './personal-data.service.js';
import { BookedDeskResolver, StaffingResolver } from './staffing.resolver.js';

/**
 * Crew, assignments, access passes, the door (verify / check-in / check-out), the daily
 * board and occupancy, personal data. Access lives in ../access but is one unit with crew:
 * passes exist only for assignments.
 */
@Module({
  imports: [SiteModule],
  providers: [
    CrewRepository,
    CrewService,
    AssignmentService,
    PersonalDataService,
    AccessRepository,
    PassService,
    PassLinkService,
    PassLinkResolver,
    AccessService,
    BoardService,
    CrewJobs,
    CrewResolver,
    AssignmentResolver,
    AccessResolver,
    CheckInResolver,
    AccessPassResolver,
    KioskResolver,
    KioskCheckInResolver,
    BoardResolver,
    OccupancyResolver,
    StaffingResolver,
    BookedDeskResolver,
  ],
  exports: [CrewService, AssignmentService, AccessService, PassService, BoardService, PersonalDataService],
})
export class CrewModule {}
