import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { describeError, useToast } from '../../../ui';
import type { UsersQuery as Result } from '../../../gql/graphql';
import { useRefresh } from '../../../lib/refresh';
import { DisableUserMutation, EnableUserMutation, SendPasswordResetMutation } from '../graphql/users';
import { MAIL_VIEWS } from './accounts';

export type Account = Result['users'][number];

/** The operator's actions on an account, each saying in a toast what happened. */
export function useUserAdmin() {
  const { t } = useTranslation('users');
  const toast = useToast();
  const [disable, disabling] = useMutation(DisableUserMutation);
  const [enable, enabling] = useMutation(EnableUserMutation);
  const [sendReset, sending] = useMutation(SendPasswordResetMutation, useRefresh(MAIL_VIEWS));
  const fail = (error: unknown) => toast.error(describeError(error, t));

  return {
    busy: disabling.loading || enabling.loading || sending.loading,
    disable: (a: Account) =>
      disable({ variables: { userId: a.id } }).then(() => toast.success(t('users.disabled', { name: a.fullName })), fail),
    enable: (a: Account) =>
      enable({ variables: { userId: a.id } }).then(() => toast.success(t('users.enabled', { name: a.fullName })), fail),
    sendReset: (a: Account) =>
      sendReset({ variables: { userId: a.id } }).then(() => toast.success(t('users.resetSent', { email: a.email })), fail),
  };
}
