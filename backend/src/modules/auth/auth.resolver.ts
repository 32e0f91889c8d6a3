import { Args, Field, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { ClientAddress, Public } from '../../common/auth/decorators.js';
import { UserModel } from '../users/user.model.js';
import { AuthService } from './auth.service.js';

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field({ description: 'Send as "Authorization: Bearer <token>".' }) token: string;
  @Field(() => UserModel) user: UserModel;
}

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayloadModel)
  async login(@Args('email') email: string, @Args('password') password: string, @ClientAddress() address: string): Promise<AuthPayloadModel> {
    const { token, user } = await this.auth.login(email, password, address);
    return { token, user: UserModel.from(user) };
  }
}
