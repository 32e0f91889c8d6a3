import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor } from '../../common/auth/decorators.js';
import { CalendarFeedScope } from './calendar-feed.entity.js';
import { CalendarFeedModel } from './calendar-feed.model.js';
import { CalendarFeedService } from './calendar-feed.service.js';

const scopeArg = { type: () => CalendarFeedScope };
const studioArg = { type: () => ID, nullable: true, description: 'For scope STUDIO: the studio (a manager: its own, the default)' };

@Resolver(() => CalendarFeedModel)
export class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Query(() => CalendarFeedModel, { nullable: true, description: "The live calendar feed of a studio (a manager: its own) or of the site (operator); null when none." })
  async calendarFeed(@CurrentActor() actor: Actor, @Args('scope', scopeArg) scope: CalendarFeedScope, @Args('studioId', studioArg) studioId?: string): Promise<CalendarFeedModel | null> {
    const view = await this.feeds.current(actor, scope, studioId);
    return view && CalendarFeedModel.from(view);
  }

  @Mutation(() => CalendarFeedModel, { description: 'Issues a new private calendar URL; the previous one of the same studio (or site) stops working.' })
  async createCalendarFeed(@CurrentActor() actor: Actor, @Args('scope', scopeArg) scope: CalendarFeedScope, @Args('studioId', studioArg) studioId?: string): Promise<CalendarFeedModel> {
    return CalendarFeedModel.from(await this.feeds.create(actor, scope, studioId));
  }

  @Mutation(() => CalendarFeedModel, { description: 'The URL stops working at once (calendar apps get 404).' })
  async revokeCalendarFeed(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<CalendarFeedModel> {
    return CalendarFeedModel.from(await this.feeds.revoke(actor, id));
  }
}
