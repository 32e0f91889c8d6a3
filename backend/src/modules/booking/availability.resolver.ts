import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor } from '../../common/auth/decorators.js';
import { DateScalar } from '../../common/graphql/date.scalar.js';
import type { GqlContext } from '../../common/loaders/request-loaders.js';
import { Clock } from '../../common/time/clock.js';
import { DeskModel } from '../site/desk.model.js';
import { SITE_ARG } from '../site/site-arg.js';
import { DayAvailabilityModel, DeskBlockModel, DeskCalendarRowModel } from './availability.model.js';
import { AvailabilityService } from './availability.service.js';
import { deskModel } from './booking-input.js';
import { bookingLoader } from './booking.loaders.js';
import { BookingModel } from './booking.model.js';
import { BookingRepository } from './booking.repository.js';

@Resolver(() => DeskCalendarRowModel)
export class AvailabilityResolver {
  constructor(private readonly availabilityService: AvailabilityService) {}

  @Query(() => [DayAvailabilityModel], { description: 'Per day of [from, to] (at most 366 days) at one site (siteId; default: the first the caller sees): open or not, free and booked desk counts.' })
  async availability(
    @CurrentActor() actor: Actor,
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
    @Args('siteId', SITE_ARG) siteId?: string,
  ): Promise<DayAvailabilityModel[]> {
    return this.availabilityService.availability(actor, from, to, siteId);
  }

  @Query(() => [DeskModel], { description: 'Bookable desks of one site (siteId; default: the first the caller sees) free on every day of [from, to], by code.' })
  async freeDesks(
    @CurrentActor() actor: Actor,
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
    @Args('siteId', SITE_ARG) siteId?: string,
  ): Promise<DeskModel[]> {
    return (await this.availabilityService.freeDesks(actor, from, to, siteId)).map(deskModel);
  }

  @Query(() => [DeskCalendarRowModel], { description: "Every desk of one site (siteId; default: the first the caller sees) with its live blocks over [from, to]; a manager sees other studios' blocks anonymously." })
  async deskCalendar(
    @CurrentActor() actor: Actor,
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
    @Args('siteId', SITE_ARG) siteId?: string,
  ): Promise<DeskCalendarRowModel[]> {
    return this.availabilityService.deskCalendar(actor, from, to, siteId);
  }
}

@Resolver(() => DeskBlockModel)
export class DeskBlockResolver {
  constructor(
    private readonly repo: BookingRepository,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => BookingModel, { nullable: true, description: "Null where the caller may not see whose booking it is (another studio's)." })
  // Plain (parent, args, context) parameters, no decorator: Nest calls it directly, without its per-field pipeline (once per block of a calendar).
  async booking(block: DeskBlockModel, _args: unknown, ctx: GqlContext): Promise<BookingModel | null> {
    if (!block.bookingId) return null;
    const booking = block.loadedBooking ?? (await bookingLoader(ctx.loaders, this.repo).load(block.bookingId));
    return booking ? BookingModel.from(booking, this.clock.now()) : null;
  }
}
