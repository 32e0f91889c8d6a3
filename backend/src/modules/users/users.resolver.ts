import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import { groupByKeys, type GqlContext } from '../../common/loaders/request-loaders.js';
import { StudioModel } from '../studios/studio.model.js';
import { studioLoader } from '../studios/studio.loaders.js';
import { CreateUserInput } from './dto/create-user.input.js';
import { InviteUserInput } from './dto/invite-user.input.js';
import { Role } from './user.entity.js';
import { UserModel } from './user.model.js';
import { UsersRepository } from './users.repository.js';
import { UsersService } from './users.service.js';
import { StudioRepository } from '../studios/studio.repository.js';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(
    private readonly accounts: UsersService,
    private readonly studioRepo: StudioRepository,
    private readonly usersRepo: UsersRepository,
  ) {}

  @Query(() => UserModel, { description: 'The signed-in user.' })
  async me(@CurrentActor() actor: Actor): Promise<UserModel> {
    return UserModel.from(await this.accounts.findById(actor.userId));
  }

  @Query(() => [UserModel], { description: 'Operator only: every account, or one studio’s.' })
  @Roles(Role.OPERATOR)
  async users(@CurrentActor() actor: Actor, @Args('studioId', { type: () => ID, nullable: true }) studioId?: string | null): Promise<UserModel[]> {
    return (await this.accounts.list(actor, studioId)).map(UserModel.from);
  }

  @Mutation(() => UserModel, { description: 'Operator only: creates an operator, a site operator (siteIds) or a studio manager account with the password given (see inviteUser to let the person choose it).' })
  @Roles(Role.OPERATOR)
  async createUser(@CurrentActor() actor: Actor, @Args('input') input: CreateUserInput): Promise<UserModel> {
    return UserModel.from(await this.accounts.create(actor, input));
  }

  @Mutation(() => UserModel, { description: 'Operator only: creates an account without a password and e-mails a one-time invitation link (7 days) to set it.' })
  @Roles(Role.OPERATOR)
  async inviteUser(@CurrentActor() actor: Actor, @Args('input') input: InviteUserInput): Promise<UserModel> {
    return UserModel.from(await this.accounts.invite(actor, input));
  }

  @Mutation(() => Boolean, { description: 'Operator only: e-mails a one-time password reset link (1 hour); to an account still invited, a new invitation. Older links stop working.' })
  @Roles(Role.OPERATOR)
  async sendPasswordReset(@CurrentActor() actor: Actor, @Args('userId', { type: () => ID }) userId: string): Promise<boolean> {
    await this.accounts.sendPasswordReset(actor, userId);
    return true;
  }

  @Mutation(() => UserModel, { description: 'Operator only: the account can no longer sign in; its sessions and links end at once.' })
  @Roles(Role.OPERATOR)
  async disableUser(@CurrentActor() actor: Actor, @Args('userId', { type: () => ID }) userId: string): Promise<UserModel> {
    return UserModel.from(await this.accounts.setDisabled(actor, userId, true));
  }

  @Mutation(() => UserModel, { description: 'Operator only: a disabled account may sign in again.' })
  @Roles(Role.OPERATOR)
  async enableUser(@CurrentActor() actor: Actor, @Args('userId', { type: () => ID }) userId: string): Promise<UserModel> {
    return UserModel.from(await this.accounts.setDisabled(actor, userId, false));
  }

  @Mutation(() => UserModel, { description: 'Network operator only: the sites a SITE_OPERATOR runs (replaces them; at least one).' })
  @Roles(Role.OPERATOR)
  async setUserSites(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('siteIds', { type: () => [ID] }) siteIds: string[],
  ): Promise<UserModel> {
    return UserModel.from(await this.accounts.setSites(actor, userId, siteIds));
  }

  @ResolveField(() => [ID], { description: 'The sites a SITE_OPERATOR runs (empty for the other roles).' })
  async siteIds(@Parent() user: UserModel, @Context() ctx: GqlContext): Promise<string[]> {
    const loader = ctx.loaders.get<string, string[]>('siteIdsByUser', async (ids) => groupByKeys(ids, await this.usersRepo.sitesOfUsers(ids), (r) => r.userId).map((rows) => rows.map((r) => r.siteId)));
    return loader.load(user.id);
  }

  @ResolveField(() => StudioModel, { nullable: true })
  async studio(@Parent() user: UserModel, @Context() ctx: GqlContext): Promise<StudioModel | null> {
    if (!user.studioId) return null;
    const studio = await studioLoader(ctx.loaders, this.studioRepo).load(user.studioId);
    return studio ? StudioModel.from(studio) : null;
  }
}
