import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor } from '../../common/auth/decorators.js';
import { DateScalar } from '../../common/graphql/date.scalar.js';
import type { GqlContext } from '../../common/loaders/request-loaders.js';
import { Clock } from '../../common/time/clock.js';
import { deskLoader } from '../site/desk.loaders.js';
import { DeskModel } from '../site/desk.model.js';
import { SITE_ARG } from '../site/site-arg.js';
import { SiteService } from '../site/site.service.js';
import { contractLoader } from '../studios/contract.loaders.js';
import { ContractModel } from '../studios/contract.model.js';
import { studioLoader } from '../studios/studio.loaders.js';
import { StudioModel } from '../studios/studio.model.js';
import { BookingQueriesService } from './booking-queries.service.js';
import { BookingQuoteModel } from './booking-quote.model.js';
import { BookingQuoteService } from './booking-quote.service.js';
import { BookingUpdateService } from './booking-update.service.js';
import { bookingLoader, bookingRowsLoader } from './booking.loaders.js';
import { BookingModel } from './booking.model.js';
import { BookingRepository } from './booking.repository.js';
import { BookingService } from './booking.service.js';
import { CancellationPreviewModel, cancellationPreview } from './cancellation-preview.js';
import { CancellationService } from './cancellation.service.js';
import { OpenDays } from './desk-days.js';
import { holdsDesks } from './desk-holds.js';
import { BookDesksInput } from './dto/book-desks.input.js';
import { BookingQuoteInput } from './dto/booking-quote.input.js';
import { UpdateBookingInput } from './dto/update-booking.input.js';
import { StudioRepository } from '../studios/studio.repository.js';
import { ContractRepository } from '../studios/contract.repository.js';
import { SiteRepository } from '../site/site.repository.js';

@Resolver(() => BookingModel)
export class BookingResolver {
  constructor(
    private readonly commands: BookingService,
    private readonly updates: BookingUpdateService,
    private readonly cancellations: CancellationService,
    private readonly queries: BookingQueriesService,
    private readonly quotes: BookingQuoteService,
    private readonly repo: BookingRepository,
    private readonly site: SiteService,
    private readonly contractRepo: ContractRepository,
    private readonly siteRepo: SiteRepository,
    private readonly studioRepo: StudioRepository,
    private readonly clock: Clock,
  ) {}

  private model = (e: Parameters<typeof BookingModel.from>[0]) => BookingModel.from(e, this.clock.now());

  @Query(() => [BookingModel], { description: 'Bookings sharing a day with [from, to] (at most 366 days), every status, at one site or (no siteId) every site the caller sees. A manager: its studio only.' })
  async bookings(
    @CurrentActor() actor: Actor,
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
    @Args('studioId', { type: () => ID, nullable: true }) studioId?: string,
    @Args('siteId', SITE_ARG) siteId?: string,
  ): Promise<BookingModel[]> {
    return (await this.queries.list(actor, from, to, studioId, siteId)).map(this.model);
  }

  @Query(() => BookingModel, { description: "One booking (a manager: its studio's; another's answers NOT_FOUND)." })
  async booking(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<BookingModel> {
    return this.model(await this.queries.get(actor, id));
  }

  @Query(() => BookingQuoteModel, { description: 'Price and conflicts of a booking as the dialog would send it, without booking anything.' })
  async bookingQuote(@CurrentActor() actor: Actor, @Args('input') input: BookingQuoteInput): Promise<BookingQuoteModel> {
    return this.quotes.quote(actor, input);
  }

  @Mutation(() => BookingModel, { description: 'Books a block of desks (explicit deskIds, or deskCount picked to keep the team together).' })
  async bookDesks(@CurrentActor() actor: Actor, @Args('input') input: BookDesksInput): Promise<BookingModel> {
    return this.model(await this.commands.book(actor, input));
  }

  @Mutation(() => BookingModel, { description: 'OPTION → CONFIRMED; an expired option answers INVALID_STATE.' })
  async confirmBooking(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<BookingModel> {
    return this.model(await this.commands.confirm(actor, id));
  }

  @Mutation(() => BookingModel, { description: 'Extends, shortens, moves or changes the desks of a live booking, under the booking rules.' })
  async updateBooking(@CurrentActor() actor: Actor, @Args('input') input: UpdateBookingInput): Promise<BookingModel> {
    return this.model(await this.updates.update(actor, input));
  }

  @Mutation(() => BookingModel, { description: 'Cancels a live booking; records the late-cancellation fee window it will bill, if any.' })
  async cancelBooking(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<BookingModel> {
    return this.model(await this.cancellations.cancel(actor, id));
  }

  // Plain (parent, args, context) parameters, no decorator: Nest calls it directly, without its per-field pipeline (once per block of a calendar).
  @ResolveField(() => StudioModel)
  async studio(b: BookingModel, _args: unknown, ctx: GqlContext): Promise<StudioModel> {
    return StudioModel.from((await studioLoader(ctx.loaders, this.studioRepo).load(b.studioId))!);
  }

  @ResolveField(() => ContractModel, { description: 'The contract that covered it when made or last changed.' })
  async contract(@Parent() b: BookingModel, @Context() ctx: GqlContext): Promise<ContractModel> {
    return ContractModel.from((await contractLoader(ctx.loaders, this.contractRepo).load(b.contractId))!);
  }

  @ResolveField(() => [DeskModel], { description: 'Its desks, in the booking\'s order (for a deskCount: the allocator\'s choice, team together first).' })
  async desks(@Parent() b: BookingModel, @Context() ctx: GqlContext): Promise<DeskModel[]> {
    const rows = await bookingRowsLoader(ctx.loaders, this.repo).load(b.id);
    const ids = [...new Set(rows.map((r) => r.deskId))];
    const desks = await Promise.all(ids.map((id) => deskLoader(ctx.loaders, this.siteRepo).load(id)));
    return desks.filter((d) => d !== null).map(DeskModel.from);
  }

  @ResolveField(() => ID, { description: 'The site of its desks (a booking stays within one site).' })
  async siteId(@Parent() b: BookingModel, @Context() ctx: GqlContext): Promise<string> {
    const [row] = await bookingRowsLoader(ctx.loaders, this.repo).load(b.id);
    const desk = row ? await deskLoader(ctx.loaders, this.siteRepo).load(row.deskId) : null;
    return desk?.siteId ?? (await this.site.defaultSiteId());
  }

  @ResolveField(() => Int, { description: 'Days the site opens between its first and last day: the days its desks are billed (calendar days may be more).' })
  async openDays(@Parent() b: BookingModel, @Context() ctx: GqlContext): Promise<number> {
    const calendar = await this.site.calendar(await this.siteId(b, ctx), b.startDate, b.endDate);
    return new OpenDays(calendar, b.startDate, b.endDate).count(b.startDate, b.endDate);
  }

  @ResolveField(() => CancellationPreviewModel, { nullable: true, description: 'What cancelling it today would bill; null once it cannot be cancelled.' })
  async cancellationPreview(@Parent() b: BookingModel, @Context() ctx: GqlContext): Promise<CancellationPreviewModel | null> {
    const booking = await bookingLoader(ctx.loaders, this.repo).load(b.id);
    if (!booking || !holdsDesks(booking, this.clock.now())) return null;
    const [contract, rows] = await Promise.all([contractLoader(ctx.loaders, this.contractRepo).load(b.contractId), bookingRowsLoader(ctx.loaders, this.repo).load(b.id)]);
    if (!contract) return null;
    const calendar = await this.site.calendar(await this.siteId(b, ctx), b.startDate, b.endDate);
    return cancellationPreview(booking, contract, rows, calendar, this.clock.now(), this.clock.today());
  }
}
