import { Injectable } from '@nestjs/common';
import { Actor, isOperator } from '../../common/auth/actor.js';
import { badInput } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { eachDate, LocalDate } from '../../common/time/dates.js';
import { isOpenDay } from '../site/opening.js';
import { SiteService } from '../site/site.service.js';
import { DayAvailabilityModel, DeskBlockModel, DeskCalendarRowModel } from './availability.model.js';
import { deskModel } from './booking-input.js';
import { rangeProblem } from './booking-rules.js';
import { DeskHoldsRepository, DeskInfo, Hold } from './desk-holds.repository.js';


function assertRange(from: LocalDate, to: LocalDate): void {
  const problem = rangeProblem(from, to);
  if (problem) throw badInput('to', problem);
}

/** What is free when: counts per day, desks free over a range, and the desk calendar. */
@Injectable()
export class AvailabilityService {
  constructor(
    private readonly holds: DeskHoldsRepository,
    private readonly site: SiteService,
    private readonly clock: Clock,
  ) {}

  /** Per day: open or not, bookable desks nobody holds, desks held by a live booking. */
  async availability(from: LocalDate, to: LocalDate): Promise<DayAvailabilityModel[]> {
    assertRange(from, to);
    const [calendar, desks, held] = await Promise.all([this.site.calendar(from, to), this.holds.desks(), this.holds.heldPerDay(from, to, this.clock.now())]);
    const bookable = desks.filter((d) => d.bookable).length;
    const byDay = new Map(held.map((h) => [h.day, h]));
    return eachDate(from, to).map((date) => {
      const day = byDay.get(date);
      return Object.assign(new DayAvailabilityModel(), {
        date,
        open: isOpenDay(calendar, date),
        freeDesks: bookable - (day?.bookedBookable ?? 0),
        bookedDesks: day?.booked ?? 0,
      });
    });
  }

  /** Bookable desks that no live booking holds on any day of the range, by code. */
  async freeDesks(from: LocalDate, to: LocalDate): Promise<DeskInfo[]> {
    assertRange(from, to);
    const [desks, holds] = await Promise.all([this.holds.desks(), this.holds.liveHolds(from, to, this.clock.now())]);
    const held = new Set(holds.map((h) => h.deskId));
    return desks.filter((d) => d.bookable && !held.has(d.id));
  }

  /**
   * Every desk with its live blocks over the range. A manager sees whose block it is only for
   * its own studio: other studios' blocks are anonymous (`mine: false`, no booking).
   */
  async deskCalendar(actor: Actor, from: LocalDate, to: LocalDate): Promise<DeskCalendarRowModel[]> {
    assertRange(from, to);
    const [desks, holds] = await Promise.all([this.holds.desks(), this.holds.liveHolds(from, to, this.clock.now())]);
    const byDesk = new Map<string, Hold[]>();
    for (const h of holds) byDesk.set(h.deskId, [...(byDesk.get(h.deskId) ?? []), h]);
    return desks.map((d) =>
      Object.assign(new DeskCalendarRowModel(), {
        desk: deskModel(d),
        blocks: (byDesk.get(d.id) ?? []).map((h) => this.block(actor, h)),
      }),
    );
  }

  private block(actor: Actor, h: Hold): DeskBlockModel {
    const mine = actor.studioId !== null && h.studioId === actor.studioId;
    return Object.assign(new DeskBlockModel(), {
      startDate: h.first,
      endDate: h.last,
      status: h.status,
      mine,
      bookingId: mine || isOperator(actor) ? h.bookingId : null,
    });
  }
}
