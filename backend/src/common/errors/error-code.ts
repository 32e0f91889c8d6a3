/** Every code a GraphQL error may carry in `extensions.code` (SPEC "Error codes"). */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  DESK_UNAVAILABLE = 'DESK_UNAVAILABLE',
  NO_ACTIVE_CONTRACT = 'NO_ACTIVE_CONTRACT',
  CONTRACT_LIMIT = 'CONTRACT_LIMIT',
  INSURANCE_EXPIRED = 'INSURANCE_EXPIRED',
  /** The studio's active contract does not cover the site of the desks asked. */
  SITE_NOT_COVERED = 'SITE_NOT_COVERED',
  INVALID_STATE = 'INVALID_STATE',
  /** Not a client error: something broke on our side (logged with the request id). */
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** HTTP status for REST endpoints (PDF, CSV downloads) answering the same errors. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  DESK_UNAVAILABLE: 409,
  NO_ACTIVE_CONTRACT: 409,
  CONTRACT_LIMIT: 409,
  INSURANCE_EXPIRED: 409,
  SITE_NOT_COVERED: 409,
  INVALID_STATE: 409,
  INTERNAL_SERVER_ERROR: 500,
};
