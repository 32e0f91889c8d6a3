import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEmail, IsEnum, IsOptional, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Role } from '../user.entity.js';

/** An account without a password: the person sets it through the invitation link mailed to them. */
@InputType()
export class InviteUserInput {
  @Field() @IsEmail({}, { message: 'must be an e-mail address' }) @MaxLength(254) email: string;
  @Field() @MinLength(1, { message: 'must not be empty' }) @MaxLength(200) fullName: string;
  @Field(() => Role) @IsEnum(Role) role: Role;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a studio id' }) studioId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'SITE_OPERATOR only: the sites the account runs (at least one)' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'must be site ids' })
  siteIds?: string[] | null;
}
