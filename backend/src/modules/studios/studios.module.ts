import { Module } from '@nestjs/common';
import { ContractRepository } from './contract.repository.js';
import { ContractsResolver } from './contracts.resolver.js';
import { ContractsService } from './contracts.service.js';
import { OnboardingService } from './onboarding.service.js';
import { StudioRepository } from './studio.repository.js';
import { StudiosResolver } from './studios.resolver.js';
import { StudiosService } from './studios.service.js';

/** Studios, their contracts and the new studio's onboarding checklist. */
@Module({
  providers: [StudioRepository, ContractRepository, StudiosService, ContractsService, OnboardingService, StudiosResolver, ContractsResolver],
  exports: [StudioRepository, ContractRepository, StudiosService, ContractsService],
})
export class StudiosModule {}
