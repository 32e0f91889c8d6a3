import { useState } from 'react';
import type { ApolloClient } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import type { BookDesksInput, BookingQuoteInput } from '../../../gql/graphql';
import { useSiteScope } from '../../../app/site-scope';
import { settle, useRefresh } from '../../../lib/refresh';
import { useDebounced } from '../../../lib/use-debounced';
import { AvailabilityQuery, BookDesksMutation, BookingQuoteQuery, DeskCalendarQuery, FreeDesksQuery } from '../graphql/calendar';
import { StudiosQuery } from '../graphql/shared';
import type { Range } from '../timeline/dates';
import { BOOKING_VIEWS } from './views';

/**
 * Asks for what the calendar shows first (the period's desks and days, the studios' names)
 * as soon as the page's code arrives, before React renders it: useDeskCalendar then finds the
 * answers in flight or in the cache. A signed-out visitor's refusal is ignored here.
 */
export function prefetchCalendar(client: ApolloClient, range: Range, siteId: string | undefined): void {
  prefetched = { key: periodKey(range, siteId), at: Date.now() };
  const variables = { ...range, siteId };
  for (const query of [DeskCalendarQuery, AvailabilityQuery] as const) void client.query({ query, variables, fetchPolicy: 'network-only' }).catch(() => undefined);
  void client.query({ query: StudiosQuery }).catch(() => undefined);
}

let prefetched: { key: string; at: number } | undefined;
const periodKey = (range: Range, siteId: string | undefined) => `${range.from}/${range.to}/${siteId ?? ''}`;
const PREFETCH_FRESH_MS = 10_000;

/**
 * The desks × days of a period at the site shown and each day's availability (open, free desks). Asked for
 * again each time (others book meanwhile), except right after prefetchCalendar asked for the
 * same period: then its answer (in flight or cached) is used as is, not asked twice.
 */
export function useDeskCalendar(range: Range) {
  const { siteId } = useSiteScope();
  const fresh = prefetched?.key === periodKey(range, siteId) && Date.now() - prefetched.at < PREFETCH_FRESH_MS;
  const fetchPolicy = fresh ? 'cache-first' : 'cache-and-network';
  const variables = { ...range, siteId };
  const calendar = useQuery(DeskCalendarQuery, { variables, fetchPolicy, nextFetchPolicy: 'cache-and-network' });
  const availability = useQuery(AvailabilityQuery, { variables, fetchPolicy, nextFetchPolicy: 'cache-and-network' });
  return { calendar, availability };
}

/** Desks free on every day of a range; null while unknown or not asked. */
export function useFreeDeskCount(range: Range, skip: boolean): number | null {
  const { siteId } = useSiteScope();
  const free = useQuery(FreeDesksQuery, { variables: { from: range.from, to: range.to, siteId }, skip });
  return skip ? null : (free.data?.freeDesks.length ?? null);
}

const QUOTE_DELAY_MS = 250;
/** The variables of a skipped quote (never sent). */
const NOTHING_TO_QUOTE: BookingQuoteInput = { studioId: '', startDate: '', endDate: '' };

/**
 * The price and conflicts of a booking before it is made, asked again once the input has
 * settled (not at every keystroke). `input` null: not ready to ask. `current`: the quote
 * shown answers the input as it is now.
 */
export function useBookingQuote(input: BookingQuoteInput | null) {
  const wanted = input ? JSON.stringify(input) : '';
  const requested = useDebounced(wanted, QUOTE_DELAY_MS);
  const result = useQuery(BookingQuoteQuery, {
    variables: { input: requested ? (JSON.parse(requested) as BookingQuoteInput) : (input ?? NOTHING_TO_QUOTE) },
    skip: !requested,
    fetchPolicy: 'network-only',
  });
  const quote = input ? (result.data?.bookingQuote ?? result.previousData?.bookingQuote) : undefined;
  const current = !!input && requested === wanted && !result.loading && !!result.data;
  const refetch = () => {
    if (requested) void result.refetch();
  };
  return { quote, current, error: result.error, refetch };
}

/**
 * Books desks (bookDesks), once per opening of the dialog whatever the retries: the
 * idempotency key lives as long as the component using this hook.
 */
export function useBookDesks() {
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [mutate, { loading, error }] = useMutation(BookDesksMutation, useRefresh(BOOKING_VIEWS));
  const book = async (input: Omit<BookDesksInput, 'idempotencyKey'>) => (await settle(mutate({ variables: { input: { ...input, idempotencyKey } } })))?.bookDesks ?? null;
  return { book, loading, error };
}

function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Each day of a range: open or closed (weekend, public holiday, closure), free and booked desks. */
export function useAvailability(range: Range) {
  const { siteId } = useSiteScope();
  return useQuery(AvailabilityQuery, { variables: { ...range, siteId } }).data?.availability;
}
