import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import type { MeQuery as MeResult } from '../gql/graphql';
import { LoginMutation, MeQuery } from './graphql';
import { setSessionLostHandler, tokenStore } from './apollo';

export type CurrentUser = MeResult['me'];

interface AuthState {
  /** The signed-in user; undefined while loading or when signed out. */
  user: CurrentUser | undefined;
  /** True while the session is being restored from a stored token. */
  loading: boolean;
  isOperator: boolean;
  login(email: string, password: string): Promise<CurrentUser>;
  logout(): void;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [token, setToken] = useState<string | null>(() => tokenStore.get());
  const { data, loading, error } = useQuery(MeQuery, { skip: !token, fetchPolicy: 'cache-first' });

  const logout = useCallback(() => {
    tokenStore.clear();
    setToken(null);
    void client.clearStore();
    navigate('/login', { replace: true });
  }, [client, navigate]);

  useEffect(() => {
    setSessionLostHandler(() => {
      if (!tokenStore.get()) return;
      const from = window.location.pathname + window.location.search;
      tokenStore.clear();
      setToken(null);
      void client.clearStore();
      navigate('/login', { replace: true, state: { from, expired: true } });
    });
  }, [client, navigate]);

  const login = useCallback(
    async (email: string, password: string) => {
      const result = await client.mutate({ mutation: LoginMutation, variables: { email, password } });
      const payload = result.data!.login;
      tokenStore.set(payload.token);
      client.writeQuery({ query: MeQuery, data: { __typename: 'Query', me: payload.user } });
      setToken(payload.token);
      return payload.user;
    },
    [client],
  );

  const value = useMemo<AuthState>(() => {
    const user = token && !error ? data?.me : undefined;
    return {
      user,
      loading: Boolean(token) && loading && !data,
      isOperator: user?.role === 'OPERATOR',
      login,
      logout,
    };
  }, [token, data, loading, error, login, logout]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside <AuthProvider>');
  return ctx;
}
