import { Injectable } from '@nestjs/common';
import { EntityManager, QueryFailedError } from 'typeorm';
import { Transactions } from '../../common/database/transactions.js';
import { Actor, isOperator } from '../../common/auth/actor.js';
import { DomainError, invalidState, notFound } from '../../common/errors/domain-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { RateLimiter, RateLimitStore } from '../../common/rate-limit/rate-limiter.js';
import { Clock } from '../../common/time/clock.js';
import { parseDateRange, SITE_TIMEZONE } from '../../common/time/dates.js';
import { BookingStatus } from '../booking/booking.entity.js';
import type { CrewAssignmentEntity } from '../crew/crew-assignment.entity.js';
import { CrewRepository } from '../crew/crew.repository.js';
import { KitStatus } from '../kits/kit.entity.js';
import { isOpenDay } from '../site/opening.js';
import { SiteScope } from '../site/site-scope.service.js';
import { SiteRepository } from '../site/site.repository.js';
import { SiteService } from '../site/site.service.js';
import { AccessDenialReason, decideAccess } from './access-decision.js';
import { AccessPassEntity } from './access-pass.entity.js';
import { AccessRepository } from './access.repository.js';
import { CheckInEntity } from './check-in.entity.js';
import { hashPassCode, normalisePassCode } from './pass-code.js';

/** Who presents a code: a signed-in user (the operator at the front desk) or an anonymous kiosk. */
export interface DoorCaller {
  actor?: Actor;
  address: string;
}

export interface AccessVerdict {
  reason: AccessDenialReason | null;
  pass: AccessPassEntity | null;
  assignment: CrewAssignmentEntity | null;
  checkedInToday: boolean;
}

/** Attempts per client address and minute at the door (kiosks are anonymous). */
export const DOOR_ATTEMPTS_PER_MINUTE = 30;

/**
 * The door: verifyAccess, checkIn, checkOut. They are public so a kiosk with no account can
 * use them, and limited per client address against guessing (each code has 100 random bits,
 * the limit also stops anyone hammering the door). The signed-in operator is not limited.
 */
@Injectable()
export class AccessService {
  private readonly doorLimiter: RateLimiter;

  constructor(
    private readonly transactions: Transactions,
    private readonly repo: AccessRepository,
    private readonly crew: CrewRepository,
    private readonly site: SiteService,
    private readonly siteRepo: SiteRepository,
    private readonly scope: SiteScope,
    private readonly clock: Clock,
    limits: RateLimitStore,
  ) {
    this.doorLimiter = new RateLimiter(limits, 'door', DOOR_ATTEMPTS_PER_MINUTE, 60_000);
  }

  private async limit(caller: DoorCaller): Promise<void> {
    if (caller.actor && isOperator(caller.actor)) return;
    await this.doorLimiter.hit(caller.address, 'access code attempts');
  }

  /** Everything that decides a code, read in one place (inside the caller's transaction if any). */
  async evaluate(code: string, em?: EntityManager, kioskSiteId?: string | null): Promise<AccessVerdict> {
    const normalised = normalisePassCode(code);
    const pass = normalised ? await this.repo.findPassByHash(hashPassCode(normalised), em) : null;
    if (!pass) return { reason: AccessDenialReason.UNKNOWN_CODE, pass: null, assignment: null, checkedInToday: false };
    const assignment = (await this.crew.findAssignment(pass.assignmentId, null, em))!;
    const today = this.clock.today();
    // One after the other: inside a transaction they share one connection.
    const status = await this.repo.bookingStatus(assignment.bookingId, em);
    const [desk] = await this.siteRepo.desksByIds([assignment.deskId], em);
    // A kiosk stands at one site (the first when it does not say): a pass for another site's desk does not open it.
    const kioskSite = kioskSiteId ?? (await this.site.defaultSiteId(em));
    const calendar = await this.site.calendar(desk.siteId, today, today, em);
    const kit = await this.repo.kitOnDesk(assignment.deskId, em);
    const checkIn = await this.repo.checkInOfMember(assignment.crewMemberId, today, em);
    const reason = decideAccess({
      pass: { validFrom: pass.validFrom, validTo: pass.validTo, revoked: pass.revokedAt !== null },
      wrongSite: desk.siteId !== kioskSite,
      bookingLive: status === BookingStatus.CONFIRMED,
      siteOpenToday: isOpenDay(calendar, today),
      kitOperational: kit?.status === KitStatus.OPERATIONAL,
      now: this.clock.now(),
    });
    return { reason, pass, assignment, checkedInToday: checkIn !== null && checkIn.assignmentId === assignment.id && checkIn.checkedOutAt === null };
  }

  async verify(code: string, caller: DoorCaller, kioskSiteId?: string | null): Promise<AccessVerdict> {
    await this.limit(caller);
    return this.evaluate(code, undefined, kioskSiteId);
  }

  /** Records the arrival: only when the code lets the person in, and once a day. */
  async checkIn(code: string, caller: DoorCaller, kioskSiteId?: string | null): Promise<CheckInEntity> {
    await this.limit(caller);
    try {
      return await this.transactions.run(async (em) => {
        const verdict = await this.evaluate(code, em, kioskSiteId);
        if (verdict.reason) throw denied(verdict.reason);
        const assignment = verdict.assignment!;
        const today = this.clock.today();
        const existing = await this.repo.checkInOfMember(assignment.crewMemberId, today, em);
        if (existing) throw alreadyCheckedIn(existing);
        return this.repo.insertCheckIn(
          { assignmentId: assignment.id, crewMemberId: assignment.crewMemberId, deskId: assignment.deskId, studioId: assignment.studioId, day: today, checkedInAt: this.clock.now(), checkedOutAt: null, autoClosed: false },
          em,
        );
      });
    } catch (e) {
      // Two check-ins racing: the unique (crew member, day) constraint lets one through.
      if (e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '23505') {
        throw invalidState('Already checked in today', { reason: 'ALREADY_CHECKED_IN' });
      }
      throw e;
    }
  }

  /** Records the departure of whoever holds this code and checked in today. */
  async checkOut(code: string, caller: DoorCaller): Promise<CheckInEntity> {
    await this.limit(caller);
    return this.transactions.run(async (em) => {
      const normalised = normalisePassCode(code);
      const pass = normalised ? await this.repo.findPassByHash(hashPassCode(normalised), em) : null;
      if (!pass) throw denied(AccessDenialReason.UNKNOWN_CODE);
      const assignment = (await this.crew.findAssignment(pass.assignmentId, null, em))!;
      const open = await this.repo.checkInOfMember(assignment.crewMemberId, this.clock.today(), em, true);
      if (!open || open.assignmentId !== assignment.id) throw invalidState('Not checked in today: check in first', { reason: 'NOT_CHECKED_IN' });
      if (open.checkedOutAt) throw invalidState('Already checked out today', { reason: 'ALREADY_CHECKED_OUT' });
      return this.repo.closeCheckIn(open.id, this.clock.now(), false, em);
    });
  }

  /** The operator checks someone out from the board (the person left without their code). */
  async checkOutById(actor: Actor, id: string): Promise<CheckInEntity> {
    return this.transactions.run(async (em) => {
      const open = await this.repo.findCheckIn(id, em, true);
      if (!open) throw notFound('Check-in', id);
      await this.scope.assertDesk(actor, open.deskId, em);
      if (open.checkedOutAt) throw invalidState('Already checked out', { reason: 'ALREADY_CHECKED_OUT' });
      return this.repo.closeCheckIn(open.id, this.clock.now(), false, em);
    });
  }

  /**
   * End-of-day job: closes the check-ins left open on earlier days at 23:59:59 Europe/Paris
   * of their day. Safe to run on several instances and any number of times.
   */
  closeOpenCheckIns(): Promise<number> {
    return this.repo.closeOpenCheckInsBefore(this.clock.today(), SITE_TIMEZONE);
  }

  static assignmentDates(a: CrewAssignmentEntity) {
    const { first, last } = parseDateRange(a.days);
    return { startDate: first, endDate: last };
  }
}

const MESSAGES: Record<AccessDenialReason, string> = {
  UNKNOWN_CODE: 'Unknown access code: check what you typed',
  WRONG_SITE: 'This pass is for a desk at another Studio FLEX site',
  REVOKED: 'This pass was revoked: ask your production manager for a new one',
  NOT_YET_VALID: 'This pass is not valid yet: it opens on the first day of your assignment',
  EXPIRED: 'This pass has expired',
  SITE_CLOSED: 'The site is closed today',
  BOOKING_CANCELLED: "Your studio's booking was cancelled",
  KIT_UNAVAILABLE: 'Your desk is under maintenance: see the front desk',
};

const denied = (reason: AccessDenialReason) => new DomainError(ErrorCode.FORBIDDEN, MESSAGES[reason], { reason });

const alreadyCheckedIn = (c: CheckInEntity) =>
  invalidState(c.checkedOutAt ? 'Already came and left today: a pass checks in once a day' : 'Already checked in today', { reason: 'ALREADY_CHECKED_IN', checkedInAt: c.checkedInAt.toISOString() });
