import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { GqlContext } from '../../common/loaders/request-loaders.js';
import { Role } from '../users/user.entity.js';
import { contractSitesLoader } from './contract.loaders.js';
import { ContractModel } from './contract.model.js';
import { ContractRepository } from './contract.repository.js';
import { ContractsService } from './contracts.service.js';
import { CreateContractInput } from './dto/create-contract.input.js';
import { studioLoader } from './studio.loaders.js';
import { StudioModel } from './studio.model.js';
import { StudioRepository } from './studio.repository.js';

@Resolver(() => ContractModel)
export class ContractsResolver {
  constructor(
    private readonly service: ContractsService,
    private readonly studioRepo: StudioRepository,
    private readonly repo: ContractRepository,
  ) {}

  @Query(() => [ContractModel], { description: 'Operator: all contracts or one studio\'s. Manager: its studio\'s (another studio: FORBIDDEN).' })
  async contracts(@CurrentActor() actor: Actor, @Args('studioId', { type: () => ID, nullable: true }) studioId?: string): Promise<ContractModel[]> {
    return (await this.service.list(actor, studioId)).map(ContractModel.from);
  }

  @Query(() => ContractModel, { description: 'One contract (a manager: its studio\'s).' })
  async contract(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<ContractModel> {
    return ContractModel.from(await this.service.get(actor, id));
  }

  @Mutation(() => ContractModel, { description: 'Operator only: a DRAFT contract numbered CT-YYYY-NNN.' })
  @Roles(Role.OPERATOR)
  async createContract(@CurrentActor() actor: Actor, @Args('input') input: CreateContractInput): Promise<ContractModel> {
    return ContractModel.from(await this.service.create(actor, input));
  }

  @Mutation(() => ContractModel, { description: 'Network operator only: the sites the contract covers (replaces them; at least one).' })
  @Roles(Role.OPERATOR)
  async setContractSites(
    @CurrentActor() actor: Actor,
    @Args('contractId', { type: () => ID }) contractId: string,
    @Args('siteIds', { type: () => [ID] }) siteIds: string[],
  ): Promise<ContractModel> {
    return ContractModel.from(await this.service.setSites(actor, contractId, siteIds));
  }

  @ResolveField(() => [ID], { description: 'The sites it covers, first opened first: its studio books at any of them.' })
  async siteIds(@Parent() contract: ContractModel, @Context() ctx: GqlContext): Promise<string[]> {
    return contractSitesLoader(ctx.loaders, this.repo).load(contract.id);
  }

  @Mutation(() => ContractModel, { description: 'Operator only: DRAFT → ACTIVE (INVALID_STATE otherwise, or when another active contract of the studio overlaps).' })
  @Roles(Role.OPERATOR)
  async activateContract(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<ContractModel> {
    return ContractModel.from(await this.service.activate(actor, id));
  }

  @Mutation(() => ContractModel, { description: 'Operator only: ACTIVE → TERMINATED (INVALID_STATE otherwise).' })
  @Roles(Role.OPERATOR)
  async terminateContract(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<ContractModel> {
    return ContractModel.from(await this.service.terminate(actor, id));
  }

  @ResolveField(() => StudioModel)
  async studio(@Parent() contract: ContractModel, @Context() ctx: GqlContext): Promise<StudioModel> {
    return StudioModel.from((await studioLoader(ctx.loaders, this.studioRepo).load(contract.studioId))!);
  }
}
