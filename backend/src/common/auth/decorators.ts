import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Role } from './role.js';
import { Actor } from './actor.js';

export const IS_PUBLIC = 'flex:isPublic';
export const ROLES = 'flex:roles';

/** Reachable without signing in (login, health, the kiosk's access checks). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles; others get FORBIDDEN. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

export interface FlexRequest {
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
  secure: boolean;
  cookies?: Record<string, string | undefined>;
  actor?: Actor;
  socket?: { remoteAddress?: string };
}

export function requestOf(context: ExecutionContext): FlexRequest {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext().req;
  return context.switchToHttp().getRequest();
}

/** The signed-in caller. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = requestOf(context).actor;
  if (!actor) throw new Error('CurrentActor used on a public operation');
  return actor;
});

/** The caller's address, for rate limits. */
export const ClientAddress = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const req = requestOf(context);
  return req.ip ?? req.socket?.remoteAddress ?? 'unknown';
});
