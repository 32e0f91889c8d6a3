import { Args, Context, Field, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor.js';
import { ClientAddress, CurrentActor, Public } from '../../common/auth/decorators.js';
import type { GqlContext } from '../../common/loaders/request-loaders.js';
import { UserModel } from '../users/user.model.js';
import { AuthService } from './auth.service.js';
import { ClientMeta, SessionService } from './session.service.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field({ description: 'For API clients: send as "Authorization: Bearer <token>". A browser is signed in by the HttpOnly session cookie set with this answer and needs not keep it.' })
  token: string;
  @Field(() => UserModel) user: UserModel;
}

const metaOf = (ctx: GqlContext, address: string): ClientMeta => {
  const agent = ctx.req.headers['user-agent'];
  return { address, userAgent: typeof agent === 'string' ? agent : null };
};

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadModel, { description: 'Signs in: starts a session (HttpOnly cookie for the browser, token for API clients). Failures are limited per e-mail and address, with a backoff per e-mail.' })
  async login(@Args('email') email: string, @Args('password') password: string, @ClientAddress() address: string, @Context() ctx: GqlContext): Promise<AuthPayloadModel> {
    const { token, user } = await this.auth.login(email, password, metaOf(ctx, address));
    setSessionCookie(ctx.req, ctx.res, token, this.sessions.ttlMs);
    return { token, user: UserModel.from(user) };
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the caller’s session (cookie or token) and clears the session cookie. Always true.' })
  async logout(@Context() ctx: GqlContext): Promise<boolean> {
    await this.auth.logout(ctx.req.actor);
    clearSessionCookie(ctx.req, ctx.res);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Changes the caller’s own password (12+ characters, not common, not built from the name or e-mail). Every other session of the user ends.' })
  async changePassword(
    @CurrentActor() actor: Actor,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
    @ClientAddress() address: string,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    await this.auth.changePassword(actor, currentPassword, newPassword, metaOf(ctx, address));
    return true;
  }
}
