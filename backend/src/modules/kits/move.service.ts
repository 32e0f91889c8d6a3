import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { assertOperator } from '../../common/auth/actor.js';
import { badInput, DomainError, invalidState, notFound } from '../../common/errors/domain-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { Clock } from '../../common/time/clock.js';
import { maxDate } from '../../common/time/dates.js';
import { BookingStatus } from '../booking/booking.entity.js';
import { BookingHooks } from '../booking/booking.hooks.js';
import { DeskEntity } from '../site/desk.entity.js';
import { KitStatus } from './kit.entity.js';
import { BookingDeskMoveModel, MoveNeededModel } from './move.model.js';
import { DeskHold, MoveRepository } from './move.repository.js';
import { suggestDesk } from './suggest-desk.js';

/**
 * Bookings (and their crew) on desks that are out of service, and moving them to a free
 * desk. Days already past stay where they were: only what is left moves.
 */
@Injectable()
export class MoveService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly moves: MoveRepository,
    private readonly hooks: BookingHooks,
    private readonly clock: Clock,
  ) {}

  async movesNeeded(actor: Actor): Promise<MoveNeededModel[]> {
    assertOperator(actor);
    const today = this.clock.today();
    const holds = await this.moves.holdsOnOutOfServiceDesks(today, this.clock.now());
    if (!holds.length) return [];
    const crew = await this.moves.crewOnHolds(holds, today);
    const desks = new Map((await this.dataSource.getRepository(DeskEntity).find()).map((d) => [d.id, d]));
    const freeByRange = new Map<string, DeskEntity[]>();
    const result: MoveNeededModel[] = [];
    for (const hold of holds) {
      const from = maxDate(hold.first, today);
      const key = `${from}/${hold.last}`;
      if (!freeByRange.has(key)) freeByRange.set(key, await this.moves.freeBookableDesks(from, hold.last));
      const suggested = suggestDesk(desks.get(hold.deskId)!, freeByRange.get(key)!);
      result.push(
        Object.assign(new MoveNeededModel(), {
          id: hold.bookingDeskId,
          bookingId: hold.bookingId,
          bookingReference: hold.reference,
          productionName: hold.productionName,
          bookingStatus: hold.status,
          from,
          to: hold.last,
          crew: crew
            .filter((c) => c.bookingId === hold.bookingId && c.deskId === hold.deskId)
            .map((c) => ({ assignmentId: c.assignmentId, crewMemberId: c.crewMemberId, fullName: c.fullName, from: maxDate(c.first, today), to: c.last })),
          studioId: hold.studioId,
          deskId: hold.deskId,
          kitId: hold.kitId,
          suggestedDeskId: suggested?.id ?? null,
        }),
      );
    }
    return result;
  }

  /**
   * Moves the booking's days on `fromDeskId`, from today on, to `toDeskId` (free and
   * bookable), with the crew placed there. Past days stay on the old desk.
   */
  moveBookingDesk(actor: Actor, bookingId: string, fromDeskId: string, toDeskId: string): Promise<BookingDeskMoveModel> {
    assertOperator(actor);
    if (fromDeskId === toDeskId) throw badInput('toDeskId', 'Pick another desk than the one the booking is on');
    const today = this.clock.today();
    return this.dataSource.transaction(async (em) => {
      const booking = await this.moves.lockBooking(bookingId, em);
      if (!booking) throw notFound('Booking', bookingId);
      const live = booking.status === BookingStatus.CONFIRMED || (booking.status === BookingStatus.OPTION && !!booking.optionExpiresAt && booking.optionExpiresAt > this.clock.now());
      if (!live) throw invalidState(`Booking ${booking.reference} no longer holds any desk (${booking.status.toLowerCase()})`, { status: booking.status });
      const holds = await this.moves.holdsOfBookingOnDesk(booking.id, fromDeskId, today, em);
      if (!holds.length) throw badInput('fromDeskId', `Booking ${booking.reference} has no day left on this desk`);
      const target = await em.getRepository(DeskEntity).findOneBy({ id: toDeskId });
      if (!target) throw notFound('Desk', toDeskId);
      const [targetKit] = await em.query(`SELECT status FROM kit WHERE desk_id = $1`, [target.id]);
      if (targetKit?.status !== KitStatus.OPERATIONAL) {
        throw new DomainError(ErrorCode.DESK_UNAVAILABLE, `Desk ${target.code} is out of service: pick a desk with a working kit`, { deskId: target.id, deskCode: target.code });
      }
      try {
        for (const hold of holds) await this.moveHold(hold, target.id, today, em);
      } catch (e) {
        if (isExclusionViolation(e)) {
          throw new DomainError(ErrorCode.DESK_UNAVAILABLE, `Desk ${target.code} is already taken on some of these days: pick another desk`, { deskId: target.id, deskCode: target.code });
        }
        throw e;
      }
      const from = maxDate(holds[0].first, today);
      const crewMoved = await this.movingCrew(() => this.moves.moveCrew(booking.id, fromDeskId, target.id, from, actor.userId, em), target);
      await this.hooks.runChanged(em, booking);
      return Object.assign(new BookingDeskMoveModel(), {
        bookingId: booking.id,
        bookingReference: booking.reference,
        from,
        to: holds[holds.length - 1].last,
        crewMoved,
        fromDeskId,
        toDeskId: target.id,
      });
    });
  }

  private async moveHold(hold: DeskHold, toDeskId: string, today: string, em: EntityManager): Promise<void> {
    if (hold.first >= today) return this.moves.moveHold(hold.bookingDeskId, toDeskId, em);
    // Split: the days already past stay on the old desk (they were used, and billed, there).
    await this.moves.shortenHold(hold.bookingDeskId, today, em);
    await this.moves.insertHold(hold, toDeskId, today, em);
  }

  private async movingCrew(move: () => Promise<number>, target: DeskEntity): Promise<number> {
    try {
      return await move();
    } catch (e) {
      if (isExclusionViolation(e)) {
        throw new DomainError(ErrorCode.DESK_UNAVAILABLE, `Someone else is already placed on desk ${target.code} on some of these days`, { deskId: target.id, deskCode: target.code });
      }
      throw e;
    }
  }
}

function isExclusionViolation(e: unknown): boolean {
  return e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '23P01';
}
