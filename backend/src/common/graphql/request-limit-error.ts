import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors/error-code.js';

/**
 * Which limit refused a request: `extensions.limit` of its BAD_USER_INPUT error, beside
 * `extensions.max`. (Too many tokens is graphql-js's own syntax error: "Document contains
 * more than 2000 tokens".)
 */
export type RequestLimit = 'DEPTH' | 'ALIASES' | 'DIRECTIVES' | 'COST' | 'PERIOD';

export function requestLimitError(limit: RequestLimit, message: string, max: number): GraphQLError {
  return new GraphQLError(`${message} Split it into smaller requests.`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, limit, max, http: { status: 400 } },
  });
}
