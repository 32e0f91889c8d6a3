import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../common/graphql/date.scalar.js';
import type { LocalDate } from '../../common/time/dates.js';

@ObjectType('MoveNeededCrew', { description: 'A crew member placed on the out-of-service desk.' })
export class MoveNeededCrewModel {
  @Field(() => ID) assignmentId: string;
  @Field(() => ID) crewMemberId: string;
  @Field() fullName: string;
  @Field(() => DateScalar) from: LocalDate;
  @Field(() => DateScalar) to: LocalDate;
}

@ObjectType('MoveNeeded', {
  description: "A live booking holding a desk whose kit is out of service (or missing) on some day from today on: move it to a free desk.",
})
export class MoveNeededModel {
  @Field(() => ID, { description: 'The booking-desk row.' }) id: string;
  @Field(() => ID) bookingId: string;
  @Field() bookingReference: string;
  @Field() productionName: string;
  @Field({ description: 'OPTION or CONFIRMED' }) bookingStatus: string;
  @Field(() => DateScalar, { description: 'First day to move (today or later).' }) from: LocalDate;
  @Field(() => DateScalar, { description: 'Last day held on the desk.' }) to: LocalDate;
  @Field(() => [MoveNeededCrewModel]) crew: MoveNeededCrewModel[];
  studioId: string;
  deskId: string;
  kitId: string | null;
  suggestedDeskId: string | null;
}

@ObjectType('BookingDeskMove', { description: 'The result of moving a booking from one desk to another.' })
export class BookingDeskMoveModel {
  @Field(() => ID) bookingId: string;
  @Field() bookingReference: string;
  @Field(() => DateScalar, { description: 'First day on the new desk; earlier days stay on the old one.' }) from: LocalDate;
  @Field(() => DateScalar) to: LocalDate;
  @Field(() => Int, { description: 'Crew assignments moved with the booking.' }) crewMoved: number;
  fromDeskId: string;
  toDeskId: string;
}
