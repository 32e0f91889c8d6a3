import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Allow, ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { DateScalar } from '../../../common/graphql/date.scalar.js';
import { MAX_DESKS_PER_BOOKING } from '../booking-rules.js';
import { IsNotBlank } from '../../../common/validation/is-not-blank.js';

/** Longest an option may be held before it must be confirmed: 30 days. */
export const MAX_OPTION_HOURS = 720;

@InputType({ description: 'Exactly one of deskIds / deskCount; endDate is inclusive.' })
export class BookDesksInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a studio id' }) studioId: string;
  @Field() @IsNotBlank({ message: 'must not be empty: name the production' }) @MaxLength(200) productionName: string;
  @Field(() => DateScalar) @Allow() startDate: string;
  @Field(() => DateScalar, { description: 'Last day, inclusive' }) @Allow() endDate: string;
  @Field(() => ID, { nullable: true, description: 'The site to book at (default: the desks\' site, else the first site the contract covers); its contract must cover it' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a site id' })
  siteId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'These desks, in this order' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, { message: 'must list at least one desk' })
  @ArrayMaxSize(MAX_DESKS_PER_BOOKING)
  @IsUUID('all', { each: true, message: 'must be desk ids' })
  deskIds?: string[] | null;
  @Field(() => Int, { nullable: true, description: 'Or this many desks, picked to keep the team together (1–40)' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  @Max(MAX_DESKS_PER_BOOKING, { message: `must be at most ${MAX_DESKS_PER_BOOKING} (the site has ${MAX_DESKS_PER_BOOKING} desks)` })
  deskCount?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'An option, held until optionExpiresAt, to confirm later' }) @IsOptional() @IsBoolean() asOption?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'How long the option holds, in hours (default 72)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_OPTION_HOURS)
  optionHours?: number | null;
  @Field(() => String, { nullable: true, description: 'Sent again with the same key, the call returns the first result and books nothing more' })
  @IsOptional()
  @IsNotBlank()
  @MaxLength(200)
  idempotencyKey?: string | null;
}
