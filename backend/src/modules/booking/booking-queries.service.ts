import { Injectable } from '@nestjs/common';
import { Actor, studioScope, studioScopeAtSites } from '../../common/auth/actor.js';
import { badInput, notFound } from '../../common/errors/domain-error.js';
import { LocalDate } from '../../common/time/dates.js';
import { rangeProblem } from './booking-rules.js';
import { BookingEntity } from './booking.entity.js';
import { SiteScope } from '../site/site-scope.service.js';
import { BookingRepository } from './booking.repository.js';

/** Reading bookings: a manager reads its studio's only; another studio's booking is NOT_FOUND. */
@Injectable()
export class BookingQueriesService {
  constructor(
    private readonly repo: BookingRepository,
    private readonly sites: SiteScope,
  ) {}

  /** Bookings sharing a day with [from, to], at one site or every site the caller sees. */
  async list(actor: Actor, from: LocalDate, to: LocalDate, studioId?: string | null, siteId?: string | null): Promise<BookingEntity[]> {
    const problem = rangeProblem(from, to);
    if (problem) throw badInput('to', problem);
    const scope = studioScopeAtSites(actor, studioId);
    return this.repo.list(scope, from, to, await this.sites.many(actor, siteId));
  }

  async get(actor: Actor, id: string): Promise<BookingEntity> {
    const booking = await this.repo.find(id, studioScope(actor));
    if (!booking) throw notFound('Booking', id);
    return booking;
  }
}
