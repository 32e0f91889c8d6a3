import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor.js';
import { studioScope } from '../../common/auth/actor.js';
import { CurrentActor } from '../../common/auth/decorators.js';
import type { GqlContext } from '../../common/loaders/request-loaders.js';
import { groupByKeys } from '../../common/loaders/request-loaders.js';
import { Clock } from '../../common/time/clock.js';
import { deskLoader } from '../site/desk.loaders.js';
import { DeskModel } from '../site/desk.model.js';
import { studioLoader } from '../studios/studio.loaders.js';
import { StudioModel } from '../studios/studio.model.js';
import { CrewAssignmentModel } from './crew.model.js';
import { CrewRepository } from './crew.repository.js';
import { BookedDeskModel, StaffableBookingModel } from './staffing.model.js';
import { StudioRepository } from '../studios/studio.repository.js';
import { SiteRepository } from '../site/site.repository.js';

/** The assign-to-desk flow starts from a confirmed booking: its desks and who is on them. */
@Resolver(() => StaffableBookingModel)
export class StaffingResolver {
  constructor(
    private readonly repo: CrewRepository,
    private readonly clock: Clock,
    private readonly studioRepo: StudioRepository,
  ) {}

  @Query(() => [StaffableBookingModel], { description: 'Confirmed bookings not over yet (or the one asked for), to put crew on. Managers: their studio.' })
  async staffableBookings(
    @CurrentActor() actor: Actor,
    @Args('studioId', { type: () => ID, nullable: true }) studioId?: string,
    @Args('bookingId', { type: () => ID, nullable: true }) bookingId?: string,
  ): Promise<StaffableBookingModel[]> {
    return (await this.repo.confirmedBookings(studioScope(actor, studioId), this.clock.today(), bookingId)).map(StaffableBookingModel.from);
  }

  @ResolveField(() => [BookedDeskModel])
  async desks(@Parent() b: StaffableBookingModel, @Context() ctx: GqlContext): Promise<BookedDeskModel[]> {
    const loader = ctx.loaders.get<string, Awaited<ReturnType<CrewRepository['bookingDesksOf']>>>('crew.bookingDesksByBooking', async (ids) =>
      groupByKeys(ids, await this.repo.bookingDesksOf(ids), (d) => d.bookingId),
    );
    return (await loader.load(b.id)).map(BookedDeskModel.from);
  }

  @ResolveField(() => [CrewAssignmentModel], { description: 'Its live assignments.' })
  async assignments(@Parent() b: StaffableBookingModel, @Context() ctx: GqlContext): Promise<CrewAssignmentModel[]> {
    const loader = ctx.loaders.get<string, Awaited<ReturnType<CrewRepository['listAssignments']>>>('crew.liveAssignmentsByBooking', async (ids) =>
      groupByKeys(ids, await this.repo.listAssignments({ bookingIds: ids }, null), (a) => a.bookingId),
    );
    return (await loader.load(b.id)).map(CrewAssignmentModel.from);
  }

  @ResolveField(() => StudioModel)
  async studio(@Parent() b: StaffableBookingModel, @Context() ctx: GqlContext): Promise<StudioModel> {
    return StudioModel.from((await studioLoader(ctx.loaders, this.studioRepo).load(b.studioId))!);
  }
}

@Resolver(() => BookedDeskModel)
export class BookedDeskResolver {
  constructor(
    private readonly siteRepo: SiteRepository,
  ) {}

  @ResolveField(() => DeskModel)
  async desk(@Parent() d: BookedDeskModel, @Context() ctx: GqlContext): Promise<DeskModel> {
    return DeskModel.from((await deskLoader(ctx.loaders, this.siteRepo).load(d.deskId))!);
  }
}
