import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

const NUMBER = { allowNaN: false, allowInfinity: false };

@InputType({ description: "The founding study's scenario: 40 desks, 4 users per desk per year, 5 years, 700 kg per kit." })
export class Co2ProjectionInput {
  @Field(() => Int) @IsInt({ message: 'must be a whole number of desks' }) @Min(1) @Max(10000) desks: number;
  @Field(() => Float) @IsNumber(NUMBER, { message: 'must be a number of users' }) @Min(0) @Max(365) usersPerDeskPerYear: number;
  @Field(() => Float) @IsNumber(NUMBER, { message: 'must be a number of years' }) @Min(0.1) @Max(50) years: number;
  @Field(() => Float, { description: 'kg CO2e to manufacture one kit' }) @IsNumber(NUMBER, { message: 'must be a number of kg CO2e' }) @Min(1) @Max(10000) kitFootprintKg: number;
  @Field(() => Float, { nullable: true, description: "Years a Studio FLEX kit serves before it is bought again; the setting when not given." })
  @IsOptional()
  @IsNumber(NUMBER, { message: 'must be a number of years' })
  @Min(0.5)
  @Max(20)
  kitLifetimeYears?: number;
}

@InputType({ description: 'The CO2 report factors the operator may change; a field left out keeps its value.' })
export class Co2SettingsInput {
  @Field(() => Float, { nullable: true, description: 'kg CO2e of one kit a studio did not buy (default 700, the founding study).' })
  @IsOptional()
  @IsNumber(NUMBER, { message: 'must be a number of kg CO2e' })
  @Min(1)
  @Max(10000)
  referenceKitKg?: number;
  @Field(() => String, { nullable: true, description: 'Where the reference footprint comes from; empty: the default wording.' })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  referenceKitSource?: string;
  @Field(() => Float, { nullable: true, description: "Years a Studio FLEX kit serves (default 5)." })
  @IsOptional()
  @IsNumber(NUMBER, { message: 'must be a number of years' })
  @Min(0.5)
  @Max(20)
  kitLifetimeYears?: number;
  @Field(() => Float, { nullable: true, description: "Share of a new component's footprint counted for a refurbished one, 0–1 (default 0.57, ADEME 2022)." })
  @IsOptional()
  @IsNumber(NUMBER, { message: 'must be a number between 0 and 1' })
  @Min(0)
  @Max(1)
  refurbishedFactor?: number;
}
