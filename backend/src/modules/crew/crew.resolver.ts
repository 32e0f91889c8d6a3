import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor } from '../../common/auth/decorators.js';
import type { GqlContext } from '../../common/loaders/request-loaders.js';
import { studioLoader } from '../studios/studio.loaders.js';
import { StudioModel } from '../studios/studio.model.js';
import { CrewMemberModel } from './crew.model.js';
import { CrewService } from './crew.service.js';
import { AddCrewMemberInput, UpdateCrewMemberInput } from './dto/add-crew-member.input.js';
import { PersonalDataService } from './personal-data.service.js';
import { StudioRepository } from '../studios/studio.repository.js';

@Resolver(() => CrewMemberModel)
export class CrewResolver {
  constructor(
    private readonly crew: CrewService,
    private readonly personalData: PersonalDataService,
    private readonly studioRepo: StudioRepository,
  ) {}

  @Query(() => [CrewMemberModel], { description: "A studio's crew, by name. Managers: their own studio; the operator: all, or the studio asked for." })
  async crewMembers(
    @CurrentActor() actor: Actor,
    @Args('studioId', { type: () => ID, nullable: true }) studioId?: string | null,
    @Args('includeRemoved', { defaultValue: false, description: 'Also list anonymised (removed) members.' }) includeRemoved?: boolean,
  ): Promise<CrewMemberModel[]> {
    return (await this.crew.list(actor, studioId, includeRemoved ?? false)).map(CrewMemberModel.from);
  }

  @Query(() => CrewMemberModel)
  async crewMember(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<CrewMemberModel> {
    return CrewMemberModel.from(await this.crew.get(actor, id));
  }

  @Mutation(() => CrewMemberModel, { description: "Adds someone to a studio's crew (e-mail unique within the studio)." })
  async addCrewMember(@CurrentActor() actor: Actor, @Args('input') input: AddCrewMemberInput): Promise<CrewMemberModel> {
    return CrewMemberModel.from(await this.crew.add(actor, input));
  }

  @Mutation(() => CrewMemberModel)
  async updateCrewMember(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateCrewMemberInput): Promise<CrewMemberModel> {
    return CrewMemberModel.from(await this.crew.update(actor, id, input));
  }

  @Mutation(() => CrewMemberModel, {
    description: 'Removes someone from the crew: live assignments end, passes are revoked, name/e-mail/job title are anonymised; past check-ins stay counted.',
  })
  async removeCrewMember(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<CrewMemberModel> {
    return CrewMemberModel.from(await this.crew.remove(actor, id));
  }

  @Mutation(() => CrewMemberModel, { description: "Erasure on the person's request (GDPR art. 17): same effect as removal, e-mails to them included." })
  async eraseCrewMember(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<CrewMemberModel> {
    return CrewMemberModel.from(await this.personalData.erase(actor, id));
  }

  @Query(() => String, { description: 'Everything held about a crew member, as a JSON document (GDPR art. 15).' })
  async exportCrewMemberData(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.personalData.export(actor, id);
  }

  @ResolveField(() => StudioModel)
  async studio(@Parent() member: CrewMemberModel, @Context() ctx: GqlContext): Promise<StudioModel> {
    return StudioModel.from((await studioLoader(ctx.loaders, this.studioRepo).load(member.studioId))!);
  }
}
