import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../common/graphql/date.scalar.js';
import { AccessDenialReason } from './access-decision.js';
import { CheckInEntity } from './check-in.entity.js';

/*
 * What the door answers: the public (anonymous) operations verifyAccess, checkIn and
 * checkOut return these types and nothing else, so no studio, contract, kit, ticket or
 * booking is reachable from a kiosk. common/auth/public-surface.ts lists every field.
 */

@ObjectType('KioskDesk', { description: 'The desk to go to.' })
export class KioskDeskModel {
  @Field({ description: 'A01 … D10' }) code: string;
  @Field({ description: 'A, B, C or D' }) zone: string;
}

@ObjectType('KioskCrewMember', { description: 'Whose pass it is, as the door greets them.' })
export class KioskCrewMemberModel {
  @Field(() => ID) id: string;
  @Field({ description: 'First name and initial ("Camille D."), never the full name.' }) fullName: string;
}

@ObjectType('KioskStudio', { description: 'The studio the person works for, by its display name.' })
export class KioskStudioModel {
  @Field() name: string;
}

/** The ids behind an answer, resolved to kiosk views by field resolvers; never exposed. */
interface KioskLinks {
  deskId: string | null;
  crewMemberId: string | null;
  studioId: string | null;
}

@ObjectType('KioskAccessCheck', { description: 'The answer to a code presented at the door.' })
export class KioskAccessCheckModel implements KioskLinks {
  @Field() allowed: boolean;
  @Field(() => AccessDenialReason, { nullable: true, description: 'Why not; null when allowed.' }) reason: AccessDenialReason | null;
  @Field(() => DateScalar, { nullable: true, description: 'First day the pass opens the door (from 00:00 Europe/Paris).' }) startDate: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Last day the pass opens the door (until 23:59:59 Europe/Paris).' }) endDate: string | null;
  @Field({ description: 'Already checked in today (and not yet out).' }) checkedInToday: boolean;
  deskId: string | null;
  crewMemberId: string | null;
  studioId: string | null;
}

@ObjectType('KioskCheckIn', { description: "An arrival (and departure) recorded at the door." })
export class KioskCheckInModel implements KioskLinks {
  @Field(() => ID) id: string;
  @Field(() => DateScalar) day: string;
  @Field(() => Date) checkedInAt: Date;
  @Field(() => Date, { nullable: true }) checkedOutAt: Date | null;
  deskId: string;
  crewMemberId: string;
  studioId: string;

  static from(e: CheckInEntity): KioskCheckInModel {
    return Object.assign(new KioskCheckInModel(), {
      id: e.id,
      day: e.day,
      checkedInAt: e.checkedInAt,
      checkedOutAt: e.checkedOutAt,
      deskId: e.deskId,
      crewMemberId: e.crewMemberId,
      studioId: e.studioId,
    });
  }
}
