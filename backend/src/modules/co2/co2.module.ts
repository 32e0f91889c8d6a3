import { Module } from '@nestjs/common';
import { StudiosModule } from '../studios/studios.module.js';
import { SiteModule } from '../site/site.module.js';
import { Co2Repository } from './co2.repository.js';
import { Co2Resolver, Co2StudioLineResolver } from './co2.resolver.js';
import { Co2Service } from './co2.service.js';
import { StatementController } from './statement/statement.controller.js';
import { StatementRepository } from './statement/statement.repository.js';
import { StatementResolver } from './statement/statement.resolver.js';
import { StatementService } from './statement/statement.service.js';

/** The CO2 saved report (machines the studios did not buy) and the per-production carbon statements. */
@Module({
  imports: [SiteModule, StudiosModule],
  controllers: [StatementController],
  providers: [Co2Repository, Co2Service, Co2Resolver, Co2StudioLineResolver, StatementRepository, StatementService, StatementResolver],
  exports: [Co2Service],
})
export class Co2Module {}
