import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The auth context registers here what to do when the server says the session is gone. */
let onSessionLost: () => void = () => undefined;
export function setSessionLostHandler(handler: () => void): void {
  onSessionLost = handler;
}

/** Answers where UNAUTHENTICATED does not mean "the session is gone" (a wrong password, a link page). */
const NOT_SESSION_BOUND = new Set(['Login', 'Logout', 'Me', 'AccountLink', 'AcceptInvitation', 'ResetPassword']);

const sessionLink = new ErrorLink(({ error, operation }) => {
  if (NOT_SESSION_BOUND.has(operation.operationName ?? '')) return;
  if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
    onSessionLost();
  }
});

/**
 * The session travels in an HttpOnly cookie the server sets at sign-in: page scripts never
 * see or store it. Same origin only (the API serves the app).
 */
export const apolloClient = new ApolloClient({
  link: ApolloLink.from([sessionLink, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
  cache: new InMemoryCache(),
  defaultOptions: {
    watchQuery: { fetchPolicy: 'cache-and-network' },
  },
});
