import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { isOperator } from '../../common/auth/actor.js';
import { ClientAddress, CurrentActor, Public, Roles } from '../../common/auth/decorators.js';
import type { GqlContext } from '../../common/loaders/request-loaders.js';
import { assignmentLoader, crewMemberLoader } from '../crew/crew.loaders.js';
import { CrewAssignmentModel, CrewMemberModel } from '../crew/crew.model.js';
import { CrewMemberEntity } from '../crew/crew-member.entity.js';
import { deskLoader } from '../site/desk.loaders.js';
import { DeskModel } from '../site/desk.model.js';
import { studioLoader } from '../studios/studio.loaders.js';
import { StudioModel } from '../studios/studio.model.js';
import { Role } from '../users/user.entity.js';
import { AccessCheckModel, AccessPassModel, CheckInModel } from './access.model.js';
import { AccessService, DoorCaller } from './access.service.js';
import { PassService } from './pass.service.js';

const caller = (ctx: GqlContext, address: string): DoorCaller => ({ actor: ctx.req.actor, address });

/**
 * Who may see a crew member's contact details through the door's answers: the operator and
 * the studio's manager. A kiosk (anonymous) gets the name only.
 */
function crewMemberFor(ctx: GqlContext, member: CrewMemberEntity): CrewMemberModel {
  const model = CrewMemberModel.from(member);
  const actor = ctx.req.actor;
  if (actor && (isOperator(actor) || actor.studioId === member.studioId)) return model;
  return Object.assign(model, { email: null, jobTitle: null });
}

@Resolver(() => AccessCheckModel)
export class AccessResolver {
  constructor(
    private readonly access: AccessService,
    private readonly passes: PassService,
    private readonly dataSource: DataSource,
  ) {}

  @Public()
  @Query(() => AccessCheckModel, {
    description: 'Does this code open the door now? Public (the door kiosk has no account), limited per client address; the signed-in operator is not limited.',
  })
  async verifyAccess(@Args('code') code: string, @Context() ctx: GqlContext, @ClientAddress() address: string): Promise<AccessCheckModel> {
    const v = await this.access.verify(code, caller(ctx, address));
    const dates = v.assignment ? AccessService.assignmentDates(v.assignment) : null;
    return Object.assign(new AccessCheckModel(), {
      allowed: v.reason === null,
      reason: v.reason,
      deskId: v.assignment?.deskId ?? null,
      crewMemberId: v.assignment?.crewMemberId ?? null,
      assignmentId: v.assignment?.id ?? null,
      startDate: dates?.startDate ?? null,
      endDate: dates?.endDate ?? null,
      checkedInToday: v.checkedInToday,
    });
  }

  @Public()
  @Mutation(() => CheckInModel, { description: 'Records the arrival at the assigned desk: only when verifyAccess allows, once a day (else FORBIDDEN with extensions.reason, or INVALID_STATE).' })
  async checkIn(@Args('code') code: string, @Context() ctx: GqlContext, @ClientAddress() address: string): Promise<CheckInModel> {
    return CheckInModel.from(await this.access.checkIn(code, caller(ctx, address)));
  }

  @Public()
  @Mutation(() => CheckInModel, { description: "Records the departure of today's check-in of this code." })
  async checkOut(@Args('code') code: string, @Context() ctx: GqlContext, @ClientAddress() address: string): Promise<CheckInModel> {
    return CheckInModel.from(await this.access.checkOut(code, caller(ctx, address)));
  }

  @Roles(Role.OPERATOR)
  @Mutation(() => CheckInModel, { description: 'Operator: checks someone out from the board, without their code.' })
  async checkOutById(@Args('checkInId', { type: () => ID }) checkInId: string): Promise<CheckInModel> {
    return CheckInModel.from(await this.access.checkOutById(checkInId));
  }

  @Mutation(() => AccessPassModel, { description: "Revokes a pass by its code (the pass's studio manager or the operator). Already revoked: answered as is." })
  async revokeAccessPass(@CurrentActor() actor: Actor, @Args('code') code: string): Promise<AccessPassModel> {
    const pass = await this.dataSource.transaction((em) => this.passes.revokeByCode(actor, code, em));
    return AccessPassModel.from(pass, code);
  }

  @ResolveField(() => DeskModel, { nullable: true, description: 'The assigned desk (null for an unknown code).' })
  async desk(@Parent() check: AccessCheckModel, @Context() ctx: GqlContext): Promise<DeskModel | null> {
    if (!check.deskId) return null;
    return DeskModel.from((await deskLoader(ctx.loaders, this.dataSource).load(check.deskId))!);
  }

  @ResolveField(() => CrewMemberModel, { nullable: true, description: 'Whose pass it is (name only for a kiosk).' })
  async crewMember(@Parent() check: AccessCheckModel, @Context() ctx: GqlContext): Promise<CrewMemberModel | null> {
    if (!check.crewMemberId) return null;
    return crewMemberFor(ctx, (await crewMemberLoader(ctx.loaders, this.dataSource).load(check.crewMemberId))!);
  }
}

@Resolver(() => CheckInModel)
export class CheckInResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => DeskModel)
  async desk(@Parent() c: CheckInModel, @Context() ctx: GqlContext): Promise<DeskModel> {
    return DeskModel.from((await deskLoader(ctx.loaders, this.dataSource).load(c.deskId))!);
  }

  @ResolveField(() => CrewMemberModel)
  async crewMember(@Parent() c: CheckInModel, @Context() ctx: GqlContext): Promise<CrewMemberModel> {
    return crewMemberFor(ctx, (await crewMemberLoader(ctx.loaders, this.dataSource).load(c.crewMemberId))!);
  }

  @ResolveField(() => StudioModel)
  async studio(@Parent() c: CheckInModel, @Context() ctx: GqlContext): Promise<StudioModel> {
    return StudioModel.from((await studioLoader(ctx.loaders, this.dataSource).load(c.studioId))!);
  }
}

@Resolver(() => AccessPassModel)
export class AccessPassResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => CrewAssignmentModel, { nullable: true, description: 'Null for a caller who may not see the assignment.' })
  async assignment(@Parent() p: AccessPassModel, @Context() ctx: GqlContext): Promise<CrewAssignmentModel | null> {
    const a = await assignmentLoader(ctx.loaders, this.dataSource).load(p.assignmentId);
    const actor = ctx.req.actor;
    if (!a || !actor || (!isOperator(actor) && actor.studioId !== a.studioId)) return null;
    return CrewAssignmentModel.from(a);
  }
}
