import { Module } from '@nestjs/common';
import { DesksResolver } from './desks.resolver.js';
import { SiteRepository } from './site.repository.js';
import { SiteService } from './site.service.js';

@Module({ providers: [SiteRepository, SiteService, DesksResolver], exports: [SiteRepository, SiteService] })
export class SiteModule {}
