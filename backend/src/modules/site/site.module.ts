import { Module } from '@nestjs/common';
import { DesksResolver } from './desks.resolver.js';
import { SiteAdminRepository } from './site-admin.repository.js';
import { SiteAdminResolver } from './site-admin.resolver.js';
import { SiteAdminService } from './site-admin.service.js';
import { SiteScope } from './site-scope.service.js';
import { SiteRepository } from './site.repository.js';
import { SiteService } from './site.service.js';

@Module({
  providers: [SiteRepository, SiteService, SiteScope, DesksResolver, SiteAdminRepository, SiteAdminService, SiteAdminResolver],
  exports: [SiteRepository, SiteService, SiteScope, SiteAdminService],
})
export class SiteModule {}
