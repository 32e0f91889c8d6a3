import { Module } from '@nestjs/common';
import { SiteModule } from '../site/site.module.js';
import { StudiosModule } from '../studios/studios.module.js';
import { AssignmentResolver } from './assignment.resolver.js';
import { AssignmentService } from './assignment.service.js';
import { CrewJobs } from './crew.jobs.js';
import { CrewPasses } from './crew-passes.js';
import { CrewRepository } from './crew.repository.js';
import { CrewResolver } from './crew.resolver.js';
import { CrewService } from './crew.service.js';
import { PersonalDataService } from './personal-data.service.js';
import { BookedDeskResolver, StaffingResolver } from './staffing.resolver.js';

/**
 * Crew, their assignments to booked desks, staffing, personal data. Passes and the door are
 * the access module (../access), which imports this one; crew issues and ends passes
 * through CrewPasses, the port access provides.
 */
@Module({
  imports: [SiteModule, StudiosModule],
  providers: [CrewRepository, CrewPasses, CrewService, AssignmentService, PersonalDataService, CrewJobs, CrewResolver, AssignmentResolver, StaffingResolver, BookedDeskResolver],
  exports: [CrewRepository, CrewPasses, CrewService, AssignmentService, PersonalDataService],
})
export class CrewModule {}
