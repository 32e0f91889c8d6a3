import { Field, ID, InputType } from '@nestjs/graphql';
import { Allow, IsUUID } from 'class-validator';
import { DateScalar } from '../../../common/graphql/date.scalar.js';

@InputType()
export class AssignCrewInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a booking id' }) bookingId: string;
  @Field(() => ID) @IsUUID('all', { message: 'must be a crew member id' }) crewMemberId: string;
  @Field(() => ID) @IsUUID('all', { message: 'must be a desk id' }) deskId: string;
  @Field(() => DateScalar, { description: 'First day, inside the booking.' }) @Allow() startDate: string;
  @Field(() => DateScalar, { description: 'Last day (inclusive), inside the booking.' }) @Allow() endDate: string;
}
