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
  /** The sites a SITE_OPERATOR runs (user_site); absent or empty for the other roles. */
  siteIds?: readonly string[];
  /** The session the request came with (cookie or Bearer token). */
  sessionId?: string;
}

/** The network operator (every site). A site operator is not one: see isSiteOperator and site/site-scope.service.ts. */
export const isOperator = (actor: Actor) => actor.role === Role.OPERATOR;
export const isSiteOperator = (actor: Actor) => actor.role === Role.SITE_OPERATOR;

/**
 * The studio a read is limited to: a manager always reads its own studio (asking for
 * another answers FORBIDDEN); an operator reads the studio asked for, or all (null).
 */
export function studioScope(actor: Actor, requestedStudioId?: string | null): string | null {
  if (isOperator(actor)) return requestedStudioId ?? null;
  // A site operator acts for no studio: studio-scoped operations are refused (reads narrowed to its sites use studioScopeAtSites).
  if (isSiteOperator(actor)) throw forbidden('A site operator acts for no studio');
  if (requestedStudioId && requestedStudioId !== actor.studioId) throw forbidden('You can only see your own studio');
  return actor.studioId;
}

/**
 * The studio a read narrowed to the caller's sites is limited to: a site operator reads every
 * studio's rows (the caller must filter them to its sites: SiteScope.many); others as studioScope.
 */
export function studioScopeAtSites(actor: Actor, requestedStudioId?: string | null): string | null {
  return isSiteOperator(actor) ? (requestedStudioId ?? null) : studioScope(actor, requestedStudioId);
}

/** Refuses to act on another studio's data. */
export function assertStudioAccess(actor: Actor, studioId: string): void {
  if (!isOperator(actor) && actor.studioId !== studioId) throw forbidden('This belongs to another studio');
}

export function assertOperator(actor: Actor): void {
  if (!isOperator(actor)) throw new DomainError(ErrorCode.FORBIDDEN, 'Only the network operator can do this');
}
