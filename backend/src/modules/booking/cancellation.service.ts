import { Injectable } from '@nestjs/common';
import { Actor, studioScope } from '../../common/auth/actor.js';
import { invalidState, notFound } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { ContractRepository } from '../studios/contract.repository.js';
import { cancellationCharges } from './cancellation-fee.js';
import { BookingWriter } from './booking-writer.service.js';
import { BookingEntity, BookingStatus } from './booking.entity.js';
import { BookingHooks } from './booking.hooks.js';
import { effectiveStatus, isLive } from './booking.model.js';
import { BookingRepository } from './booking.repository.js';

/** Cancelling a booking: it stops holding its desks, and records what the late-cancellation rule will bill. */
@Injectable()
export class CancellationService {
  constructor(
    private readonly writer: BookingWriter,
    private readonly repo: BookingRepository,
    private readonly contracts: ContractRepository,
    private readonly hooks: BookingHooks,
    private readonly clock: Clock,
  ) {}

  async cancel(actor: Actor, id: string): Promise<BookingEntity> {
    return this.writer.run(async (em) => {
      const booking = await this.repo.find(id, studioScope(actor), em, true);
      if (!booking) throw notFound('Booking', id);
      const now = this.clock.now();
      const today = this.clock.today();
      const status = effectiveStatus(booking, now);
      if (!isLive(status)) throw invalidState(`Booking ${booking.reference} is already ${status}: there is nothing to cancel`, { status });
      if (booking.endDate < today) throw invalidState(`Booking ${booking.reference} ended on ${booking.endDate}: there is nothing left to cancel`, { status });
      const contract = await this.contracts.find(booking.contractId, null, em);
      if (!contract) throw notFound('Contract', booking.contractId);
      const charges = cancellationCharges({
        startDate: booking.startDate,
        endDate: booking.endDate,
        isOption: status === BookingStatus.OPTION,
        cancelledOn: today,
        noticeDays: contract.cancellationNoticeDays,
        feePct: contract.lateCancellationFeePct,
      });
      booking.status = BookingStatus.CANCELLED;
      booking.cancelledAt = now;
      booking.lateFeeFrom = charges.lateFeeFrom;
      booking.lateFeeTo = charges.lateFeeTo;
      booking.lateFeePct = charges.lateFeePct;
      booking.billedThrough = charges.billedThrough;
      const saved = await this.repo.save(booking, em);
      await this.repo.releaseRows(booking.id, em);
      await this.hooks.runCancelled(em, saved);
      return saved;
    });
  }
}
