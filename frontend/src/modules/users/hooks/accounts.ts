import { useMutation, useQuery } from '@apollo/client/react';
import { OutboxQuery } from '../../crew/graphql/crew';
import { settle, useRefresh } from '../../../lib/refresh';
import {
  AcceptInvitationMutation, AccountLinkQuery, ChangePasswordMutation, InviteUserMutation, ResetPasswordMutation, UserStudiosQuery, UsersQuery,
} from '../graphql/users';

/** What an e-mail sent to someone shows up in: the operator's outbox (refreshed by name where on screen). */
export const MAIL_VIEWS = [OutboxQuery];

/** An account invited: the accounts list and the outbox (its invitation e-mail). */
export const ACCOUNT_VIEWS = [UsersQuery, OutboxQuery];

/** Every account (the operator). */
export function useUsers() {
  return useQuery(UsersQuery);
}

/** The studios a manager can be invited to. */
export function useUserStudios() {
  return useQuery(UserStudiosQuery);
}

/** Invites a studio manager (the person sets a password through the e-mailed link). */
export function useInviteUser() {
  return useMutation(InviteUserMutation, useRefresh(ACCOUNT_VIEWS));
}

/** An invitation or reset link, read fresh (it may have been used or expired since). */
export function useAccountLink(token: string) {
  return useQuery(AccountLinkQuery, { variables: { token }, fetchPolicy: 'network-only' });
}

/** Sets a password through an invitation or reset link (anonymous: nothing cached changes). True when it was set. */
export function useSetPasswordFromLink(purpose: 'INVITATION' | 'PASSWORD_RESET') {
  const [accept, accepting] = useMutation(AcceptInvitationMutation);
  const [reset, resetting] = useMutation(ResetPasswordMutation);
  const setPassword = async (token: string, password: string) => {
    const variables = { token, password };
    const done = purpose === 'INVITATION' ? await settle(accept({ variables })) : await settle(reset({ variables }));
    return done !== null;
  };
  return { setPassword, loading: accepting.loading || resetting.loading, error: accepting.error ?? resetting.error };
}

/** Changes the signed-in user's own password (the other sessions end; nothing cached changes). */
export function useChangePassword() {
  return useMutation(ChangePasswordMutation);
}
