import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { OpenMaintenanceTicketInput } from '../../../gql/graphql';
import { useSiteScope } from '../../../app/site-scope';
import { settle, useRefresh } from '../../../lib/refresh';
import {
  MaintenanceBoardQuery, MoveBookingDeskMutation, MovesNeededQuery, OpenMaintenanceTicketMutation, ResolveMaintenanceTicketMutation,
  StartMaintenanceTicketMutation, TicketKitChoicesQuery,
} from '../graphql/maintenance';
import { KIT_VIEWS, MOVE_VIEWS } from './views';

/** The tickets of the site shown (or every site). */
export function useMaintenanceBoard() {
  const { siteId } = useSiteScope();
  return useQuery(MaintenanceBoardQuery, { variables: { siteId } });
}

/** Kits a ticket can be opened on (not retired); skipped when the kit is given. */
export function useTicketKitChoices(skip: boolean) {
  const { data } = useQuery(TicketKitChoicesQuery, { skip });
  return (data?.kits ?? []).filter((k) => k.status !== 'RETIRED');
}

/** Bookings and crew on out-of-service desks, each with a suggested free desk. */
export function useMovesNeeded() {
  return useQuery(MovesNeededQuery);
}

export function useOpenTicket() {
  const { t } = useTranslation('kits');
  const [mutate, { loading, error }] = useMutation(OpenMaintenanceTicketMutation, useRefresh(KIT_VIEWS));
  const open = async (input: OpenMaintenanceTicketInput) => (await settle(mutate({ variables: { input } })))?.openMaintenanceTicket ?? null;
  return { open, loading, error, messages: { INVALID_STATE: t('ticketForm.errors.INVALID_STATE') } };
}

export function useStartTicket() {
  const { t } = useTranslation('kits');
  const [mutate, { loading, error }] = useMutation(StartMaintenanceTicketMutation, useRefresh(KIT_VIEWS));
  const start = async (id: string) => (await settle(mutate({ variables: { id } })))?.startMaintenanceTicket ?? null;
  return { start, loading, error, messages: { INVALID_STATE: t('board.errors.INVALID_STATE') } };
}

export function useResolveTicket() {
  const { t } = useTranslation('kits');
  const [mutate, { loading, error }] = useMutation(ResolveMaintenanceTicketMutation, useRefresh(KIT_VIEWS));
  const resolve = async (id: string, resolution: string) => (await settle(mutate({ variables: { id, resolution } })))?.resolveMaintenanceTicket ?? null;
  return { resolve, loading, error, messages: { INVALID_STATE: t('board.errors.INVALID_STATE') } };
}

/** Moves a booking (and its crew) off an out-of-service desk. */
export function useMoveBookingDesk() {
  const { t } = useTranslation('kits');
  const [mutate, { loading, error }] = useMutation(MoveBookingDeskMutation, useRefresh(MOVE_VIEWS));
  const move = async (bookingId: string, fromDeskId: string, toDeskId: string) =>
    (await settle(mutate({ variables: { bookingId, fromDeskId, toDeskId } })))?.moveBookingDesk ?? null;
  return { move, loading, error, messages: { DESK_UNAVAILABLE: t('moves.errors.DESK_UNAVAILABLE') } };
}
