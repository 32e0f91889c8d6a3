import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { GqlContext } from '../../common/loaders/request-loaders.js';
import { Clock } from '../../common/time/clock.js';
import { Role } from '../users/user.entity.js';
import { ContractStatus } from './contract.entity.js';
import { contractsByStudioLoader } from './contract.loaders.js';
import { ContractModel } from './contract.model.js';
import { CreateStudioInput, UpdateStudioInput } from './dto/create-studio.input.js';
import { OnboardingModel } from './onboarding.model.js';
import { OnboardingService } from './onboarding.service.js';
import { StudioModel } from './studio.model.js';
import { StudiosService } from './studios.service.js';
import { ContractRepository } from './contract.repository.js';

@Resolver(() => StudioModel)
export class StudiosResolver {
  constructor(
    private readonly service: StudiosService,
    private readonly onboardingService: OnboardingService,
    private readonly contractRepo: ContractRepository,
    private readonly clock: Clock,
  ) {}

  @Query(() => [StudioModel], { description: 'Operator: every studio, by name. Manager: its own studio only.' })
  async studios(@CurrentActor() actor: Actor): Promise<StudioModel[]> {
    return (await this.service.list(actor)).map(StudioModel.from);
  }

  @Query(() => StudioModel, { description: 'One studio (a manager: its own).' })
  async studio(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<StudioModel> {
    return StudioModel.from(await this.service.get(actor, id));
  }

  @Mutation(() => StudioModel, { description: 'Operator only.' })
  @Roles(Role.OPERATOR)
  async createStudio(@CurrentActor() actor: Actor, @Args('input') input: CreateStudioInput): Promise<StudioModel> {
    return StudioModel.from(await this.service.create(actor, input));
  }

  @Mutation(() => StudioModel, { description: 'Operator only: changes the fields given.' })
  @Roles(Role.OPERATOR)
  async updateStudio(@CurrentActor() actor: Actor, @Args('input') input: UpdateStudioInput): Promise<StudioModel> {
    return StudioModel.from(await this.service.update(actor, input));
  }

  @Query(() => OnboardingModel, { description: "A studio's onboarding checklist (a manager: its own; studioId may be left out)." })
  async onboarding(@CurrentActor() actor: Actor, @Args('studioId', { type: () => ID, nullable: true }) studioId?: string): Promise<OnboardingModel> {
    return this.onboardingService.forStudio(actor, studioId);
  }

  @ResolveField(() => [ContractModel], { description: 'Its contracts, latest first.' })
  async contracts(@Parent() studio: StudioModel, @Context() ctx: GqlContext): Promise<ContractModel[]> {
    return (await contractsByStudioLoader(ctx.loaders, this.contractRepo).load(studio.id)).map(ContractModel.from);
  }

  @ResolveField(() => ContractModel, { nullable: true, description: 'The ACTIVE contract covering today, if any.' })
  async activeContract(@Parent() studio: StudioModel, @Context() ctx: GqlContext): Promise<ContractModel | null> {
    const today = this.clock.today();
    const contracts = await contractsByStudioLoader(ctx.loaders, this.contractRepo).load(studio.id);
    const active = contracts.find((c) => c.status === ContractStatus.ACTIVE && c.startDate <= today && c.endDate >= today);
    return active ? ContractModel.from(active) : null;
  }
}
