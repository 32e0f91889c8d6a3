import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '../../common/graphql/date.scalar.js';
import { parseDateRange } from '../../common/time/dates.js';
import { AssignmentEndReason, CrewAssignmentEntity } from './crew-assignment.entity.js';
import { CrewMemberEntity } from './crew-member.entity.js';

registerEnumType(AssignmentEndReason, { name: 'AssignmentEndReason', description: 'Why an assignment no longer holds its desk.' });

@ObjectType('CrewMember', { description: 'A person a studio puts on desks (often an intermittent worker).' })
export class CrewMemberModel {
  @Field(() => ID) id: string;
  @Field({ description: '"Ancien membre" once anonymised.' }) fullName: string;
  @Field(() => String, { nullable: true, description: 'Null once anonymised.' }) email: string | null;
  @Field(() => String, { nullable: true }) jobTitle: string | null;
  @Field({ description: 'Personal data removed (removal, erasure request, or 12 months without assignment).' }) anonymised: boolean;
  @Field(() => Date, { nullable: true }) anonymisedAt: Date | null;
  @Field(() => Date) createdAt: Date;
  studioId: string;

  static from(e: CrewMemberEntity): CrewMemberModel {
    return Object.assign(new CrewMemberModel(), {
      id: e.id,
      fullName: e.fullName,
      email: e.email,
      jobTitle: e.jobTitle,
      anonymised: e.anonymisedAt !== null,
      anonymisedAt: e.anonymisedAt,
      createdAt: e.createdAt,
      studioId: e.studioId,
    });
  }
}

@ObjectType('CrewAssignment', { description: 'A crew member on one desk of a confirmed booking, for days inside it.' })
export class CrewAssignmentModel {
  @Field(() => ID) id: string;
  @Field(() => DateScalar, { description: 'First day (inclusive).' }) startDate: string;
  @Field(() => DateScalar, { description: 'Last day (inclusive).' }) endDate: string;
  @Field({ description: 'False once unassigned, or its booking was cancelled or changed away from it.' }) live: boolean;
  @Field(() => AssignmentEndReason, { nullable: true }) endReason: AssignmentEndReason | null;
  @Field(() => Date, { nullable: true }) endedAt: Date | null;
  @Field(() => ID) bookingId: string;
  studioId: string;
  crewMemberId: string;
  deskId: string;

  static from(e: CrewAssignmentEntity): CrewAssignmentModel {
    const { first, last } = parseDateRange(e.days);
    return Object.assign(new CrewAssignmentModel(), {
      id: e.id,
      startDate: first,
      endDate: last,
      live: e.live,
      endReason: e.endReason,
      endedAt: e.endedAt,
      bookingId: e.bookingId,
      studioId: e.studioId,
      crewMemberId: e.crewMemberId,
      deskId: e.deskId,
    });
  }
}
