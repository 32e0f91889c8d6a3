import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, FieldNode, Kind, SelectionSetNode, valueFromASTUntyped } from 'graphql';
import { daysBetween, isLocalDate } from '../time/dates.js';
import { requestLimitError } from './request-limit-error.js';

/**
 * The lists of this API are sized by a period (`from`, `to`): the calendar's rows, the days
 * of availability, a report's months, the bookings of a range. Each field bounds its own
 * period; the request as a whole, over all its fields and aliases, gets a budget of days
 * that the application sets (src/request-budget.ts: one full-length report and a year).
 */

type Variables = Record<string, unknown> | undefined;

/** Days of [from, to] asked by one field (0 when it has no valid period: the field refuses it itself). */
function fieldDays(field: FieldNode, variables: Variables): number {
  const arg = (name: string) => {
    const node = field.arguments?.find((a) => a.name.value === name);
    return node ? valueFromASTUntyped(node.value, variables) : undefined;
  };
  const from = arg('from');
  const to = arg('to');
  if (!isLocalDate(from) || !isLocalDate(to) || to < from) return 0;
  return daysBetween(from, to) + 1;
}

/** Every field of the selection, fragments included, each time it is selected (aliases count apart). */
function requestedDays(set: SelectionSetNode, document: DocumentNode, variables: Variables, seen: Set<string>): number {
  let days = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      days += fieldDays(selection, variables);
      if (selection.selectionSet) days += requestedDays(selection.selectionSet, document, variables, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      days += requestedDays(selection.selectionSet, document, variables, seen);
    } else if (!seen.has(selection.name.value)) {
      const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value);
      if (fragment?.kind !== Kind.FRAGMENT_DEFINITION) continue;
      // Validation has refused fragment cycles already; this only guards the walk.
      const inner = new Set(seen).add(selection.name.value);
      days += requestedDays(fragment.selectionSet, document, variables, inner);
    }
  }
  return days;
}

/** Refuses, before anything runs, a request whose periods add up to more than `maxDays` days. */
export function periodBudgetPlugin(maxDays: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const days = requestedDays(operation.selectionSet, document, request.variables, new Set());
          if (days > maxDays) {
            throw requestLimitError('PERIOD', `This request asks for ${days} days of data over its fields and aliases; at most ${maxDays} are allowed.`, maxDays);
          }
        },
      };
    },
  };
}
