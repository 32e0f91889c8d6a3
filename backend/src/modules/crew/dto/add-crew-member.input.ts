import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { IsNotBlank } from '../../../common/validation/is-not-blank.js';

@InputType()
export class AddCrewMemberInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a studio id' }) studioId: string;
  @Field() @IsNotBlank() @MaxLength(200) fullName: string;
  @Field() @IsEmail({}, { message: 'must be an e-mail address' }) @MaxLength(254) email: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(120) jobTitle?: string | null;
}

@InputType()
export class UpdateCrewMemberInput {
  @Field({ nullable: true }) @IsOptional() @IsNotBlank() @MaxLength(200) fullName?: string;
  @Field({ nullable: true }) @IsOptional() @IsEmail({}, { message: 'must be an e-mail address' }) @MaxLength(254) email?: string;
  @Field(() => String, { nullable: true, description: 'Empty clears it.' }) @IsOptional() @MaxLength(120) jobTitle?: string | null;
}
