import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { CombinedGraphQLErrors } from '@apollo/client/errors';

const TOKEN_KEY = 'flex.token';

export const tokenStore = {
  get: (): string | null => localStorage.getItem(TOKEN_KEY),
  set: (token: string) => localStorage.setItem(TOKEN_KEY, token),
  clear: () => localStorage.removeItem(TOKEN_KEY),
};

/** The auth context registers here what to do when the server says the session is gone. */
let onSessionLost: () => void = () => undefined;
export function setSessionLostHandler(handler: () => void): void {
  onSessionLost = handler;
}

const authLink = new SetContextLink((prev) => {
  const token = tokenStore.get();
  return token ? { headers: { ...prev.headers, authorization: `Bearer ${token}` } } : {};
});

const sessionLink = new ErrorLink(({ error, operation }) => {
  // A wrong password also answers UNAUTHENTICATED: only a signed-in request means "session lost".
  if (operation.operationName === 'Login') return;
  if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
    onSessionLost();
  }
});

export const apolloClient = new ApolloClient({
  link: ApolloLink.from([sessionLink, authLink, new HttpLink({ uri: '/graphql' })]),
  cache: new InMemoryCache(),
  defaultOptions: {
    watchQuery: { fetchPolicy: 'cache-and-network' },
  },
});
