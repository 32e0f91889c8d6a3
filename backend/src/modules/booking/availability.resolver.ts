import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor } from '../../common/auth/decorators.js';
import { DateScalar } from '../../common/graphql/date.scalar.js';
import type { GqlContext } from '../../common/loaders/request-loaders.js';
import { Clock } from '../../common/time/clock.js';
import { DeskModel } from '../site/desk.model.js';
import { DayAvailabilityModel, DeskBlockModel, DeskCalendarRowModel } from './availability.model.js';
import { AvailabilityService } from './availability.service.js';
import { deskModel } from './booking-input.js';
import { bookingLoader } from './booking.loaders.js';
import { BookingModel } from './booking.model.js';
import { BookingRepository } from './booking.repository.js';

@Resolver(() => DeskCalendarRowModel)
export class AvailabilityResolver {
  constructor(private readonly availabilityService: AvailabilityService) {}

  @Query(() => [DayAvailabilityModel], { description: 'Per day of [from, to] (at most 366 days): open or not, free and booked desk counts.' })
  async availability(@Args('from', { type: () => DateScalar }) from: string, @Args('to', { type: () => DateScalar }) to: string): Promise<DayAvailabilityModel[]> {
    return this.availabilityService.availability(from, to);
  }

  @Query(() => [DeskModel], { description: 'Bookable desks free on every day of [from, to], by code.' })
  async freeDesks(@Args('from', { type: () => DateScalar }) from: string, @Args('to', { type: () => DateScalar }) to: string): Promise<DeskModel[]> {
    return (await this.availabilityService.freeDesks(from, to)).map(deskModel);
  }

  @Query(() => [DeskCalendarRowModel], { description: "Every desk with its live blocks over [from, to]; a manager sees other studios' blocks anonymously." })
  async deskCalendar(
    @CurrentActor() actor: Actor,
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
  ): Promise<DeskCalendarRowModel[]> {
    return this.availabilityService.deskCalendar(actor, from, to);
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
    const booking = await bookingLoader(ctx.loaders, this.repo).load(block.bookingId);
    return booking ? BookingModel.from(booking, this.clock.now()) : null;
  }
}
