import { Injectable } from '@nestjs/common';
import { Actor, studioScope } from '../../common/auth/actor.js';
import { invalidState, notFound } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { ContractRepository } from '../studios/contract.repository.js';
import { BookingWriter } from './booking-writer.service.js';
import { BookingEntity, BookingStatus } from './booking.entity.js';
import { BookingHooks } from './booking.hooks.js';
import { BookingRepository } from './booking.repository.js';
import { cancellationRefusal, chargesOfCancelling } from './cancellation-fee.js';
import { effectiveStatus } from './desk-holds.js';

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
      const refusal = cancellationRefusal(booking, now, today);
      if (refusal) throw invalidState(refusal, { status: effectiveStatus(booking, now) });
      const contract = await this.contracts.find(booking.contractId, null, em);
      if (!contract) throw notFound('Contract', booking.contractId);
      const charges = chargesOfCancelling(booking, contract, now, today);
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
