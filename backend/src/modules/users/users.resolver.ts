import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { GqlContext } from '../../common/loaders/request-loaders.js';
import { StudioModel } from '../studios/studio.model.js';
import { studioLoader } from '../studios/studio.loaders.js';
import { CreateUserInput } from './dto/create-user.input.js';
import { Role } from './user.entity.js';
import { UserModel } from './user.model.js';
import { UsersService } from './users.service.js';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(
    private readonly users: UsersService,
    private readonly dataSource: DataSource,
  ) {}

  @Query(() => UserModel, { description: 'The signed-in user.' })
  async me(@CurrentActor() actor: Actor): Promise<UserModel> {
    return UserModel.from(await this.users.findById(actor.userId));
  }

  @Mutation(() => UserModel, { description: 'Operator only: creates an operator or a studio manager account.' })
  @Roles(Role.OPERATOR)
  async createUser(@CurrentActor() actor: Actor, @Args('input') input: CreateUserInput): Promise<UserModel> {
    return UserModel.from(await this.users.create(actor, input));
  }

  @ResolveField(() => StudioModel, { nullable: true })
  async studio(@Parent() user: UserModel, @Context() ctx: GqlContext): Promise<StudioModel | null> {
    if (!user.studioId) return null;
    const studio = await studioLoader(ctx.loaders, this.dataSource).load(user.studioId);
    return studio ? StudioModel.from(studio) : null;
  }
}
