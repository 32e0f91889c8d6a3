import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role, UserEntity } from './user.entity.js';

registerEnumType(Role, { name: 'Role', description: 'OPERATOR runs the network (every site); SITE_OPERATOR runs its sites (siteIds); STUDIO_MANAGER acts for one studio.' });

export enum AccountStatus {
  ACTIVE = 'ACTIVE',
  /** Created without a password: waits for the person to set one through the invitation link. */
  INVITED = 'INVITED',
  DISABLED = 'DISABLED',
}
registerEnumType(AccountStatus, { name: 'AccountStatus', description: 'ACTIVE signs in; INVITED waits for its first password (invitation link); DISABLED cannot sign in.' });

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() fullName: string;
  @Field(() => Role) role: Role;
  @Field(() => AccountStatus) status: AccountStatus;
  @Field(() => Date) createdAt: Date;
  /** Resolved by a field resolver (studio loader). */
  studioId: string | null;

  static from(entity: UserEntity): UserModel {
    return Object.assign(new UserModel(), {
      id: entity.id,
      email: entity.email,
      fullName: entity.fullName,
      role: entity.role,
      status: entity.disabledAt ? AccountStatus.DISABLED : entity.passwordHash ? AccountStatus.ACTIVE : AccountStatus.INVITED,
      createdAt: entity.createdAt,
      studioId: entity.studioId,
    });
  }
}
