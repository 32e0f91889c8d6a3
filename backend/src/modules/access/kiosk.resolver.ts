import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ClientAddress, Public } from '../../common/auth/decorators.js';
import type { GqlContext } from '../../common/loaders/request-loaders.js';
import { crewMemberLoader } from '../crew/crew.loaders.js';
import { deskLoader } from '../site/desk.loaders.js';
import { studioLoader } from '../studios/studio.loaders.js';
import { AccessService, DoorCaller } from './access.service.js';
import { kioskName } from './kiosk-name.js';
import { KioskAccessCheckModel, KioskCheckInModel, KioskCrewMemberModel, KioskDeskModel, KioskStudioModel } from './kiosk.model.js';
import { SiteRepository } from '../site/site.repository.js';
import { CrewRepository } from '../crew/crew.repository.js';
import { StudioRepository } from '../studios/studio.repository.js';

const caller = (ctx: GqlContext, address: string): DoorCaller => ({ actor: ctx.req.actor, address });
/** The site the kiosk stands at: a pass for a desk of another site answers WRONG_SITE. */
const KIOSK_SITE = { type: () => ID, nullable: true, description: 'The site of this kiosk (default: the first site); a pass for another site answers WRONG_SITE' } as const;

interface Linked {
  deskId: string | null;
  crewMemberId: string | null;
  studioId: string | null;
}

/** The kiosk views of an answer's desk, person and studio: each a copy of the few fields a door needs. */
class KioskViews {
  constructor(
    private readonly crewRepo: CrewRepository,
    private readonly siteRepo: SiteRepository,
    private readonly studioRepo: StudioRepository,
  ) {}

  async desk(parent: Linked, ctx: GqlContext): Promise<KioskDeskModel | null> {
    const desk = parent.deskId ? await deskLoader(ctx.loaders, this.siteRepo).load(parent.deskId) : null;
    return desk ? { code: desk.code, zone: desk.zone } : null;
  }

  async crewMember(parent: Linked, ctx: GqlContext): Promise<KioskCrewMemberModel | null> {
    const member = parent.crewMemberId ? await crewMemberLoader(ctx.loaders, this.crewRepo).load(parent.crewMemberId) : null;
    return member ? { id: member.id, fullName: kioskName(member.fullName, member.anonymisedAt !== null) } : null;
  }

  async studio(parent: Linked, ctx: GqlContext): Promise<KioskStudioModel | null> {
    const studio = parent.studioId ? await studioLoader(ctx.loaders, this.studioRepo).load(parent.studioId) : null;
    return studio ? { name: studio.name } : null;
  }
}

/**
 * The door: public so a kiosk with no account can use it, limited per client address. Its
 * answers are kiosk types (kiosk.model.ts) for every caller; the operator's board reads the
 * full types through its own operations.
 */
@Resolver(() => KioskAccessCheckModel)
export class KioskResolver {
  private readonly views: KioskViews;

  constructor(
    private readonly access: AccessService,
    crewRepo: CrewRepository,
    siteRepo: SiteRepository,
    studioRepo: StudioRepository,
  ) {
    this.views = new KioskViews(crewRepo, siteRepo, studioRepo);
  }

  @Public()
  @Query(() => KioskAccessCheckModel, {
    description: 'Does this code open the door now? Public (the door kiosk has no account), limited per client address; the signed-in operator is not limited.',
  })
  async verifyAccess(
    @Args('code') code: string,
    @Context() ctx: GqlContext,
    @ClientAddress() address: string,
    @Args('siteId', KIOSK_SITE) siteId?: string,
  ): Promise<KioskAccessCheckModel> {
    const v = await this.access.verify(code, caller(ctx, address), siteId);
    const dates = v.assignment ? AccessService.assignmentDates(v.assignment) : null;
    return Object.assign(new KioskAccessCheckModel(), {
      allowed: v.reason === null,
      reason: v.reason,
      startDate: dates?.startDate ?? null,
      endDate: dates?.endDate ?? null,
      checkedInToday: v.checkedInToday,
      deskId: v.assignment?.deskId ?? null,
      crewMemberId: v.assignment?.crewMemberId ?? null,
      studioId: v.assignment?.studioId ?? null,
    });
  }

  @Public()
  @Mutation(() => KioskCheckInModel, { description: 'Records the arrival at the assigned desk: only when verifyAccess allows, once a day (else FORBIDDEN with extensions.reason, or INVALID_STATE).' })
  async checkIn(
    @Args('code') code: string,
    @Context() ctx: GqlContext,
    @ClientAddress() address: string,
    @Args('siteId', KIOSK_SITE) siteId?: string,
  ): Promise<KioskCheckInModel> {
    return KioskCheckInModel.from(await this.access.checkIn(code, caller(ctx, address), siteId));
  }

  @Public()
  @Mutation(() => KioskCheckInModel, { description: "Records the departure of today's check-in of this code." })
  async checkOut(@Args('code') code: string, @Context() ctx: GqlContext, @ClientAddress() address: string): Promise<KioskCheckInModel> {
    return KioskCheckInModel.from(await this.access.checkOut(code, caller(ctx, address)));
  }

  @ResolveField(() => KioskDeskModel, { nullable: true, description: 'The assigned desk (null for an unknown code).' })
  desk(@Parent() check: KioskAccessCheckModel, @Context() ctx: GqlContext): Promise<KioskDeskModel | null> {
    return this.views.desk(check, ctx);
  }

  @ResolveField(() => KioskCrewMemberModel, { nullable: true, description: 'Whose pass it is.' })
  crewMember(@Parent() check: KioskAccessCheckModel, @Context() ctx: GqlContext): Promise<KioskCrewMemberModel | null> {
    return this.views.crewMember(check, ctx);
  }

  @ResolveField(() => KioskStudioModel, { nullable: true, description: 'The studio the pass is for.' })
  studio(@Parent() check: KioskAccessCheckModel, @Context() ctx: GqlContext): Promise<KioskStudioModel | null> {
    return this.views.studio(check, ctx);
  }
}

@Resolver(() => KioskCheckInModel)
export class KioskCheckInResolver {
  private readonly views: KioskViews;

  constructor(crewRepo: CrewRepository, siteRepo: SiteRepository, studioRepo: StudioRepository) {
    this.views = new KioskViews(crewRepo, siteRepo, studioRepo);
  }

  @ResolveField(() => KioskDeskModel)
  async desk(@Parent() c: KioskCheckInModel, @Context() ctx: GqlContext): Promise<KioskDeskModel> {
    return (await this.views.desk(c, ctx))!;
  }

  @ResolveField(() => KioskCrewMemberModel)
  async crewMember(@Parent() c: KioskCheckInModel, @Context() ctx: GqlContext): Promise<KioskCrewMemberModel> {
    return (await this.views.crewMember(c, ctx))!;
  }

  @ResolveField(() => KioskStudioModel)
  async studio(@Parent() c: KioskCheckInModel, @Context() ctx: GqlContext): Promise<KioskStudioModel> {
    return (await this.views.studio(c, ctx))!;
  }
}
