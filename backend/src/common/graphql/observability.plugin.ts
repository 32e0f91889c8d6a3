import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';
import type { Metrics } from '../metrics/metrics.js';

/** What the request log line says about the GraphQL operation (set on the request, read by pino-http). */
export interface GraphQLLogInfo {
  /** The client's operation name (e.g. "BookDesks"), when it gave one. */
  operationName?: string;
  /** The root field(s) asked, e.g. "bookDesks": the metrics' label, bounded by the schema. */
  operation: string;
  durationMs?: number;
}

interface WithReq {
  req?: { graphql?: GraphQLLogInfo };
}

const MAX_LABELLED_FIELDS = 3;

/** The root fields of the operation, and the response key (alias or name) of each. */
function rootFields(op: OperationDefinitionNode | undefined): Array<{ name: string; key: string }> {
  return (op?.selectionSet.selections ?? []).flatMap((s) => (s.kind === 'Field' ? [{ name: s.name.value, key: s.alias?.value ?? s.name.value }] : []));
}

function label(fields: Array<{ name: string }>): string {
  const names = [...new Set(fields.map((f) => f.name))].sort();
  if (!names.length) return 'unparsed';
  return names.length > MAX_LABELLED_FIELDS ? 'several' : names.join('+');
}

/**
 * Per operation: request count and latency, errors by code, domain events (a booking made, a
 * check-in, an invoice issued) on success; and the operation's name and duration for the
 * request's log line.
 */
export function observabilityPlugin(metrics: Metrics): ApolloServerPlugin<WithReq> {
  return {
    async requestDidStart(start: GraphQLRequestContext<WithReq>) {
      const began = process.hrtime.bigint();
      const info: GraphQLLogInfo = { operation: 'unparsed', operationName: start.request.operationName ?? undefined };
      if (start.contextValue.req) start.contextValue.req.graphql = info;
      return {
        async willSendResponse(ctx) {
          const fields = rootFields(ctx.operation ?? undefined);
          const type = ctx.operation?.operation ?? 'unknown';
          info.operation = label(fields);
          const seconds = Number(process.hrtime.bigint() - began) / 1e9;
          info.durationMs = Math.round(seconds * 1000);
          metrics.graphqlRequests.inc({ operation: info.operation, type });
          metrics.graphqlDuration.observe({ operation: info.operation }, seconds);
          const body = ctx.response.body;
          if (body.kind !== 'single') return;
          for (const error of body.singleResult.errors ?? []) {
            metrics.graphqlErrors.inc({ operation: info.operation, code: String(error.extensions?.code ?? 'UNKNOWN') });
          }
          const data = body.singleResult.data as Record<string, unknown> | null | undefined;
          if (type !== 'mutation' || !data) return;
          for (const field of fields) if (data[field.key] != null) metrics.mutationSucceeded(field.name);
        },
      };
    },
  };
}
