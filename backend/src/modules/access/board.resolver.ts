import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import { DateScalar } from '../../common/graphql/date.scalar.js';
import type { GqlContext } from '../../common/loaders/request-loaders.js';
import { crewMemberLoader } from '../crew/crew.loaders.js';
import { CrewAssignmentModel, CrewMemberModel } from '../crew/crew.model.js';
import { deskLoader } from '../site/desk.loaders.js';
import { DeskModel } from '../site/desk.model.js';
import { SITE_ARG } from '../site/site-arg.js';
import { studioLoader } from '../studios/studio.loaders.js';
import { StudioModel } from '../studios/studio.model.js';
import { Role } from '../users/user.entity.js';
import { BoardEntryModel, CheckInModel, StudioOccupancyModel } from './access.model.js';
import { BoardService } from './board.service.js';
import { SiteRepository } from '../site/site.repository.js';
import { CrewRepository } from '../crew/crew.repository.js';
import { StudioRepository } from '../studios/studio.repository.js';

@Resolver(() => BoardEntryModel)
export class BoardResolver {
  constructor(
    private readonly board: BoardService,
    private readonly crewRepo: CrewRepository,
    private readonly siteRepo: SiteRepository,
    private readonly studioRepo: StudioRepository,
  ) {}

  @Roles(Role.OPERATOR, Role.SITE_OPERATOR)
  @Query(() => [BoardEntryModel], {
    description:
      'Operator: the desks of one site (siteId; default: the first) on a day with FREE / EXPECTED / PRESENT / LEFT / NO_SHOW / MAINTENANCE. NO_SHOW: assigned, not arrived, and the day is over or it is past the no-show cutoff (setting crew.noShowAfter, default 12:00 Europe/Paris).',
  })
  async dailyBoard(
    @CurrentActor() actor: Actor,
    @Args('date', { type: () => DateScalar }) date: string,
    @Args('siteId', SITE_ARG) siteId?: string,
  ): Promise<BoardEntryModel[]> {
    return (await this.board.dailyBoard(actor, date, siteId)).map((e) =>
      Object.assign(new BoardEntryModel(), {
        date,
        status: e.status,
        deskId: e.deskId,
        crewMemberId: e.crewMemberId,
        studioId: e.studioId,
        booked: e.booked,
        assignment: e.assignment ? CrewAssignmentModel.from(e.assignment) : null,
        checkIn: e.checkIn ? CheckInModel.from(e.checkIn) : null,
        loaded: e.loaded,
      }),
    );
  }

  @Query(() => [StudioOccupancyModel], { description: 'Booked vs checked-in desk-days per studio for a month (YYYY-MM), at one site or (no siteId) every site the caller sees. Managers: their studio.' })
  async occupancy(
    @CurrentActor() actor: Actor,
    @Args('month') month: string,
    @Args('studioId', { type: () => ID, nullable: true }) studioId?: string,
    @Args('siteId', SITE_ARG) siteId?: string,
  ): Promise<StudioOccupancyModel[]> {
    return (await this.board.occupancy(actor, month, studioId, siteId)).map((r) => Object.assign(new StudioOccupancyModel(), r));
  }

  // The three fields take plain (parent, args, context) parameters, no decorator: Nest calls them directly, and they answer from what the board read.
  @ResolveField(() => DeskModel)
  async desk(e: BoardEntryModel, _args: unknown, ctx: GqlContext): Promise<DeskModel> {
    if (e.loaded) return Object.assign(DeskModel.from(e.loaded.desk), { bookable: e.loaded.bookable });
    return DeskModel.from((await deskLoader(ctx.loaders, this.siteRepo).load(e.deskId))!);
  }

  @ResolveField(() => CrewMemberModel, { nullable: true, description: 'Who is expected or came (also under MAINTENANCE: to be moved).' })
  async crewMember(e: BoardEntryModel, _args: unknown, ctx: GqlContext): Promise<CrewMemberModel | null> {
    if (!e.crewMemberId) return null;
    return CrewMemberModel.from(e.loaded?.crewMember ?? (await crewMemberLoader(ctx.loaders, this.crewRepo).load(e.crewMemberId))!);
  }

  @ResolveField(() => StudioModel, { nullable: true, description: 'The studio holding the desk that day.' })
  async studio(e: BoardEntryModel, _args: unknown, ctx: GqlContext): Promise<StudioModel | null> {
    if (!e.studioId) return null;
    return StudioModel.from(e.loaded?.studio ?? (await studioLoader(ctx.loaders, this.studioRepo).load(e.studioId))!);
  }
}

@Resolver(() => StudioOccupancyModel)
export class OccupancyResolver {
  constructor(
    private readonly studioRepo: StudioRepository,
  ) {}

  @ResolveField(() => StudioModel)
  async studio(@Parent() r: StudioOccupancyModel, @Context() ctx: GqlContext): Promise<StudioModel> {
    return StudioModel.from((await studioLoader(ctx.loaders, this.studioRepo).load(r.studioId))!);
  }
}
