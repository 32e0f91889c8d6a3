import { Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainError } from './domain-error.js';
import { ErrorCode } from './error-code.js';

const logger = new Logger('GraphQL');
const KNOWN = new Set<string>(Object.values(ErrorCode));

interface HttpLikeException {
  getStatus(): number;
  getResponse(): unknown;
}
const isHttpException = (e: unknown): e is HttpLikeException =>
  typeof e === 'object' && e !== null && 'getStatus' in e && 'getResponse' in e;

/** Codes Apollo and graphql-js give to malformed requests: all of them are the caller's input. */
const REQUEST_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

function fromHttpException(e: HttpLikeException): { code: ErrorCode; message: string; details: Record<string, unknown> } {
  const status = e.getStatus();
  const body = e.getResponse() as { message?: string | string[]; fields?: unknown } | string;
  const message = typeof body === 'string' ? body : Array.isArray(body.message) ? body.message.join('; ') : (body.message ?? 'Error');
  const details = typeof body === 'object' && body.fields ? { fields: body.fields } : {};
  if (status === 401) return { code: ErrorCode.UNAUTHENTICATED, message, details };
  if (status === 403) return { code: ErrorCode.FORBIDDEN, message, details };
  if (status === 404) return { code: ErrorCode.NOT_FOUND, message, details };
  if (status === 429) return { code: ErrorCode.FORBIDDEN, message, details: { ...details, reason: 'RATE_LIMITED' } };
  if (status >= 400 && status < 500) return { code: ErrorCode.BAD_USER_INPUT, message, details };
  return { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal error', details: {} };
}

/**
 * The one mapping from whatever was thrown to `extensions.code`. Domain errors keep their
 * code and details; Nest's HTTP exceptions map by status; GraphQL request errors are bad
 * input; anything else is logged and answered without a stack trace.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  if (isHttpException(original)) {
    const { code, message, details } = fromHttpException(original);
    return { ...base, message, extensions: { code, ...details } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_CODES.has(code)) {
    // A request limit (depth, aliases, cost, period…) names itself and its maximum.
    const limit = formatted.extensions?.limit === undefined ? {} : { limit: formatted.extensions.limit, max: formatted.extensions.max };
    return { ...base, extensions: { code: ErrorCode.BAD_USER_INPUT, ...limit } };
  }
  if (original instanceof GraphQLError && typeof code === 'string' && KNOWN.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    return { ...base, extensions: { code } };
  }
  if (original instanceof GraphQLError && !original.originalError && (!code || !original.path)) {
    // Raised by graphql-js itself on the request: a value coerced from input, or its cap on
    // variable errors ("Too many errors processing variables") before anything runs.
    return { ...base, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return { message: 'Internal error: it has been logged, please retry or contact the site operator', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
