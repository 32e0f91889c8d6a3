import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, isOperator, studioScope } from '../../common/auth/actor.js';
import { Transactions } from '../../common/database/transactions.js';
import { isExclusionViolation } from '../../common/errors/db-errors.js';
import { badInput, DomainError, invalidState, notFound } from '../../common/errors/domain-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { Clock } from '../../common/time/clock.js';
import { dateRangeLiteral, parseDateRange } from '../../common/time/dates.js';
import { BookingEntity, BookingStatus } from '../booking/booking.entity.js';
import { BookingHooks } from '../booking/booking.hooks.js';
import { MailService } from '../mail/mail.service.js';
import { DeskEntity } from '../site/desk.entity.js';
import { SiteRepository } from '../site/site.repository.js';
import { trimToBooking } from './assignment-trim.js';
import { AssignmentEndReason, CrewAssignmentEntity } from './crew-assignment.entity.js';
import { CrewPasses, IssuedPass, PassRecord } from './crew-passes.js';
import { AssignmentFilter, CrewRepository } from './crew.repository.js';
import { CrewService } from './crew.service.js';
import { AssignCrewInput } from './dto/assign-crew.input.js';

export interface IssuedAssignment {
  assignment: CrewAssignmentEntity;
  pass: PassRecord;
  code: string;
}

/**
 * Crew on desks. The database has the last word on conflicts (two exclusion constraints);
 * the checks before the insert only make the refusal say what to do.
 */
@Injectable()
export class AssignmentService implements OnModuleInit {
  constructor(
    private readonly transactions: Transactions,
    private readonly repo: CrewRepository,
    private readonly site: SiteRepository,
    private readonly crew: CrewService,
    private readonly passes: CrewPasses,
    private readonly mail: MailService,
    private readonly hooks: BookingHooks,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.hooks.onCancelled((em, booking) => this.bookingCancelled(em, booking));
    this.hooks.onChanged((em, booking) => this.bookingChanged(em, booking));
  }

  async assign(actor: Actor, input: AssignCrewInput): Promise<IssuedAssignment> {
    const { startDate, endDate } = input;
    if (endDate < startDate) throw badInput('endDate', 'The last day comes before the first day', { reason: 'END_BEFORE_START' });
    if (!isOperator(actor) && startDate < this.clock.today()) throw badInput('startDate', 'An assignment starts today or later', { reason: 'START_IN_PAST', today: this.clock.today() });
    const scope = studioScope(actor);
    const issued = await this.transactions
      .run(async (em) => {
        const member = await this.crew.get(actor, input.crewMemberId, em);
        if (member.anonymisedAt) throw invalidState('This crew member was removed: add them again to assign them');
        const booking = await this.repo.lockBooking(input.bookingId, scope, em);
        if (!booking) throw notFound('Booking', input.bookingId);
        if (booking.studioId !== member.studioId) throw badInput('crewMemberId', "This person is not in the booking's studio crew", { reason: 'NOT_IN_STUDIO_CREW' });
        if (booking.status !== BookingStatus.CONFIRMED) throw invalidState('Crew can only be put on a confirmed booking: confirm it first', { status: booking.status });
        if (startDate < booking.startDate || endDate > booking.endDate) {
          throw badInput(startDate < booking.startDate ? 'startDate' : 'endDate', `The dates must be inside the booking (${booking.startDate} to ${booking.endDate})`, {
            reason: 'OUTSIDE_BOOKING',
            bookingFrom: booking.startDate,
            bookingTo: booking.endDate,
          });
        }
        const [desk] = await this.site.desksByIds([input.deskId], em);
        if (!desk || !(await this.repo.bookingDeskCovering(booking.id, desk.id, startDate, endDate, em))) {
          throw badInput('deskId', 'This desk is not one of the booking\'s desks on these days', { reason: 'DESK_NOT_IN_BOOKING' });
        }
        await this.refuseConflicts(input, desk, em);
        const assignment = await this.insert(
          { studioId: booking.studioId, bookingId: booking.id, crewMemberId: member.id, deskId: desk.id, days: dateRangeLiteral(startDate, endDate), live: true, endedAt: null, endReason: null, createdById: actor.userId },
          desk,
          em,
        );
        const { pass, code } = await this.passes.issue(assignment, em);
        return { assignment, pass, code };
      });
    this.mail.deliverSoon();
    return issued;
  }

  /** Friendly refusals; the constraints still decide when two requests race. */
  private async refuseConflicts(input: AssignCrewInput, desk: DeskEntity, em: EntityManager): Promise<void> {
    const onDesk = await this.repo.overlapping('deskId', desk.id, input.startDate, input.endDate, em);
    if (onDesk) throw deskTaken(desk, onDesk);
    const busy = await this.repo.overlapping('crewMemberId', input.crewMemberId, input.startDate, input.endDate, em);
    if (busy) throw memberBusy(busy);
  }

  private async insert(row: Partial<CrewAssignmentEntity>, desk: DeskEntity, em: EntityManager): Promise<CrewAssignmentEntity> {
    try {
      return await this.repo.insertAssignment(row, em);
    } catch (e) {
      if (isExclusionViolation(e, 'ex_crew_assignment_desk_day')) throw deskTaken(desk);
      if (isExclusionViolation(e, 'ex_crew_assignment_member_day')) throw memberBusy();
      throw e;
    }
  }

  /** Ends a live assignment now; its pass stops working. Check-ins already made stay. */
  async unassign(actor: Actor, id: string): Promise<CrewAssignmentEntity> {
    const ended = await this.transactions.run(async (em) => {
      const assignment = await this.repo.findAssignment(id, studioScope(actor), em, true);
      if (!assignment) throw notFound('Assignment', id);
      if (!assignment.live) throw invalidState('This assignment has already ended', { endReason: assignment.endReason });
      await this.passes.revokeForAssignments([assignment], 'UNASSIGNED', em);
      await this.repo.endAssignments([assignment.id], AssignmentEndReason.UNASSIGNED, em);
      return (await this.repo.findAssignment(id, null, em))!;
    });
    this.mail.deliverSoon();
    return ended;
  }

  async reissuePass(actor: Actor, assignmentId: string): Promise<IssuedPass> {
    const issued = await this.transactions.run(async (em) => {
      const assignment = await this.repo.findAssignment(assignmentId, studioScope(actor), em, true);
      if (!assignment) throw notFound('Assignment', assignmentId);
      return this.passes.reissue(assignment, em);
    });
    this.mail.deliverSoon();
    return issued;
  }

  list(actor: Actor, filter: AssignmentFilter & { studioId?: string | null }): Promise<CrewAssignmentEntity[]> {
    if (filter.from && filter.to && filter.to < filter.from) throw badInput('to', 'The end of the range comes before its start');
    return this.repo.listAssignments(filter, studioScope(actor, filter.studioId));
  }

  async get(actor: Actor, id: string): Promise<CrewAssignmentEntity> {
    const assignment = await this.repo.findAssignment(id, studioScope(actor));
    if (!assignment) throw notFound('Assignment', id);
    return assignment;
  }

  /** BookingHooks: a cancelled booking (or expired option) ends its assignments and revokes their passes. */
  async bookingCancelled(em: EntityManager, booking: BookingEntity): Promise<void> {
    const live = await this.repo.lockLiveAssignmentsOfBooking(booking.id, em);
    await this.passes.revokeForAssignments(live, 'BOOKING_CANCELLED', em);
    await this.repo.endAssignments(live.map((a) => a.id), AssignmentEndReason.BOOKING_CANCELLED, em);
  }

  /** BookingHooks: dates or desks changed; assignments shrink to what the booking still covers, or end. */
  async bookingChanged(em: EntityManager, booking: BookingEntity): Promise<void> {
    const live = await this.repo.lockLiveAssignmentsOfBooking(booking.id, em);
    if (!live.length) return;
    const desks = await this.repo.liveBookingDesks(booking.id, em);
    const gone: CrewAssignmentEntity[] = [];
    for (const assignment of live) {
      const ranges = desks.filter((d) => d.deskId === assignment.deskId).map((d) => parseDateRange(d.days));
      const kept = trimToBooking(parseDateRange(assignment.days), ranges);
      if (!kept) {
        gone.push(assignment);
        continue;
      }
      const days = dateRangeLiteral(kept.first, kept.last);
      if (days === assignment.days) continue;
      await this.repo.setAssignmentDays(assignment.id, kept.first, kept.last, em);
      await this.passes.followDays(assignment.id, days, em);
    }
    await this.passes.revokeForAssignments(gone, 'BOOKING_CHANGED', em);
    await this.repo.endAssignments(gone.map((a) => a.id), AssignmentEndReason.BOOKING_CHANGED, em);
  }
}

function deskTaken(desk: DeskEntity, other?: CrewAssignmentEntity): DomainError {
  const days = other ? parseDateRange(other.days) : undefined;
  return new DomainError(
    ErrorCode.DESK_UNAVAILABLE,
    days ? `Desk ${desk.code} already has someone from ${days.first} to ${days.last}: pick other days or another desk` : `Desk ${desk.code} already has someone on some of these days`,
    { deskId: desk.id, deskCode: desk.code, ...(days ? { conflictFrom: days.first, conflictTo: days.last } : {}) },
  );
}

function memberBusy(other?: CrewAssignmentEntity): DomainError {
  const days = other ? parseDateRange(other.days) : undefined;
  return badInput(
    'crewMemberId',
    days ? `This person is already on another desk from ${days.first} to ${days.last}: one person holds one desk a day` : 'This person is already on another desk on some of these days',
    { reason: 'CREW_MEMBER_BUSY', ...(other ? { conflictAssignmentId: other.id, conflictFrom: days!.first, conflictTo: days!.last } : {}) },
  );
}
