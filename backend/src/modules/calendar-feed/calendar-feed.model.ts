import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CalendarFeedScope } from './calendar-feed.entity.js';
import type { FeedView } from './calendar-feed.service.js';

registerEnumType(CalendarFeedScope, { name: 'CalendarFeedScope', description: "STUDIO: one studio's bookings and crew assignments; SITE: every studio's bookings (operator)." });

@ObjectType('CalendarFeed', { description: 'A private iCalendar (RFC 5545) URL that calendar apps subscribe to; anyone holding it reads the feed.' })
export class CalendarFeedModel {
  @Field(() => ID) id: string;
  @Field(() => CalendarFeedScope) scope: CalendarFeedScope;
  @Field(() => ID, { nullable: true, description: 'The studio of a STUDIO feed' }) studioId: string | null;
  @Field(() => String, {
    nullable: true,
    description: "Path of the feed under the site's address (/api/calendar/<token>.ics); null once revoked (or when the secret key changed: make a new one).",
  })
  path: string | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'Last time a calendar app read it (to the minute)' }) lastFetchedAt: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;

  static from({ feed, path }: FeedView): CalendarFeedModel {
    return Object.assign(new CalendarFeedModel(), {
      id: feed.id,
      scope: feed.scope,
      studioId: feed.studioId,
      path,
      createdAt: feed.createdAt,
      lastFetchedAt: feed.lastFetchedAt,
      revokedAt: feed.revokedAt,
    });
  }
}
