import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { BookDesksInput, BookingQuoteInput } from '../../../gql/graphql';
import { useSiteScope } from '../../../app/site-scope';
import { settle, useRefresh } from '../../../lib/refresh';
import { useDebounced } from '../../../lib/use-debounced';
import { AvailabilityQuery, BookDesksMutation, BookingQuoteQuery, DeskCalendarQuery, FreeDesksQuery } from '../graphql/calendar';
import type { Range } from '../timeline/dates';
import { BOOKING_VIEWS } from './views';

/** The desks × days of a period at the site shown and each day's availability (open, free desks). */
export function useDeskCalendar(range: Range) {
  const { siteId } = useSiteScope();
  const variables = { ...range, siteId };
  const calendar = useQuery(DeskCalendarQuery, { variables, fetchPolicy: 'cache-and-network' });
  const availability = useQuery(AvailabilityQuery, { variables, fetchPolicy: 'cache-and-network' });
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
