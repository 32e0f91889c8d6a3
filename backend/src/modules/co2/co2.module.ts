import { Module } from '@nestjs/common';
import { SiteModule } from '../site/site.module.js';
import { Co2Repository } from './co2.repository.js';
import { Co2Resolver, Co2StudioLineResolver } from './co2.resolver.js';
import { Co2Service } from './co2.service.js';

/** The CO2 saved report: machines the studios did not buy, measured from confirmed bookings. */
@Module({
  imports: [SiteModule],
  providers: [Co2Repository, Co2Service, Co2Resolver, Co2StudioLineResolver],
  exports: [Co2Service],
})
export class Co2Module {}
