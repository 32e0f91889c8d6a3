import { useApolloClient, useMutation } from '@apollo/client/react';
import { useRefresh } from '../../../lib/refresh';
import { CheckInMutation, CheckOutMutation, DoorCheckQuery, KioskCheckInMutation, KioskCheckOutMutation } from '../graphql/crew';
import { PRESENCE_VIEWS } from './views';

/** What a code opens right now, asked fresh each time (a pass may have been revoked a second ago). */
export function useDoorCheck() {
  const client = useApolloClient();
  return async (code: string) => {
    const res = await client.query({ query: DoorCheckQuery, variables: { code }, fetchPolicy: 'network-only' });
    return res.data!.verifyAccess;
  };
}

/** The front desk records an arrival or a departure: the daily board and the occupancy refresh. */
export function useFrontDeskPresence() {
  const refresh = useRefresh(PRESENCE_VIEWS);
  const [checkIn, checkingIn] = useMutation(CheckInMutation, refresh);
  const [checkOut, checkingOut] = useMutation(CheckOutMutation, refresh);
  return { checkIn, checkingIn, checkOut, checkingOut };
}

/** The door kiosk (anonymous): nothing of it is cached, nothing to refresh. */
export function useKioskPresence() {
  const [checkIn, checkingIn] = useMutation(KioskCheckInMutation);
  const [checkOut, checkingOut] = useMutation(KioskCheckOutMutation);
  return { checkIn, checkingIn, checkOut, checkingOut };
}
