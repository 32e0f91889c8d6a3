import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Actor, assertStudioAccess, studioScope } from '../../common/auth/actor.js';
import { badInput, invalidState, notFound } from '../../common/errors/domain-error.js';
import { formatDocumentNumber } from '../../common/numbering/next-number.js';
import { Clock } from '../../common/time/clock.js';
import { BookingChecks } from './booking-checks.service.js';
import { BookingConflict, conflictError } from './booking-conflict.js';
import { assertDates, assertDeskChoice, assertKnownDesks, pastStartProblem } from './booking-input.js';
import { PlannedRow } from './booking-rules.js';
import { BookingWriter } from './booking-writer.service.js';
import { BookingEntity, BookingStatus } from './booking.entity.js';
import { BookingHooks } from './booking.hooks.js';
import { effectiveStatus } from './desk-holds.js';
import { BookingRepository } from './booking.repository.js';
import { BookDesksInput } from './dto/book-desks.input.js';
import { claimIdempotencyKey } from './idempotency.repository.js';
import { OPTION_HOURS } from './option-expiry.service.js';

const refuse = (c: BookingConflict | null) => {
  if (c) throw conflictError(c);
};

/** Making bookings and confirming options. */
@Injectable()
export class BookingService {
  constructor(
    private readonly writer: BookingWriter,
    private readonly repo: BookingRepository,
    private readonly checks: BookingChecks,
    private readonly hooks: BookingHooks,
    private readonly clock: Clock,
  ) {}

  /**
   * Books a block of desks. The rules, in the order they answer: FORBIDDEN (another studio),
   * BAD_USER_INPUT, NO_ACTIVE_CONTRACT, INSURANCE_EXPIRED, SITE_NOT_COVERED, CONTRACT_LIMIT, DESK_UNAVAILABLE.
   * With an idempotency key seen before from the same user, the first booking comes back.
   */
  async book(actor: Actor, input: BookDesksInput): Promise<BookingEntity> {
    assertStudioAccess(actor, input.studioId);
    assertDates(input.startDate, input.endDate);
    assertDeskChoice(input.deskIds, input.deskCount);
    const past = pastStartProblem(actor, input.startDate, this.clock.today());
    if (past) throw badInput('startDate', past);
    if (!input.asOption && input.optionHours != null) throw badInput('optionHours', 'optionHours is for an option: set asOption too, or leave it out');
    const bookingId = randomUUID();
    return this.writer.run(async (em) => {
      if (input.idempotencyKey) {
        const firstId = await claimIdempotencyKey(em, actor.userId, input.idempotencyKey, 'bookDesks', bookingId);
        if (firstId) return this.replay(actor, firstId, em);
      }
      // Expired options are released only where this booking's rows need it (below), not everywhere.
      await this.writer.lockStudio(em, input.studioId);
      const { startDate: first, endDate: last } = input;
      const { contract, conflict } = await this.checks.contract(input.studioId, first, last, em);
      refuse(conflict);
      // One site: the one asked, or the desks', or the contract's first; never a team across sites.
      const site = await this.checks.site(contract, input.siteId, input.deskIds, em);
      refuse(site.conflict);
      const desks = input.deskIds ? await this.checks.desksByIds(input.deskIds, em) : await this.checks.desks(site.siteId, em);
      if (input.deskIds) assertKnownDesks(input.deskIds, desks);
      // Named desks: the studio's holds and those desks' in one read, for the limit and the conflicts.
      const holds = input.deskIds ? await this.checks.holdsFor(input.studioId, input.deskIds, first, last, em) : undefined;
      // The limit does not depend on which desks: it answers before the desks are looked at.
      const count = input.deskIds?.length ?? input.deskCount!;
      const sized: PlannedRow[] = Array.from({ length: count }, (_, position) => ({ deskId: '', first, last, position }));
      refuse(await this.checks.limit(input.studioId, contract!, sized, null, em, holds));
      let deskIds = input.deskIds;
      if (!deskIds) {
        const allocation = await this.checks.allocate(count, first, last, desks, null, em);
        refuse(allocation.conflict);
        deskIds = allocation.desks.map((d) => d.id);
      }
      const planned = deskIds.map((deskId, position) => ({ deskId, first, last, position }));
      refuse(await this.checks.desksFree(planned, [], null, desks, em, holds));
      const now = this.clock.now();
      const year = Number(this.clock.today().slice(0, 4));
      const booking = Object.assign(new BookingEntity(), {
        id: bookingId,
        reference: formatDocumentNumber('BK', year, await this.repo.nextReferenceNumber(em), 5),
        studioId: input.studioId,
        contractId: contract!.id,
        productionName: input.productionName.trim(),
        startDate: first,
        endDate: last,
        status: input.asOption ? BookingStatus.OPTION : BookingStatus.CONFIRMED,
        optionExpiresAt: input.asOption ? new Date(now.getTime() + (input.optionHours ?? OPTION_HOURS) * 3_600_000) : null,
        confirmedAt: input.asOption ? null : now,
        cancelledAt: null,
        lateFeeFrom: null,
        lateFeeTo: null,
        lateFeePct: null,
        billedThrough: null,
        createdById: actor.userId,
      });
      await this.repo.insert(booking, em);
      await this.writer.releaseExpiredOn(em, planned);
      await this.writer.writeRows(booking.id, planned, [], desks, em);
      await this.hooks.runPlaced(em, booking);
      return booking;
    });
  }

  /** OPTION → CONFIRMED, while the option is still alive and the contract still covers it. */
  async confirm(actor: Actor, id: string): Promise<BookingEntity> {
    return this.writer.run(async (em) => {
      const booking = await this.repo.find(id, studioScope(actor), em, true);
      if (!booking) throw notFound('Booking', id);
      const status = effectiveStatus(booking, this.clock.now());
      if (status === BookingStatus.EXPIRED) {
        throw invalidState(`This option expired at ${booking.optionExpiresAt!.toISOString()}: its desks are no longer held; book them again`, { status });
      }
      if (status !== BookingStatus.OPTION) throw invalidState(`Only an option can be confirmed; booking ${booking.reference} is ${status}`, { status });
      refuse((await this.checks.contract(booking.studioId, booking.startDate, booking.endDate, em)).conflict);
      booking.status = BookingStatus.CONFIRMED;
      booking.confirmedAt = this.clock.now();
      const saved = await this.repo.save(booking, em);
      await this.hooks.runConfirmed(em, saved);
      return saved;
    });
  }

  /** The booking a repeated idempotency key points at (the same user made it). */
  private async replay(actor: Actor, id: string, em: EntityManager): Promise<BookingEntity> {
    const booking = await this.repo.find(id, studioScope(actor), em);
    if (!booking) throw notFound('Booking', id);
    return booking;
  }
}
