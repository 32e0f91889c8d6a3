import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Role } from '../user.entity.js';

@InputType()
export class CreateUserInput {
  @Field() @IsEmail({}, { message: 'must be an e-mail address' }) @MaxLength(254) email: string;
  @Field() @MinLength(1, { message: 'must not be empty' }) @MaxLength(200) fullName: string;
  @Field() @MinLength(8, { message: 'must be at least 8 characters long' }) @MaxLength(200) password: string;
  @Field(() => Role) @IsEnum(Role) role: Role;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a studio id' }) studioId?: string | null;
}
