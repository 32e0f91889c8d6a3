import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CrewAssignmentEntity } from './crew-assignment.entity.js';

/** Why crew ends a pass (the values of access's PassRevokeReason that crew causes). */
export type PassEndCause = 'UNASSIGNED' | 'BOOKING_CANCELLED' | 'BOOKING_CHANGED' | 'CREW_REMOVED';

/** What crew sees of an access pass (its code is never stored). */
export interface PassRecord {
  id: string;
  assignmentId: string;
  validFrom: Date;
  validTo: Date;
  createdAt: Date;
  revokedAt: Date | null;
  revokeReason: string | null;
}

/** What crew sees of a check-in, for the personal-data export. */
export interface CheckInRecord {
  day: string;
  deskId: string;
  checkedInAt: Date;
  checkedOutAt: Date | null;
  autoClosed: boolean;
}

export interface IssuedPass {
  pass: PassRecord;
  code: string;
}

/** The passes of assignments, as the access module keeps them; every write runs in the caller's transaction. */
export interface PassKeeper {
  issue(assignment: CrewAssignmentEntity, em: EntityManager): Promise<IssuedPass>;
  reissue(assignment: CrewAssignmentEntity, em: EntityManager): Promise<IssuedPass>;
  revokeForAssignments(assignments: CrewAssignmentEntity[], cause: PassEndCause, em: EntityManager, notify?: boolean): Promise<void>;
  followDays(assignmentId: string, days: string, em: EntityManager): Promise<void>;
  /** Everything held about a person at the door: their passes and check-ins. */
  recordsOf(assignmentIds: string[], crewMemberId: string): Promise<{ passes: PassRecord[]; checkIns: CheckInRecord[] }>;
}

/**
 * Crew's door to passes: an assignment issues one, ending it revokes it. The access module
 * (which depends on crew, not the other way round) provides the keeper in onModuleInit, as
 * BookingHooks lets other domains react to bookings.
 */
@Injectable()
export class CrewPasses implements PassKeeper {
  private keeper?: PassKeeper;

  provide(keeper: PassKeeper): void {
    this.keeper = keeper;
  }

  private get k(): PassKeeper {
    if (!this.keeper) throw new Error('No pass keeper: the access module is not loaded');
    return this.keeper;
  }

  issue(assignment: CrewAssignmentEntity, em: EntityManager): Promise<IssuedPass> {
    return this.k.issue(assignment, em);
  }

  reissue(assignment: CrewAssignmentEntity, em: EntityManager): Promise<IssuedPass> {
    return this.k.reissue(assignment, em);
  }

  revokeForAssignments(assignments: CrewAssignmentEntity[], cause: PassEndCause, em: EntityManager, notify?: boolean): Promise<void> {
    return this.k.revokeForAssignments(assignments, cause, em, notify);
  }

  followDays(assignmentId: string, days: string, em: EntityManager): Promise<void> {
    return this.k.followDays(assignmentId, days, em);
  }

  recordsOf(assignmentIds: string[], crewMemberId: string): Promise<{ passes: PassRecord[]; checkIns: CheckInRecord[] }> {
    return this.k.recordsOf(assignmentIds, crewMemberId);
  }
}
