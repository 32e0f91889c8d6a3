import { useApolloClient, useMutation } from '@apollo/client/react';
import { useSiteScope } from '../../../app/site-scope';
import { useRefresh } from '../../../lib/refresh';
import { CheckInMutation, CheckOutMutation, DoorCheckQuery, KioskCheckInMutation, KioskCheckOutMutation } from '../graphql/crew';
import { PRESENCE_VIEWS } from './views';

/**
 * What a code opens right now at the door of the site shown (a pass for another site: WRONG_SITE), asked
 * fresh each time (a pass may have been revoked a second ago).
 */
export function useDoorCheck() {
  const client = useApolloClient();
  const siteId = useSiteScope().current?.id;
  return async (code: string) => {
    const res = await client.query({ query: DoorCheckQuery, variables: { code, siteId }, fetchPolicy: 'network-only' });
    return res.data!.verifyAccess;
  };
}

/** The front desk of the site shown records an arrival or a departure: the daily board and the occupancy refresh. */
export function useFrontDeskPresence() {
  const refresh = useRefresh(PRESENCE_VIEWS);
  const siteId = useSiteScope().current?.id;
  const [checkInAt, checkingIn] = useMutation(CheckInMutation, refresh);
  const checkIn = (code: string) => checkInAt({ variables: { code, siteId } });
  const [checkOut, checkingOut] = useMutation(CheckOutMutation, refresh);
  return { checkIn, checkingIn, checkOut, checkingOut };
}

/** The door kiosk (anonymous): nothing of it is cached, nothing to refresh. */
export function useKioskPresence() {
  const [checkIn, checkingIn] = useMutation(KioskCheckInMutation);
  const [checkOut, checkingOut] = useMutation(KioskCheckOutMutation);
  return { checkIn, checkingIn, checkOut, checkingOut };
}
