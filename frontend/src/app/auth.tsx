import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import type { MeQuery as MeResult } from '../gql/graphql';
import { LoginMutation, LogoutMutation, MeQuery } from './graphql';
import { setSessionLostHandler } from './apollo';

export type CurrentUser = MeResult['me'];

interface AuthState {
  /** The signed-in user; undefined while loading or when signed out. */
  user: CurrentUser | undefined;
  /** True while `me` tells whether the session cookie still opens a session. */
  loading: boolean;
  /** Runs sites: the network operator or a site operator (their sites only, the server says which). */
  isOperator: boolean;
  /** The network operator: every site, and what is network-wide (sites, studios, accounts, invoicing). */
  isNetworkOperator: boolean;
  login(email: string, password: string): Promise<CurrentUser>;
  logout(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

/**
 * The session is the server's HttpOnly cookie, out of the page's reach: on load, `me` says
 * whether it still opens a session; signing in sets it; signing out (logout) ends the session
 * on the server, which clears the cookie.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signedOut, setSignedOut] = useState(false);
  const { data, loading, error } = useQuery(MeQuery, { skip: signedOut, fetchPolicy: 'cache-first' });
  const user = signedOut || error ? undefined : data?.me;
  const signedIn = useRef(false);
  signedIn.current = Boolean(user);

  // No session (or no longer): stop asking until the next sign-in.
  useEffect(() => {
    if (error) setSignedOut(true);
  }, [error]);

  const endLocally = useCallback(async () => {
    setSignedOut(true);
    await client.clearStore();
  }, [client]);

  const logout = useCallback(async () => {
    await client.mutate({ mutation: LogoutMutation }).catch(() => undefined);
    await endLocally();
    navigate('/login', { replace: true });
  }, [client, endLocally, navigate]);

  useEffect(() => {
    setSessionLostHandler(() => {
      if (!signedIn.current) return;
      signedIn.current = false;
      const from = window.location.pathname + window.location.search;
      void endLocally();
      navigate('/login', { replace: true, state: { from, expired: true } });
    });
  }, [endLocally, navigate]);

  const login = useCallback(
    async (email: string, password: string) => {
      const result = await client.mutate({ mutation: LoginMutation, variables: { email, password } });
      const payload = result.data!.login;
      // The answer's token is for API clients: the browser's session is the cookie just set.
      client.writeQuery({ query: MeQuery, data: { __typename: 'Query', me: payload.user } });
      setSignedOut(false);
      return payload.user;
    },
    [client],
  );

  const value = useMemo<AuthState>(
    () => ({ user, loading: !signedOut && !error && loading && !data, isOperator: user?.role === 'OPERATOR' || user?.role === 'SITE_OPERATOR', isNetworkOperator: user?.role === 'OPERATOR', login, logout }),
    [user, signedOut, data, loading, error, login, logout],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside <AuthProvider>');
  return ctx;
}
