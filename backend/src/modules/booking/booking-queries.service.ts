import { Injectable } from '@nestjs/common';
import { Actor, studioScope } from '../../common/auth/actor.js';
import { badInput, notFound } from '../../common/errors/domain-error.js';
import { LocalDate } from '../../common/time/dates.js';
import { rangeProblem } from './booking-rules.js';
import { BookingEntity } from './booking.entity.js';
import { BookingRepository } from './booking.repository.js';

/** Reading bookings: a manager reads its studio's only; another studio's booking is NOT_FOUND. */
@Injectable()
export class BookingQueriesService {
  constructor(private readonly repo: BookingRepository) {}

  list(actor: Actor, from: LocalDate, to: LocalDate, studioId?: string | null): Promise<BookingEntity[]> {
    const problem = rangeProblem(from, to);
    if (problem) throw badInput('to', problem);
    return this.repo.list(studioScope(actor, studioId), from, to);
  }

  async get(actor: Actor, id: string): Promise<BookingEntity> {
    const booking = await this.repo.find(id, studioScope(actor));
    if (!booking) throw notFound('Booking', id);
    return booking;
  }
}
