import { Module } from '@nestjs/common';
import { AccountJobs } from './account.jobs.js';
import { AccountTokenRepository } from './account-token.repository.js';
import { AccountLinksResolver } from './account-links.resolver.js';
import { AccountLinksService } from './account-links.service.js';
import { UsersResolver } from './users.resolver.js';
import { UsersRepository } from './users.repository.js';
import { UsersService } from './users.service.js';
import { StudiosModule } from '../studios/studios.module.js';

@Module({
  imports: [StudiosModule],
  providers: [UsersRepository, AccountTokenRepository, UsersService, UsersResolver, AccountLinksService, AccountLinksResolver, AccountJobs],
  exports: [UsersRepository, UsersService],
})
export class UsersModule {}
