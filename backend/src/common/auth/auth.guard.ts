import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '../errors/domain-error.js';
import { ErrorCode } from '../errors/error-code.js';
import type { Actor } from './actor.js';
import { FlexRequest, IS_PUBLIC, requestOf, ROLES } from './decorators.js';
import { Role } from './role.js';

/** How the guard reads a request's session; the sessions domain (modules/auth) provides it. */
export interface SessionReader {
  /** The session token the request carries, if any. */
  tokenOf(req: FlexRequest): string | undefined;
  /** The live session's caller, or null when it has ended or never was. */
  actorOf(token: string): Promise<Actor | null>;
}

export const SESSION_READER = Symbol('SessionReader');

/**
 * Global guard: every operation needs a live session (the session cookie, or a Bearer token)
 * unless marked @Public. The session and its user are read on each request, so a logout, a
 * password change, a disabled account or a changed role takes effect at once, on every instance.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(SESSION_READER) private readonly sessions: SessionReader,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    const req = requestOf(context);
    const token = this.sessions.tokenOf(req);
    if (!req.actor && token) {
      const actor = await this.sessions.actorOf(token);
      if (actor) req.actor = actor;
      else if (!isPublic) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Your session has ended: sign in again');
    }
    if (isPublic) return true;
    if (!req.actor) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in first');
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(req.actor.role)) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'Your role does not allow this');
    }
    return true;
  }
}
