import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '../../common/graphql/date.scalar.js';
import { BookingEntity, BookingStatus } from './booking.entity.js';
import { effectiveStatus } from './desk-holds.js';

registerEnumType(BookingStatus, {
  name: 'BookingStatus',
  description: 'OPTION holds the desks until optionExpiresAt; CONFIRMED is billed; an expired option reads EXPIRED and holds nothing.',
});

@ObjectType('Booking', { description: 'A block of desks for one production of one studio, whole days.' })
export class BookingModel {
  @Field(() => ID) id: string;
  @Field({ description: 'BK-YYYY-NNNNN' }) reference: string;
  @Field(() => BookingStatus) status: BookingStatus;
  @Field() productionName: string;
  @Field(() => DateScalar, { description: 'First day, inclusive' }) startDate: string;
  @Field(() => DateScalar, { description: 'Last day, inclusive' }) endDate: string;
  @Field(() => Date, { nullable: true, description: 'Until when an option holds the desks' }) optionExpiresAt: Date | null;
  @Field(() => Date, { nullable: true }) confirmedAt: Date | null;
  @Field(() => Date, { nullable: true }) cancelledAt: Date | null;
  @Field(() => DateScalar, { nullable: true, description: 'Late cancellation: first day of the window billed at lateFeePct %' }) lateFeeFrom: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Late cancellation: last day of that window' }) lateFeeTo: string | null;
  @Field(() => Int, { nullable: true }) lateFeePct: number | null;
  @Field(() => DateScalar, { nullable: true, description: 'Cancelled under way: last day billed normally' }) billedThrough: string | null;
  @Field(() => Date) createdAt: Date;
  studioId: string;
  contractId: string;

  static from(e: BookingEntity, now: Date): BookingModel {
    return Object.assign(new BookingModel(), {
      id: e.id,
      reference: e.reference,
      status: effectiveStatus(e, now),
      productionName: e.productionName,
      startDate: e.startDate,
      endDate: e.endDate,
      optionExpiresAt: e.optionExpiresAt,
      confirmedAt: e.confirmedAt,
      cancelledAt: e.cancelledAt,
      lateFeeFrom: e.lateFeeFrom,
      lateFeeTo: e.lateFeeTo,
      lateFeePct: e.lateFeePct,
      billedThrough: e.billedThrough,
      createdAt: e.createdAt,
      studioId: e.studioId,
      contractId: e.contractId,
    });
  }
}
