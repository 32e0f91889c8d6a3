import { Module } from '@nestjs/common';
import { DesksResolver } from './desks.resolver.js';
import { SiteScope } from './site-scope.service.js';
import { SiteRepository } from './site.repository.js';
import { SiteService } from './site.service.js';

@Module({ providers: [SiteRepository, SiteService, SiteScope, DesksResolver], exports: [SiteRepository, SiteService, SiteScope] })
export class SiteModule {}
