import { useMemo } from 'react';
import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import type { DocumentNode } from 'graphql';

/**
 * The data layer's one way to refresh after a mutation: the named queries a change affects
 * (each module lists its own), refetched where they are on screen, and awaited so that what
 * the user sees next is up to date. The others read again when next shown (every query is
 * cache-and-network). Never `refetchQueries: 'active'`: a change says what it changes.
 */
export function useRefresh(views: readonly DocumentNode[]) {
  const client = useApolloClient();
  return useMemo(
    () => ({ refetchQueries: () => shownQueries(client, views), awaitRefetchQueries: true }),
    [client, views],
  );
}

/** The names of `views` that some mounted, not skipped, query is watching now. */
export function shownQueries(client: ApolloClient, views: readonly DocumentNode[]): string[] {
  const wanted = new Set(views.map(operationName));
  const shown = new Set<string>();
  for (const query of client.getObservableQueries('active')) {
    if (query.queryName && wanted.has(query.queryName)) shown.add(query.queryName);
  }
  return [...shown];
}

export function operationName(document: DocumentNode): string | undefined {
  for (const definition of document.definitions) {
    if (definition.kind === 'OperationDefinition' && definition.name) return definition.name.value;
  }
  return undefined;
}

/** A mutation's data, or null when it was refused (its error stays in the hook's state). */
export async function settle<T>(run: Promise<{ data?: T | null }>): Promise<T | null> {
  try {
    return (await run).data ?? null;
  } catch {
    return null;
  }
}
