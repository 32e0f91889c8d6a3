import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor.js';
import { isOperator } from '../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { GqlContext } from '../../common/loaders/request-loaders.js';
import { assignmentLoader, crewMemberLoader } from '../crew/crew.loaders.js';
import { CrewAssignmentModel, CrewMemberModel } from '../crew/crew.model.js';
import type { CrewMemberEntity } from '../crew/crew-member.entity.js';
import { deskLoader } from '../site/desk.loaders.js';
import { DeskModel } from '../site/desk.model.js';
import { studioLoader } from '../studios/studio.loaders.js';
import { StudioModel } from '../studios/studio.model.js';
import { Role } from '../users/user.entity.js';
import { AccessPassModel, CheckInModel } from './access.model.js';
import { AccessService } from './access.service.js';
import { PassService } from './pass.service.js';
import { SiteRepository } from '../site/site.repository.js';
import { CrewRepository } from '../crew/crew.repository.js';
import { StudioRepository } from '../studios/studio.repository.js';
import { Transactions } from '../../common/database/transactions.js';

/** Contact details of a crew member for the operator and the studio's manager; the name only for anyone else. */
function crewMemberFor(ctx: GqlContext, member: CrewMemberEntity): CrewMemberModel {
  const model = CrewMemberModel.from(member);
  const actor = ctx.req.actor;
  if (actor && (isOperator(actor) || actor.studioId === member.studioId)) return model;
  return Object.assign(model, { email: null, jobTitle: null });
}

/** The operator's and managers' pass and check-in operations; the door itself is kiosk.resolver.ts. */
@Resolver()
export class AccessResolver {
  constructor(
    private readonly access: AccessService,
    private readonly passes: PassService,
    private readonly transactions: Transactions,
  ) {}

  @Roles(Role.OPERATOR, Role.SITE_OPERATOR)
  @Mutation(() => CheckInModel, { description: 'Operator (a site operator: at its sites): checks someone out from the board, without their code.' })
  async checkOutById(@CurrentActor() actor: Actor, @Args('checkInId', { type: () => ID }) checkInId: string): Promise<CheckInModel> {
    return CheckInModel.from(await this.access.checkOutById(actor, checkInId));
  }

  @Mutation(() => AccessPassModel, { description: "Revokes a pass by its code (the pass's studio manager or the operator). Already revoked: answered as is." })
  async revokeAccessPass(@CurrentActor() actor: Actor, @Args('code') code: string): Promise<AccessPassModel> {
    const pass = await this.transactions.run((em) => this.passes.revokeByCode(actor, code, em));
    return AccessPassModel.from(pass, code);
  }
}

@Resolver(() => CheckInModel)
export class CheckInResolver {
  constructor(
    private readonly crewRepo: CrewRepository,
    private readonly siteRepo: SiteRepository,
    private readonly studioRepo: StudioRepository,
  ) {}

  @ResolveField(() => DeskModel)
  async desk(@Parent() c: CheckInModel, @Context() ctx: GqlContext): Promise<DeskModel> {
    return DeskModel.from((await deskLoader(ctx.loaders, this.siteRepo).load(c.deskId))!);
  }

  @ResolveField(() => CrewMemberModel)
  async crewMember(@Parent() c: CheckInModel, @Context() ctx: GqlContext): Promise<CrewMemberModel> {
    return crewMemberFor(ctx, (await crewMemberLoader(ctx.loaders, this.crewRepo).load(c.crewMemberId))!);
  }

  @ResolveField(() => StudioModel)
  async studio(@Parent() c: CheckInModel, @Context() ctx: GqlContext): Promise<StudioModel> {
    return StudioModel.from((await studioLoader(ctx.loaders, this.studioRepo).load(c.studioId))!);
  }
}

@Resolver(() => AccessPassModel)
export class AccessPassResolver {
  constructor(
    private readonly crewRepo: CrewRepository,
  ) {}

  @ResolveField(() => CrewAssignmentModel, { nullable: true, description: 'Null for a caller who may not see the assignment.' })
  async assignment(@Parent() p: AccessPassModel, @Context() ctx: GqlContext): Promise<CrewAssignmentModel | null> {
    const a = await assignmentLoader(ctx.loaders, this.crewRepo).load(p.assignmentId);
    const actor = ctx.req.actor;
    if (!a || !actor || (!isOperator(actor) && actor.studioId !== a.studioId)) return null;
    return CrewAssignmentModel.from(a);
  }
}
