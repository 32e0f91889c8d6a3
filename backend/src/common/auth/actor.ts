import { Role } from './role.js';
import { DomainError, forbidden } from '../errors/domain-error.js';
import { ErrorCode } from '../errors/error-code.js';

/** Who is calling: every read of studio data takes it, nothing runs unscoped. */
export interface Actor {
  userId: string;
  email: string;
  role: Role;
  /** The manager's studio; null for an operator. */
  studioId: string | null;
  /** The session the request came with (cookie or Bearer token). */
  sessionId?: string;
}

export const isOperator = (actor: Actor) => actor.role === Role.OPERATOR;

/**
 * The studio a read is limited to: a manager always reads its own studio (asking for
 * another answers FORBIDDEN); an operator reads the studio asked for, or all (null).
 */
export function studioScope(actor: Actor, requestedStudioId?: string | null): string | null {
  if (isOperator(actor)) return requestedStudioId ?? null;
  if (requestedStudioId && requestedStudioId !== actor.studioId) throw forbidden('You can only see your own studio');
  return actor.studioId;
}

/** Refuses to act on another studio's data. */
export function assertStudioAccess(actor: Actor, studioId: string): void {
  if (!isOperator(actor) && actor.studioId !== studioId) throw forbidden('This belongs to another studio');
}

export function assertOperator(actor: Actor): void {
  if (!isOperator(actor)) throw new DomainError(ErrorCode.FORBIDDEN, 'Only the site operator can do this');
}
