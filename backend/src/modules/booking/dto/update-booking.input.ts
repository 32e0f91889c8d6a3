import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { DateScalar } from '../../../common/graphql/date.scalar.js';
import { MAX_DESKS_PER_BOOKING } from '../booking-rules.js';
import { IsNotBlank } from '../../../common/validation/is-not-blank.js';

@InputType({ description: 'What changes; the rest stays. deskIds replaces the desk list.' })
export class UpdateBookingInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a booking id' }) id: string;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() startDate?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Last day, inclusive' }) @IsOptional() endDate?: string | null;
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, { message: 'must list at least one desk (cancel the booking to free them all)' })
  @ArrayMaxSize(MAX_DESKS_PER_BOOKING)
  @IsUUID('all', { each: true, message: 'must be desk ids' })
  deskIds?: string[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsNotBlank({ message: 'must not be empty: name the production' }) @MaxLength(200) productionName?: string | null;
}
