import { Args, Field, Mutation, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { ClientAddress, Public } from '../../common/auth/decorators.js';
import { AccountLinksService } from './account-links.service.js';
import { AccountTokenPurpose } from './account-token.entity.js';

registerEnumType(AccountTokenPurpose, { name: 'AccountLinkPurpose', description: 'INVITATION: a new account sets its first password; PASSWORD_RESET: a new password.' });

@ObjectType('AccountLink', { description: 'What an invitation or reset link opens, while it still does.' })
export class AccountLinkModel {
  @Field(() => AccountTokenPurpose) purpose: AccountTokenPurpose;
  @Field() email: string;
  @Field() fullName: string;
  @Field(() => Date) expiresAt: Date;
}

/** The pages of the links are public (their holder has no password yet): limited per address. */
@Resolver()
export class AccountLinksResolver {
  constructor(private readonly links: AccountLinksService) {}

  @Public()
  @Query(() => AccountLinkModel, { nullable: true, description: 'Anonymous: the account a link opens, or null when the link is used, replaced or expired.' })
  async accountLink(@Args('token') token: string, @ClientAddress() address: string): Promise<AccountLinkModel | null> {
    const link = await this.links.find(token, address);
    return link ? { purpose: link.token.purpose, email: link.user.email, fullName: link.user.fullName, expiresAt: link.token.expiresAt } : null;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Anonymous: sets the first password through an invitation link (once). The person then signs in.' })
  async acceptInvitation(@Args('token') token: string, @Args('password') password: string, @ClientAddress() address: string): Promise<boolean> {
    await this.links.usePassword(AccountTokenPurpose.INVITATION, token, password, address);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Anonymous: sets a new password through a reset link (once); every session of the account ends.' })
  async resetPassword(@Args('token') token: string, @Args('password') password: string, @ClientAddress() address: string): Promise<boolean> {
    await this.links.usePassword(AccountTokenPurpose.PASSWORD_RESET, token, password, address);
    return true;
  }
}
