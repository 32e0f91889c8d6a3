import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../common/graphql/date.scalar.js';
import { DeskModel } from '../site/desk.model.js';
import { BookingEntity, BookingStatus } from './booking.entity.js';

@ObjectType('DayAvailability')
export class DayAvailabilityModel {
  @Field(() => DateScalar) date: string;
  @Field({ description: 'The site opens that day (weekday, not a closure)' }) open: boolean;
  @Field(() => Int, { description: 'Bookable desks no live booking holds that day' }) freeDesks: number;
  @Field(() => Int, { description: 'Desks held by a live booking (option or confirmed) that day' }) bookedDesks: number;
}

@ObjectType('DeskBlock', { description: 'A live booking holding a desk over consecutive days.' })
export class DeskBlockModel {
  @Field(() => DateScalar) startDate: string;
  @Field(() => DateScalar) endDate: string;
  @Field(() => BookingStatus) status: BookingStatus;
  @Field({ description: "The caller's studio holds it" }) mine: boolean;
  /** Resolved as `booking` only where the caller may see it; null for another studio's block seen by a manager. */
  bookingId: string | null;
  /** The booking itself when the calendar read it with the block (then `booking` loads nothing). */
  loadedBooking?: BookingEntity;
}

@ObjectType('DeskCalendarRow')
export class DeskCalendarRowModel {
  @Field(() => DeskModel) desk: DeskModel;
  @Field(() => [DeskBlockModel], { description: 'By start date' }) blocks: DeskBlockModel[];
}
