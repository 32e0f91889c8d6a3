import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Allow, ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { DateScalar } from '../../../common/graphql/date.scalar.js';
import { MAX_DESKS_PER_BOOKING } from '../booking-rules.js';

@InputType({ description: 'A booking as the dialog would send it, to price and check without booking anything.' })
export class BookingQuoteInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a studio id' }) studioId: string;
  @Field(() => DateScalar) @Allow() startDate: string;
  @Field(() => DateScalar, { description: 'Last day, inclusive' }) @Allow() endDate: string;
  @Field(() => ID, { nullable: true, description: 'The site to book at (as bookDesks: default the desks\' site, else the contract\'s first)' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a site id' })
  siteId?: string | null;
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, { message: 'must list at least one desk' })
  @ArrayMaxSize(MAX_DESKS_PER_BOOKING)
  @IsUUID('all', { each: true, message: 'must be desk ids' })
  deskIds?: string[] | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(MAX_DESKS_PER_BOOKING) deskCount?: number | null;
  @Field(() => ID, { nullable: true, description: 'Quote a change of this booking: its own desks do not count as taken' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a booking id' })
  bookingId?: string | null;
}
