import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '../errors/domain-error.js';
import { ErrorCode } from '../errors/error-code.js';
import { Role } from '../../modules/users/user.entity.js';
import { SessionService } from '../../modules/auth/session.service.js';
import { sessionTokenOf } from '../../modules/auth/session-cookie.js';
import { IS_PUBLIC, requestOf, ROLES } from './decorators.js';

/**
 * Global guard: every operation needs a live session (the session cookie, or a Bearer token)
 * unless marked @Public. The session and its user are read on each request, so a logout, a
 * password change, a disabled account or a changed role takes effect at once, on every instance.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    const req = requestOf(context);
    const token = sessionTokenOf(req);
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
