import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../common/graphql/date.scalar.js';
import { parseDateRange } from '../../common/time/dates.js';
import { BookingDeskEntity, BookingEntity } from '../booking/booking.entity.js';

@ObjectType('BookedDesk', { description: 'One desk of a booking and the days the booking holds it.' })
export class BookedDeskModel {
  @Field(() => DateScalar) startDate: string;
  @Field(() => DateScalar) endDate: string;
  deskId: string;

  static from(e: BookingDeskEntity): BookedDeskModel {
    const { first, last } = parseDateRange(e.days);
    return Object.assign(new BookedDeskModel(), { startDate: first, endDate: last, deskId: e.deskId });
  }
}

@ObjectType('StaffableBooking', { description: 'A confirmed booking seen from the crew side: its desks, to put people on.' })
export class StaffableBookingModel {
  @Field(() => ID) id: string;
  @Field() reference: string;
  @Field() productionName: string;
  @Field(() => DateScalar) startDate: string;
  @Field(() => DateScalar) endDate: string;
  studioId: string;

  static from(e: BookingEntity): StaffableBookingModel {
    return Object.assign(new StaffableBookingModel(), {
      id: e.id,
      reference: e.reference,
      productionName: e.productionName,
      startDate: e.startDate,
      endDate: e.endDate,
      studioId: e.studioId,
    });
  }
}
