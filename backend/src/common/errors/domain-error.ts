import { ErrorCode } from './error-code.js';

/**
 * A rule of the domain refused the request. The message tells the user what to do;
 * `details` carries machine-readable context (the field at fault, the conflicting desks…).
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badInput = (field: string, message: string, details: Record<string, unknown> = {}) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, { field, ...details });

export const notFound = (what: string, id?: string) =>
  new DomainError(ErrorCode.NOT_FOUND, `${what} not found`, id ? { id } : {});

export const forbidden = (message = 'You are not allowed to do this') => new DomainError(ErrorCode.FORBIDDEN, message);

export const invalidState = (message: string, details: Record<string, unknown> = {}) =>
  new DomainError(ErrorCode.INVALID_STATE, message, details);
