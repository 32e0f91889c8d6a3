import { Injectable } from '@nestjs/common';
import { Actor, isOperator } from '../../common/auth/actor.js';
import { badInput } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { LocalDate } from '../../common/time/dates.js';
import { isOpenDay } from '../site/opening.js';
import { SiteScope } from '../site/site-scope.service.js';
import { SiteService } from '../site/site.service.js';
import { DayAvailabilityModel, DeskBlockModel, DeskCalendarRowModel } from './availability.model.js';
import { deskModel } from './booking-input.js';
import { rangeProblem } from './booking-rules.js';
import { DeskHoldsRepository, DeskInfo, Hold } from './desk-holds.repository.js';
import type { BookingEntity } from './booking.entity.js';

type CalendarHold = Hold & { booking: BookingEntity };


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
    private readonly scope: SiteScope,
    private readonly clock: Clock,
  ) {}

  /** Per day at one site (the caller's first when none is asked): open or not, bookable desks nobody holds, desks held by a live booking. */
  async availability(actor: Actor, from: LocalDate, to: LocalDate, siteId?: string | null): Promise<DayAvailabilityModel[]> {
    assertRange(from, to);
    const site = (await this.scope.one(actor, siteId)).id;
    const [calendar, days] = await Promise.all([this.site.calendar(site, from, to), this.holds.dayCounts(from, to, this.clock.now(), site)]);
    return days.map((d) => Object.assign(new DayAvailabilityModel(), { date: d.day, open: isOpenDay(calendar, d.day), freeDesks: d.free, bookedDesks: d.booked }));
  }

  /** Bookable desks of one site that no live booking holds on any day of the range, by code. */
  async freeDesks(actor: Actor, from: LocalDate, to: LocalDate, siteId?: string | null): Promise<DeskInfo[]> {
    assertRange(from, to);
    const site = (await this.scope.one(actor, siteId)).id;
    const [desks, holds] = await Promise.all([this.holds.desks(site), this.holds.liveHolds(from, to, this.clock.now(), { siteId: site })]);
    const held = new Set(holds.map((h) => h.deskId));
    return desks.filter((d) => d.bookable && !held.has(d.id));
  }

  /**
   * Every desk of one site (the caller's first when none is asked) with its live blocks over the range. A manager sees whose block it is only for
   * its own studio: other studios' blocks are anonymous (`mine: false`, no booking).
   */
  async deskCalendar(actor: Actor, from: LocalDate, to: LocalDate, siteId?: string | null): Promise<DeskCalendarRowModel[]> {
    assertRange(from, to);
    const site = (await this.scope.one(actor, siteId)).id;
    const [desks, holds] = await Promise.all([this.holds.desks(site), this.holds.liveHoldsWithBookings(from, to, this.clock.now(), site)]);
    const byDesk = new Map<string, CalendarHold[]>();
    for (const h of holds) {
      const list = byDesk.get(h.deskId);
      if (list) list.push(h);
      else byDesk.set(h.deskId, [h]);
    }
    return desks.map((d) =>
      Object.assign(new DeskCalendarRowModel(), {
        desk: deskModel(d),
        blocks: (byDesk.get(d.id) ?? []).map((h) => this.block(actor, h)),
      }),
    );
  }

  private block(actor: Actor, h: CalendarHold): DeskBlockModel {
    const mine = actor.studioId !== null && h.studioId === actor.studioId;
    const visible = mine || isOperator(actor);
    return Object.assign(new DeskBlockModel(), {
      startDate: h.first,
      endDate: h.last,
      status: h.status,
      mine,
      bookingId: visible ? h.bookingId : null,
      loadedBooking: visible ? h.booking : undefined,
    });
  }
}
