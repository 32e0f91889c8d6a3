import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { Allow, ArrayMaxSize, ArrayMinSize, IsBoolean, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { DateScalar } from '../../../common/graphql/date.scalar.js';
import { IsNotBlank } from '../../../common/validation/is-not-blank.js';

@InputType()
export class SiteZoneInput {
  @Field({ description: 'Zone letter (A–Z): its desks are coded A01, A02…' }) @Matches(/^[A-Z]$/, { message: 'must be one capital letter (A–Z)' }) name: string;
  @Field(() => Int, { description: 'Desks in the zone (1–60)' }) @IsInt() @Min(1) @Max(60) desks: number;
}

@InputType()
export class CreateSiteInput {
  @Field() @IsNotBlank() @MaxLength(200) name: string;
  @Field() @IsNotBlank() @MaxLength(300) address: string;
  @Field({ description: 'IANA time zone, e.g. Europe/Paris' }) @IsNotBlank() @MaxLength(64) timezone: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(100000) areaSqm: number;
  @Field(() => [Int], { description: 'ISO weekdays it opens (1 = Monday … 7 = Sunday), at least one' })
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  openWeekdays: number[];
  @Field(() => [SiteZoneInput], { description: 'Zones with their desk counts (at most 400 desks in all)' })
  @ArrayMinSize(1)
  @ArrayMaxSize(26)
  @ValidateNested({ each: true })
  @Type(() => SiteZoneInput)
  zones: SiteZoneInput[];
  @Field({ nullable: true, defaultValue: false, description: 'One operational kit per desk (asset tags continuing KIT-NNN, bought today), as the first site was equipped' })
  @IsOptional()
  @IsBoolean()
  withKits?: boolean;
  @Field({ nullable: true, defaultValue: true, description: 'Closed on the French public holidays of this year and the next three' })
  @IsOptional()
  @IsBoolean()
  frenchHolidays?: boolean;
}

@InputType()
export class UpdateSiteInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a site id' }) id: string;
  @Field({ nullable: true }) @IsOptional() @IsNotBlank() @MaxLength(200) name?: string;
  @Field({ nullable: true }) @IsOptional() @IsNotBlank() @MaxLength(300) address?: string;
  @Field({ nullable: true }) @IsOptional() @IsNotBlank() @MaxLength(64) timezone?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(100000) areaSqm?: number;
  @Field(() => [Int], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  openWeekdays?: number[];
}

@InputType()
export class SiteClosureInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a site id' }) siteId: string;
  @Field(() => DateScalar) @Allow() date: string;
  @Field({ description: 'Why it closes (shown on the calendar)' }) @IsNotBlank() @MaxLength(200) label: string;
}
