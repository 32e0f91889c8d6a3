import { Module } from '@nestjs/common';
import { AccountJobs } from './account.jobs.js';
import { AccountLinksResolver } from './account-links.resolver.js';
import { AccountLinksService } from './account-links.service.js';
import { UsersResolver } from './users.resolver.js';
import { UsersService } from './users.service.js';

@Module({ providers: [UsersService, UsersResolver, AccountLinksService, AccountLinksResolver, AccountJobs], exports: [UsersService] })
export class UsersModule {}
