import { useQuery, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { BookingListQueryVariables } from '../../../gql/graphql';
import { useSiteScope } from '../../../app/site-scope';
import { settle, useRefresh } from '../../../lib/refresh';
import { useDebounced } from '../../../lib/use-debounced';
import { changeTakenMessage } from '../conflicts';
import { BookingChangeQuoteQuery, BookingDetailQuery, BookingListQuery, CancelBookingMutation, ConfirmBookingMutation, UpdateBookingMutation } from '../graphql/bookings';
import { BOOKING_VIEWS } from './views';

/** Bookings over a period at the site shown (or every site), of one studio or all (the operator). */
export function useBookingList(variables: Omit<BookingListQueryVariables, 'siteId'>, skip: boolean) {
  const { siteId } = useSiteScope();
  return useQuery(BookingListQuery, { variables: { ...variables, siteId }, skip });
}

/** One booking with its contract and cancellation preview; `fresh` reads it again now (today's fee). */
export function useBookingDetail(id: string, { fresh = false } = {}) {
  return useQuery(BookingDetailQuery, { variables: { id }, ...(fresh && { fetchPolicy: 'network-only' as const }) });
}

const CHANGE_DELAY_MS = 300;

/** What new dates for a booking would cost and break, asked once the dates have settled. */
export function useBookingChangeQuote(booking: { id: string; studio: { id: string }; startDate: string; endDate: string }, startDate: string, endDate: string) {
  const settled = useDebounced(`${startDate}|${endDate}`, CHANGE_DELAY_MS);
  const [from = '', to = ''] = settled.split('|');
  const rangeOk = Boolean(from && to && from <= to);
  const result = useQuery(BookingChangeQuoteQuery, {
    variables: { input: { bookingId: booking.id, studioId: booking.studio.id, startDate: from, endDate: to } },
    skip: !rangeOk || (from === booking.startDate && to === booking.endDate),
    fetchPolicy: 'network-only',
  });
  return { quote: result.data?.bookingQuote, loading: result.loading, error: result.error, rangeOk };
}

/** What a live booking costs as it stands (the quote of the booking itself, as invoicing will bill it). */
export function useBookingPrice(booking: { id: string; studio: { id: string }; startDate: string; endDate: string }, live: boolean) {
  const result = useQuery(BookingChangeQuoteQuery, {
    variables: { input: { bookingId: booking.id, studioId: booking.studio.id, startDate: booking.startDate, endDate: booking.endDate } },
    skip: !live,
    fetchPolicy: 'cache-and-network',
  });
  return { quote: result.data?.bookingQuote, error: result.error };
}

/** Confirms an option. */
export function useConfirmBooking() {
  const { t } = useTranslation('booking');
  const [mutate, { loading, error }] = useMutation(ConfirmBookingMutation, useRefresh(BOOKING_VIEWS));
  const confirm = async (id: string) => (await settle(mutate({ variables: { id } })))?.confirmBooking ?? null;
  return { confirm, loading, error, messages: { INVALID_STATE: t('bookings.errors.INVALID_STATE_CONFIRM') } };
}

/** Cancels a booking (the fee, if any, is recorded by the server). */
export function useCancelBooking() {
  const { t } = useTranslation('booking');
  const [mutate, { loading, error }] = useMutation(CancelBookingMutation, useRefresh(BOOKING_VIEWS));
  const cancel = async (id: string) => (await settle(mutate({ variables: { id } })))?.cancelBooking ?? null;
  return { cancel, loading, error, messages: { INVALID_STATE: t('bookings.errors.INVALID_STATE_CANCEL') } };
}

/** Moves a live booking's first or last day (same desks). */
export function useUpdateBooking() {
  const { t } = useTranslation('booking');
  const [mutate, { loading, error }] = useMutation(UpdateBookingMutation, useRefresh(BOOKING_VIEWS));
  const update = async (input: { id: string; startDate?: string; endDate?: string }) => (await settle(mutate({ variables: { input } })))?.updateBooking ?? null;
  const messages = {
    DESK_UNAVAILABLE: changeTakenMessage(error, t) ?? t('bookings.errors.DESK_UNAVAILABLE'),
    CONTRACT_LIMIT: t('bookings.errors.CONTRACT_LIMIT'),
    INSURANCE_EXPIRED: t('bookings.errors.INSURANCE_EXPIRED'),
    NO_ACTIVE_CONTRACT: t('bookings.errors.NO_ACTIVE_CONTRACT'),
    INVALID_STATE: t('bookings.errors.INVALID_STATE'),
    BAD_USER_INPUT: t('bookings.errors.BAD_USER_INPUT'),
  };
  return { update, loading, error, messages };
}
