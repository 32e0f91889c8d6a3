import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { Allow, ArrayMaxSize, IsInt, IsOptional, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { DateScalar } from '../../../common/graphql/date.scalar.js';
import { IsNotBlank } from '../../../common/validation/is-not-blank.js';

/**
 * Highest price of one desk-day: 1,000 € excl. VAT (rates are around 45 €). It keeps every
 * amount inside the 32-bit integers money is stored and answered in: a whole month of the
 * 40 desks (40 × 31 × 100,000 cents) and a quote of 366 days both stay far below 2^31.
 */
export const MAX_DAILY_RATE_CENTS = 100_000;

/** The site has 40 desks: no contract can allow more. */
export const MAX_CONTRACT_DESKS = 40;

@InputType()
export class VolumeTierInput {
  @Field(() => Int, { description: 'From this many billable desk-days in a month…' }) @IsInt() @Min(1) @Max(100_000) fromDeskDays: number;
  @Field(() => Int, { description: '…every desk-day of the month costs this (cents, excl. VAT)' }) @IsInt() @Min(1, { message: 'must be a positive amount of cents' }) @Max(MAX_DAILY_RATE_CENTS) dailyRateCents: number;
}

@InputType()
export class CreateContractInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a studio id' }) studioId: string;
  @Field(() => DateScalar) @Allow() startDate: string;
  @Field(() => DateScalar, { description: 'Last day covered, inclusive' }) @Allow() endDate: string;
  @Field(() => Int, { description: 'Price of one desk-day, cents excl. VAT' }) @IsInt() @Min(1, { message: 'must be a positive amount of cents' }) @Max(MAX_DAILY_RATE_CENTS) dailyRateCents: number;
  @Field(() => Int, { description: 'Most desks the studio may hold on any day (1–40)' }) @IsInt() @Min(1) @Max(MAX_CONTRACT_DESKS) maxDesks: number;
  @Field(() => [VolumeTierInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => VolumeTierInput)
  volumeTiers?: VolumeTierInput[] | null;
  @Field() @IsNotBlank() @MaxLength(120) insurancePolicyRef: string;
  @Field(() => DateScalar) @Allow() insuranceExpiresOn: string;
  @Field(() => Int, { nullable: true, description: 'Cancelling is free until this many days before the start (default 14)' }) @IsOptional() @IsInt() @Min(0) @Max(365) cancellationNoticeDays?: number | null;
  @Field(() => [ID], { nullable: true, description: 'The sites it covers (default: the first site)' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'must be site ids' })
  siteIds?: string[] | null;
  @Field(() => Int, { nullable: true, description: '% of the rate billed for late-cancelled desk-days (default 50)' }) @IsOptional() @IsInt() @Min(0) @Max(100) lateCancellationFeePct?: number | null;
}
