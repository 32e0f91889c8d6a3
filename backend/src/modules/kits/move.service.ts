import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor.js';
import { assertOperator } from '../../common/auth/actor.js';
import { isExclusionViolation } from '../../common/errors/db-errors.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { Clock } from '../../common/time/clock.js';
import { maxDate } from '../../common/time/dates.js';
import { AlongsideMove, BookingUpdateService, DeskMove } from '../booking/booking-update.service.js';
import { DeskHoldsRepository } from '../booking/desk-holds.repository.js';
import { BookingDeskMoveModel, MoveNeededModel } from './move.model.js';
import { CrewHold, DeskHold, MoveRepository } from './move.repository.js';
import { suggestDesks } from './suggest-desk.js';

/**
 * Bookings (and their crew) on desks that are out of service, and moving them to a free
 * desk. Days already past stay where they were: only what is left moves. The booking's rows
 * are moved by the booking module (BookingUpdateService.moveDesk); the crew follows in the same
 * transaction.
 */
@Injectable()
export class MoveService {
  constructor(
    private readonly moves: MoveRepository,
    private readonly bookings: BookingUpdateService,
    private readonly holds: DeskHoldsRepository,
    private readonly clock: Clock,
  ) {}

  async movesNeeded(actor: Actor): Promise<MoveNeededModel[]> {
    assertOperator(actor);
    const today = this.clock.today();
    const holds = await this.moves.holdsOnOutOfServiceDesks(today, this.clock.now());
    if (!holds.length) return [];
    const crew = await this.moves.crewOnHolds(holds, today);
    const toMove = holds.map((h) => ({ deskId: h.deskId, first: maxDate(h.first, today), last: h.last }));
    const suggested = await this.suggestions(toMove);
    return holds.map((hold, i) => need(hold, toMove[i].first, crew, today, suggested[i]));
  }

  /** A free bookable desk for each stretch, never the same desk for two stretches sharing a day. */
  private async suggestions(toMove: Array<{ deskId: string; first: string; last: string }>): Promise<Array<string | null>> {
    const first = toMove.reduce((m, s) => (s.first < m ? s.first : m), toMove[0].first);
    const last = toMove.reduce((m, s) => (s.last > m ? s.last : m), toMove[0].last);
    const [desks, held] = await Promise.all([this.holds.desks(null), this.holds.liveHolds(first, last, this.clock.now())]);
    return suggestDesks(toMove, desks, held).map((d) => d?.id ?? null);
  }

  /**
   * Moves the booking's days on `fromDeskId`, from today on, to `toDeskId` (free and
   * bookable), with the crew placed there. Past days stay on the old desk.
   */
  async moveBookingDesk(actor: Actor, bookingId: string, fromDeskId: string, toDeskId: string): Promise<BookingDeskMoveModel> {
    assertOperator(actor);
    // The crew placed on the old desk follows, in the booking's transaction.
    const moveCrew: AlongsideMove<number> = (em, move) => this.movingCrew(move, () => this.moves.moveCrew(move.booking.id, fromDeskId, toDeskId, move.from, actor.userId, em));
    const moved = await this.bookings.moveDesk(actor, bookingId, fromDeskId, toDeskId, moveCrew);
    return Object.assign(new BookingDeskMoveModel(), {
      bookingId: moved.booking.id,
      bookingReference: moved.booking.reference,
      from: moved.from,
      to: moved.to,
      crewMoved: moved.alongside,
      fromDeskId,
      toDeskId,
    });
  }

  private async movingCrew(move: DeskMove, run: () => Promise<number>): Promise<number> {
    try {
      return await run();
    } catch (e) {
      if (isExclusionViolation(e)) {
        throw new DomainError(ErrorCode.DESK_UNAVAILABLE, `Someone else is already placed on desk ${move.toDeskCode} on some of these days`, { deskId: move.toDeskId, deskCode: move.toDeskCode });
      }
      throw e;
    }
  }
}

function need(hold: DeskHold, from: string, crew: CrewHold[], today: string, suggestedDeskId: string | null): MoveNeededModel {
  return Object.assign(new MoveNeededModel(), {
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
    suggestedDeskId,
  });
}
