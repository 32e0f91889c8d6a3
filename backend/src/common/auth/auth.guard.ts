import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { DomainError } from '../errors/domain-error.js';
import { ErrorCode } from '../errors/error-code.js';
import { Role, UserEntity } from '../../modules/users/user.entity.js';
import { IS_PUBLIC, requestOf, ROLES } from './decorators.js';

interface TokenClaims {
  sub: string;
}

/**
 * Global guard: every operation needs a valid bearer token unless marked @Public.
 * The user is re-read on each request, so a deleted account or changed role takes effect at once.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    const req = requestOf(context);
    const header = req.headers['authorization'];
    const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    if (!req.actor && token) {
      const claims = await this.jwt.verifyAsync<TokenClaims>(token).catch(() => undefined);
      const user = claims ? await this.dataSource.getRepository(UserEntity).findOneBy({ id: claims.sub }) : null;
      if (user) req.actor = { userId: user.id, email: user.email, role: user.role, studioId: user.studioId };
      else if (!isPublic) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Your session has expired: sign in again');
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
