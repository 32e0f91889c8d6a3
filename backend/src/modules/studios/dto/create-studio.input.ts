import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Language } from '../language.js';
import { IsNotBlank } from '../../../common/validation/is-not-blank.js';

const ELECTRONIC_ADDRESS_HINT = 'Electronic invoicing address (French directory, scheme 0225): the SIREN (default), or the SIREN and a suffix (852123456_FACTURES).';

@InputType()
export class CreateStudioInput {
  @Field({ description: 'Trade name, unique: "Les Films du Marais"' }) @IsNotBlank() @MaxLength(120) name: string;
  @Field({ description: 'Registered name on the Kbis: "Les Films du Marais SAS"' }) @IsNotBlank() @MaxLength(200) legalName: string;
  @Field({ description: '14 digits (spaces allowed), with a valid check digit' }) @IsString() @MaxLength(20) siret: string;
  @Field(() => String, { nullable: true, description: 'Intra-EU VAT number; a French one must match the SIRET' }) @IsOptional() @IsString() @MaxLength(20) vatNumber?: string | null;
  @Field() @IsNotBlank() @MaxLength(500) billingAddress: string;
  @Field() @IsEmail({}, { message: 'must be an e-mail address' }) @MaxLength(254) contactEmail: string;
  @Field(() => Boolean, { nullable: true, description: 'First production: shows the onboarding checklist (default false)' }) @IsOptional() @IsBoolean() isNew?: boolean | null;
  @Field(() => String, { nullable: true, description: ELECTRONIC_ADDRESS_HINT }) @IsOptional() @IsString() @MaxLength(125) electronicAddress?: string | null;
  @Field(() => Language, { nullable: true, description: 'Language of the e-mails to the contact (default FR)' }) @IsOptional() @IsEnum(Language) language?: Language | null;
}

@InputType()
export class UpdateStudioInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a studio id' }) id: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsNotBlank() @MaxLength(120) name?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsNotBlank() @MaxLength(200) legalName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(20) siret?: string | null;
  @Field(() => String, { nullable: true, description: 'An empty string removes it' }) @IsOptional() @IsString() @MaxLength(20) vatNumber?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsNotBlank() @MaxLength(500) billingAddress?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail({}, { message: 'must be an e-mail address' }) @MaxLength(254) contactEmail?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() isNew?: boolean | null;
  @Field(() => String, { nullable: true, description: `${ELECTRONIC_ADDRESS_HINT} An empty string goes back to the SIREN.` }) @IsOptional() @IsString() @MaxLength(125) electronicAddress?: string | null;
  @Field(() => Language, { nullable: true }) @IsOptional() @IsEnum(Language) language?: Language | null;
}
