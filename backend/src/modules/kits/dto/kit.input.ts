import { Field, Float, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEnum, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { DateScalar } from '../../../common/graphql/date.scalar.js';
import { ComponentType } from '../kit.entity.js';
import { IsNotBlank } from '../../../common/validation/is-not-blank.js';

const ASSET_TAG = /^[A-Za-z0-9][A-Za-z0-9-]{1,30}$/;
const ASSET_TAG_MESSAGE = 'must be an asset tag such as KIT-045 (capital letters, digits and dashes)';

@InputType()
export class KitComponentInput {
  @Field(() => ComponentType) @IsEnum(ComponentType) type: ComponentType;
  @Field() @IsNotBlank() @MaxLength(200) model: string;
  @Field() @IsNotBlank() @MaxLength(100) serialNumber: string;
  @Field(() => Float, { description: 'Manufacturing footprint, kg CO2e' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'must be a number of kg CO2e' })
  @Min(0)
  @Max(10000)
  embodiedKgCo2e: number;
  @Field({ nullable: true, defaultValue: false }) @IsOptional() @IsBoolean() refurbished?: boolean;
  @Field({ nullable: true, description: 'Where the footprint figure comes from; say it, e.g. "ADEME Impact CO2 (2025): 24-inch monitor".' })
  @IsOptional()
  @IsNotBlank()
  @MaxLength(300)
  footprintSource?: string;
}

@InputType()
export class UpdateKitComponentInput {
  @Field(() => ComponentType, { nullable: true }) @IsOptional() @IsEnum(ComponentType) type?: ComponentType;
  @Field({ nullable: true }) @IsOptional() @IsNotBlank() @MaxLength(200) model?: string;
  @Field({ nullable: true }) @IsOptional() @IsNotBlank() @MaxLength(100) serialNumber?: string;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'must be a number of kg CO2e' })
  @Min(0)
  @Max(10000)
  embodiedKgCo2e?: number;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() refurbished?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsNotBlank() @MaxLength(300) footprintSource?: string;
}

@InputType()
export class AddKitInput {
  @Field({ nullable: true, description: 'KIT-NNN; the next free number when not given.' })
  @IsOptional()
  @IsString()
  @Matches(ASSET_TAG, { message: ASSET_TAG_MESSAGE })
  assetTag?: string;
  @Field(() => DateScalar, { description: 'Not after today.' }) @IsString() purchasedOn: string;
  @Field(() => [KitComponentInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => KitComponentInput)
  components?: KitComponentInput[];
}

@InputType()
export class UpdateKitInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @Matches(ASSET_TAG, { message: ASSET_TAG_MESSAGE }) assetTag?: string;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() @IsString() purchasedOn?: string;
}
