import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { GqlContext } from '../../common/loaders/request-loaders.js';
import { DeskModel } from '../site/desk.model.js';
import { deskLoader } from '../site/desk.loaders.js';
import { StudioModel } from '../studios/studio.model.js';
import { studioLoader } from '../studios/studio.loaders.js';
import { Role } from '../users/user.entity.js';
import { kitByIdLoader } from './kit.loaders.js';
import { KitModel } from './kit.model.js';
import { BookingDeskMoveModel, MoveNeededModel } from './move.model.js';
import { MoveService } from './move.service.js';
import { KitRepository } from './kit.repository.js';
import { StudioRepository } from '../studios/studio.repository.js';
import { SiteRepository } from '../site/site.repository.js';

async function desk(site: SiteRepository, ctx: GqlContext, id: string | null): Promise<DeskModel | null> {
  if (!id) return null;
  const found = await deskLoader(ctx.loaders, site).load(id);
  return found ? DeskModel.from(found) : null;
}

/** Bookings on out-of-service desks and moving them: the site operator only. */
@Resolver(() => MoveNeededModel)
@Roles(Role.OPERATOR)
export class MovesNeededResolver {
  constructor(
    private readonly moves: MoveService,
    private readonly siteRepo: SiteRepository,
    private readonly kitRepo: KitRepository,
    private readonly studioRepo: StudioRepository,
  ) {}

  @Query(() => [MoveNeededModel], { description: 'Live bookings (and their crew) on desks whose kit is out of service, from today on, with a free desk to move to.' })
  movesNeeded(@CurrentActor() actor: Actor): Promise<MoveNeededModel[]> {
    return this.moves.movesNeeded(actor);
  }

  @Mutation(() => BookingDeskMoveModel, {
    description: "Moves the booking's remaining days (from today) on fromDesk, with its crew, to a free bookable desk; past days stay on the old desk.",
  })
  moveBookingDesk(
    @CurrentActor() actor: Actor,
    @Args('bookingId', { type: () => ID }) bookingId: string,
    @Args('fromDeskId', { type: () => ID }) fromDeskId: string,
    @Args('toDeskId', { type: () => ID }) toDeskId: string,
  ): Promise<BookingDeskMoveModel> {
    return this.moves.moveBookingDesk(actor, bookingId, fromDeskId, toDeskId);
  }

  @ResolveField(() => DeskModel)
  async desk(@Parent() need: MoveNeededModel, @Context() ctx: GqlContext): Promise<DeskModel> {
    return (await desk(this.siteRepo, ctx, need.deskId))!;
  }

  @ResolveField(() => KitModel, { nullable: true, description: 'The kit on the desk (out of service); null when the desk has none.' })
  async kit(@Parent() need: MoveNeededModel, @Context() ctx: GqlContext): Promise<KitModel | null> {
    if (!need.kitId) return null;
    const kit = await kitByIdLoader(ctx.loaders, this.kitRepo).load(need.kitId);
    return kit ? KitModel.from(kit) : null;
  }

  @ResolveField(() => StudioModel)
  async studio(@Parent() need: MoveNeededModel, @Context() ctx: GqlContext): Promise<StudioModel> {
    return StudioModel.from((await studioLoader(ctx.loaders, this.studioRepo).load(need.studioId))!);
  }

  @ResolveField(() => DeskModel, { nullable: true, description: 'A free bookable desk for every day to move: same zone first, then the nearest. Null when none is free.' })
  suggestedDesk(@Parent() need: MoveNeededModel, @Context() ctx: GqlContext): Promise<DeskModel | null> {
    return desk(this.siteRepo, ctx, need.suggestedDeskId);
  }
}

@Resolver(() => BookingDeskMoveModel)
export class BookingDeskMoveResolver {
  constructor(private readonly siteRepo: SiteRepository) {}

  @ResolveField(() => DeskModel)
  async fromDesk(@Parent() move: BookingDeskMoveModel, @Context() ctx: GqlContext): Promise<DeskModel> {
    return (await desk(this.siteRepo, ctx, move.fromDeskId))!;
  }

  @ResolveField(() => DeskModel)
  async toDesk(@Parent() move: BookingDeskMoveModel, @Context() ctx: GqlContext): Promise<DeskModel> {
    return (await desk(this.siteRepo, ctx, move.toDeskId))!;
  }
}
