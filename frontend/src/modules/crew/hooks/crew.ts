import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { AddCrewMemberInput, AssignCrewInput, UpdateCrewMemberInput } from '../../../gql/graphql';
import { useSiteScope } from '../../../app/site-scope';
import { describeError, errorInfo } from '../../../ui';
import { settle, useRefresh } from '../../../lib/refresh';
import {
  AddCrewMemberMutation, AssignCrewMutation, CheckOutByIdMutation, CrewDirectoryQuery, CrewMembersQuery, EraseCrewMemberMutation,
  ExportCrewMemberDataQuery, FrontDeskBoardQuery, MemberAssignmentsQuery, OccupancyQuery, OutboxQuery, PassLinkQuery, PassQuery,
  ReissueAccessPassMutation, RemoveCrewMemberMutation, RevokeAccessPassMutation, StaffableBookingsQuery, UnassignCrewMutation, UpdateCrewMemberMutation,
} from '../graphql/crew';
import { ASSIGNMENT_VIEWS, MEMBER_VIEWS, PRESENCE_VIEWS } from './views';

/** Board refresh while the front desk runs: every 20 s, today only. */
const LIVE_BOARD_MS = 20_000;

export function useCrewDirectory(includeRemoved: boolean) {
  return useQuery(CrewDirectoryQuery, { variables: { includeRemoved } });
}

/** A studio's crew, for the assignment picker. */
export function useCrewMembers(studioId: string) {
  const { data } = useQuery(CrewMembersQuery, { variables: { studioId } });
  return data?.crewMembers;
}

export function useMemberAssignments(crewMemberId: string) {
  return useQuery(MemberAssignmentsQuery, { variables: { crewMemberId } });
}

export function useStaffableBookings(bookingId: string | undefined) {
  return useQuery(StaffableBookingsQuery, { variables: { bookingId } });
}

export function usePass(assignmentId: string) {
  return useQuery(PassQuery, { variables: { id: assignmentId } });
}

/** The pass behind a crew member's link (anonymous; not cached: a revoked pass must say so at once). */
export function usePassLink(token: string) {
  return useQuery(PassLinkQuery, { variables: { token }, fetchPolicy: 'network-only', errorPolicy: 'none' });
}

/** The daily board of a day at the site shown; today's is kept live for the front desk. */
export function useFrontDeskBoard(date: string, live: boolean) {
  const { siteId } = useSiteScope();
  return useQuery(FrontDeskBoardQuery, { variables: { date, siteId }, pollInterval: live ? LIVE_BOARD_MS : 0 });
}

/** Booked vs checked-in desk-days of a month, at the site shown or every site. */
export function useOccupancy(month: string) {
  const { siteId } = useSiteScope();
  return useQuery(OccupancyQuery, { variables: { month, siteId } });
}

export function useOutbox(limit: number) {
  return useQuery(OutboxQuery, { variables: { limit } });
}

/** A crew member's personal data as JSON (GDPR access), read fresh when asked for. */
export function useExportCrewMemberData() {
  const client = useApolloClient();
  return async (id: string): Promise<string> => {
    const res = await client.query({ query: ExportCrewMemberDataQuery, variables: { id }, fetchPolicy: 'network-only' });
    return res.data!.exportCrewMemberData;
  };
}

export function useAddCrewMember() {
  const [mutate, { loading, error }] = useMutation(AddCrewMemberMutation, useRefresh(MEMBER_VIEWS));
  const add = async (input: AddCrewMemberInput) => (await settle(mutate({ variables: { input } })))?.addCrewMember ?? null;
  return { add, loading, error };
}

export function useUpdateCrewMember() {
  const [mutate, { loading, error }] = useMutation(UpdateCrewMemberMutation, useRefresh(MEMBER_VIEWS));
  const update = async (id: string, input: UpdateCrewMemberInput) => (await settle(mutate({ variables: { id, input } })))?.updateCrewMember ?? null;
  return { update, loading, error };
}

/** Removes a person from the crew (ends their assignments) or erases their personal data. */
export function useRemoveCrewMember() {
  const refresh = useRefresh(MEMBER_VIEWS);
  const [remove, removing] = useMutation(RemoveCrewMemberMutation, refresh);
  const [erase, erasing] = useMutation(EraseCrewMemberMutation, refresh);
  const run = async (what: 'remove' | 'erase', id: string) =>
    (what === 'remove' ? await settle(remove({ variables: { id } })) : await settle(erase({ variables: { id } }))) !== null;
  return { run, loading: removing.loading || erasing.loading, error: removing.error ?? erasing.error };
}

/** Puts a crew member on a desk of a booking; the new pass's code comes back once. */
export function useAssignCrew() {
  const { t } = useTranslation('crew');
  const [mutate, { loading, error }] = useMutation(AssignCrewMutation, useRefresh(ASSIGNMENT_VIEWS));
  const assign = async (input: AssignCrewInput) => (await settle(mutate({ variables: { input } })))?.assignCrew ?? null;
  const info = error ? errorInfo(error) : null;
  const message = !info
    ? null
    : info.code === 'DESK_UNAVAILABLE'
      ? t('assignments.errors.DESK_UNAVAILABLE')
      : info.extensions.reason === 'CREW_MEMBER_BUSY'
        ? t('assignments.errors.CREW_MEMBER_BUSY')
        : describeError(error, t);
  return { assign, loading, error, message };
}

export function useUnassignCrew() {
  const [mutate, { loading, error }] = useMutation(UnassignCrewMutation, useRefresh(ASSIGNMENT_VIEWS));
  const unassign = async (id: string) => (await settle(mutate({ variables: { id } })))?.unassignCrew ?? null;
  return { unassign, loading, error };
}

/** A new code for an assignment's pass (the old one stops working); revoke stops a code. */
export function usePassActions() {
  const refresh = useRefresh(ASSIGNMENT_VIEWS);
  const [reissue, reissuing] = useMutation(ReissueAccessPassMutation, refresh);
  const [revoke, revoking] = useMutation(RevokeAccessPassMutation, refresh);
  return {
    reissue: async (assignmentId: string) => (await settle(reissue({ variables: { assignmentId } })))?.reissueAccessPass ?? null,
    revoke: async (code: string) => (await settle(revoke({ variables: { code } })))?.revokeAccessPass ?? null,
    loading: reissuing.loading || revoking.loading,
    error: reissuing.error ?? revoking.error,
  };
}

/** Records a departure from the board (the person forgot to check out at the door). */
export function useCheckOutById() {
  const [mutate, { loading, error }] = useMutation(CheckOutByIdMutation, useRefresh(PRESENCE_VIEWS));
  const checkOut = async (checkInId: string) => (await settle(mutate({ variables: { checkInId } })))?.checkOutById ?? null;
  return { checkOut, loading, error };
}
