import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role, UserEntity } from './user.entity.js';

registerEnumType(Role, { name: 'Role', description: 'OPERATOR runs the site; STUDIO_MANAGER acts for one studio.' });

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() fullName: string;
  @Field(() => Role) role: Role;
  /** Resolved by a field resolver (studio loader). */
  studioId: string | null;

  static from(entity: UserEntity): UserModel {
    return Object.assign(new UserModel(), {
      id: entity.id,
      email: entity.email,
      fullName: entity.fullName,
      role: entity.role,
      studioId: entity.studioId,
    });
  }
}
