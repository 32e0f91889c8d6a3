import { useMutation, useQuery } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import type { CalendarFeedQuery as FeedResult, CalendarFeedScope } from '../../../gql/graphql';
import { CalendarFeedQuery, CreateCalendarFeedMutation, RevokeCalendarFeedMutation } from '../graphql/calendar-feed';

export type CalendarFeed = NonNullable<FeedResult['calendarFeed']>;

/** The feed's addresses: https for copying, webcal: for "open in my calendar app". */
export function feedUrls(path: string, origin = window.location.origin): { url: string; webcal: string } {
  const url = new URL(path, origin).toString();
  return { url, webcal: url.replace(/^https?:/, 'webcal:') };
}

/**
 * A studio's (or the site's) calendar feed, with create (which also replaces) and revoke.
 * Both write the answer into the cached `calendarFeed` query, so the card updates at once.
 */
export function useCalendarFeed(scope: CalendarFeedScope, studioId?: string) {
  const variables = { scope, studioId: studioId ?? null };
  const { data, loading, error, refetch } = useQuery(CalendarFeedQuery, { variables });
  const write = (cache: ApolloCache, feed: CalendarFeed | null) => cache.writeQuery({ query: CalendarFeedQuery, variables, data: { __typename: 'Query', calendarFeed: feed } });
  const [createMutation, creating] = useMutation(CreateCalendarFeedMutation, {
    update: (cache, { data: created }) => created && write(cache, created.createCalendarFeed),
  });
  const [revokeMutation, revoking] = useMutation(RevokeCalendarFeedMutation, {
    update: (cache, { data: revoked }) => revoked && write(cache, null),
  });
  return {
    feed: data?.calendarFeed ?? null,
    loading: loading && !data,
    error,
    refetch,
    create: () => createMutation({ variables }),
    revoke: (id: string) => revokeMutation({ variables: { id } }),
    creating: creating.loading,
    revoking: revoking.loading,
  };
}
