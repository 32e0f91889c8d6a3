import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '../../common/graphql/date.scalar.js';
import { CrewAssignmentModel } from '../crew/crew.model.js';
import type { PassRecord } from '../crew/crew-passes.js';
import { AccessDenialReason } from './access-decision.js';
import { PassRevokeReason } from './access-pass.entity.js';
import { BoardStatus } from './board-status.js';
import { CheckInEntity } from './check-in.entity.js';
import type { CrewMemberEntity } from '../crew/crew-member.entity.js';
import type { DeskEntity } from '../site/desk.entity.js';
import type { StudioEntity } from '../studios/studio.entity.js';

registerEnumType(AccessDenialReason, { name: 'AccessDenialReason' });
registerEnumType(PassRevokeReason, { name: 'PassRevokeReason' });
registerEnumType(BoardStatus, { name: 'BoardStatus' });

@ObjectType('AccessPass', { description: "An assignment's door code, valid from its first day 00:00 to its last day 23:59:59 Europe/Paris." })
export class AccessPassModel {
  @Field(() => ID) id: string;
  @Field(() => String, {
    nullable: true,
    description:
      "The code, e.g. 7KQ2M-X9D4R-0HVTB-C3N8P, for the operator and the pass's studio manager while the pass is valid (kept sealed, never readable in the database); null once revoked or expired. Leaked? reissueAccessPass.",
  })
  code: string | null;
  @Field(() => Date) validFrom: Date;
  @Field(() => Date) validTo: Date;
  @Field() revoked: boolean;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
  @Field(() => PassRevokeReason, { nullable: true }) revokeReason: PassRevokeReason | null;
  @Field(() => Date) createdAt: Date;
  assignmentId: string;

  static from(e: PassRecord, code: string | null = null): AccessPassModel {
    return Object.assign(new AccessPassModel(), {
      id: e.id,
      code,
      validFrom: e.validFrom,
      validTo: e.validTo,
      revoked: e.revokedAt !== null,
      revokedAt: e.revokedAt,
      revokeReason: e.revokeReason,
      createdAt: e.createdAt,
      assignmentId: e.assignmentId,
    });
  }
}

@ObjectType('CheckIn', { description: "A crew member's arrival at the assigned desk on one day, and departure." })
export class CheckInModel {
  @Field(() => ID) id: string;
  @Field(() => DateScalar) day: string;
  @Field(() => Date) checkedInAt: Date;
  @Field(() => Date, { nullable: true }) checkedOutAt: Date | null;
  @Field({ description: 'Closed by the end-of-day job at 23:59:59 Europe/Paris.' }) autoClosed: boolean;
  deskId: string;
  crewMemberId: string;
  studioId: string;
  assignmentId: string;

  static from(e: CheckInEntity): CheckInModel {
    return Object.assign(new CheckInModel(), {
      id: e.id,
      day: e.day,
      checkedInAt: e.checkedInAt,
      checkedOutAt: e.checkedOutAt,
      autoClosed: e.autoClosed,
      deskId: e.deskId,
      crewMemberId: e.crewMemberId,
      studioId: e.studioId,
      assignmentId: e.assignmentId,
    });
  }
}

@ObjectType('BoardEntry', { description: 'One desk on the daily board.' })
export class BoardEntryModel {
  @Field(() => BoardStatus) status: BoardStatus;
  @Field(() => DateScalar) date: string;
  deskId: string;
  crewMemberId: string | null;
  studioId: string | null;
  @Field({ description: 'A confirmed booking holds the desk that day.' }) booked: boolean;
  @Field(() => CrewAssignmentModel, { nullable: true }) assignment: CrewAssignmentModel | null;
  @Field(() => CheckInModel, { nullable: true }) checkIn: CheckInModel | null;
  loaded?: BoardLoaded;
}

/** What the board read already holds for an entry's desk, crew member and studio fields. */
export interface BoardLoaded {
  desk: DeskEntity;
  /** deskBookable of its kit, as read. */
  bookable: boolean;
  crewMember: CrewMemberEntity | null;
  studio: StudioEntity | null;
}

@ObjectType('StudioOccupancy', { description: "A studio's booked desk-days beside the desk-days its crew actually came, in one month." })
export class StudioOccupancyModel {
  @Field() month: string;
  studioId: string;
  @Field(() => Int, { description: 'Desk-days of confirmed bookings on open days.' }) bookedDeskDays: number;
  @Field(() => Int, { description: 'Booked desk-days with someone assigned.' }) assignedDeskDays: number;
  @Field(() => Int, { description: 'Desk-days with a check-in.' }) checkedInDeskDays: number;
  @Field(() => Int, { description: 'Assigned open desk-days, already past, without a check-in.' }) noShowDeskDays: number;
  @Field(() => Float, { description: 'checkedInDeskDays / bookedDeskDays, 0 when nothing was booked.' }) rate: number;
}
