import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor } from '../../common/auth/decorators.js';
import { DateScalar } from '../../common/graphql/date.scalar.js';
import type { GqlContext } from '../../common/loaders/request-loaders.js';
import { deskLoader } from '../site/desk.loaders.js';
import { DeskModel } from '../site/desk.model.js';
import { studioLoader } from '../studios/studio.loaders.js';
import { StudioModel } from '../studios/studio.model.js';
import { AssignmentService } from './assignment.service.js';
import { crewBookingLoader, crewMemberLoader } from './crew.loaders.js';
import { CrewAssignmentModel, CrewMemberModel } from './crew.model.js';
import { AssignCrewInput } from './dto/assign-crew.input.js';
import type { IssuedPass } from './crew-passes.js';
import { SiteRepository } from '../site/site.repository.js';
import { CrewRepository } from './crew.repository.js';
import { StudioRepository } from '../studios/studio.repository.js';

/**
 * The pass created with an assignment travels with it, code included, in the creating
 * answer only; the access module resolves `accessPass` (access/assignment-pass.resolver.ts).
 */
export type WithIssuedPass = CrewAssignmentModel & { issuedPass?: IssuedPass };

@Resolver(() => CrewAssignmentModel)
export class AssignmentResolver {
  constructor(
    private readonly service: AssignmentService,
    private readonly crewRepo: CrewRepository,
    private readonly siteRepo: SiteRepository,
    private readonly studioRepo: StudioRepository,
  ) {}

  @Mutation(() => CrewAssignmentModel, {
    description: 'Puts a crew member on one desk of a CONFIRMED booking of their studio, for days inside it, and issues the access pass (its code is in this answer and e-mailed to the person).',
  })
  async assignCrew(@CurrentActor() actor: Actor, @Args('input') input: AssignCrewInput): Promise<CrewAssignmentModel> {
    const { assignment, pass, code } = await this.service.assign(actor, input);
    return Object.assign(CrewAssignmentModel.from(assignment), { issuedPass: { pass, code } });
  }

  @Mutation(() => CrewAssignmentModel, { description: 'Ends an assignment now; its pass is revoked. Check-ins already made stay.' })
  async unassignCrew(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<CrewAssignmentModel> {
    return CrewAssignmentModel.from(await this.service.unassign(actor, id));
  }

  @Query(() => [CrewAssignmentModel], { description: 'Assignments of a booking, of a crew member, and/or overlapping a date range; live ones unless includeEnded.' })
  async assignments(
    @CurrentActor() actor: Actor,
    @Args('bookingId', { type: () => ID, nullable: true }) bookingId?: string,
    @Args('crewMemberId', { type: () => ID, nullable: true }) crewMemberId?: string,
    @Args('from', { type: () => DateScalar, nullable: true }) from?: string,
    @Args('to', { type: () => DateScalar, nullable: true }) to?: string,
    @Args('studioId', { type: () => ID, nullable: true }) studioId?: string,
    @Args('includeEnded', { defaultValue: false }) includeEnded?: boolean,
  ): Promise<CrewAssignmentModel[]> {
    const rows = await this.service.list(actor, { bookingId, crewMemberId, from, to, studioId, includeEnded });
    return rows.map(CrewAssignmentModel.from);
  }

  @Query(() => CrewAssignmentModel)
  async assignment(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<CrewAssignmentModel> {
    return CrewAssignmentModel.from(await this.service.get(actor, id));
  }

  @ResolveField(() => DeskModel)
  async desk(@Parent() a: CrewAssignmentModel, @Context() ctx: GqlContext): Promise<DeskModel> {
    return DeskModel.from((await deskLoader(ctx.loaders, this.siteRepo).load(a.deskId))!);
  }

  @ResolveField(() => CrewMemberModel)
  async crewMember(@Parent() a: CrewAssignmentModel, @Context() ctx: GqlContext): Promise<CrewMemberModel> {
    return CrewMemberModel.from((await crewMemberLoader(ctx.loaders, this.crewRepo).load(a.crewMemberId))!);
  }

  @ResolveField(() => StudioModel)
  async studio(@Parent() a: CrewAssignmentModel, @Context() ctx: GqlContext): Promise<StudioModel> {
    return StudioModel.from((await studioLoader(ctx.loaders, this.studioRepo).load(a.studioId))!);
  }

  @ResolveField(() => String, { description: "The booking's reference (BK-…)." })
  async bookingReference(@Parent() a: CrewAssignmentModel, @Context() ctx: GqlContext): Promise<string> {
    return (await crewBookingLoader(ctx.loaders, this.crewRepo).load(a.bookingId))!.reference;
  }

  @ResolveField(() => String)
  async productionName(@Parent() a: CrewAssignmentModel, @Context() ctx: GqlContext): Promise<string> {
    return (await crewBookingLoader(ctx.loaders, this.crewRepo).load(a.bookingId))!.productionName;
  }
}
