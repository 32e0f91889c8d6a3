import { Injectable } from '@nestjs/common';
import { assertOperator, studioScope } from '../../../common/auth/actor.js';
import type { Actor } from '../../../common/auth/actor.js';
import { badInput, notFound } from '../../../common/errors/domain-error.js';
import { Clock } from '../../../common/time/clock.js';
import { addDays } from '../../../common/time/dates.js';
import { StudioEntity } from '../../studios/studio.entity.js';
import { InvoicingRepository } from '../invoicing.repository.js';
import { InvoicePaymentEntity } from './payment.entity.js';
import { InvoiceWithBalance, PaymentsRepository } from './payments.repository.js';

export interface StudioAccount {
  studio: StudioEntity;
  dueCents: number;
  overdueCents: number;
  paidThisYearCents: number;
  unpaid: InvoiceWithBalance[];
  payments: InvoicePaymentEntity[];
}

/** What is owed: the operator's overdue list, and a studio's account (due, overdue, paid). */
@Injectable()
export class ReceivablesService {
  constructor(
    private readonly invoicing: InvoicingRepository,
    private readonly payments: PaymentsRepository,
    private readonly clock: Clock,
  ) {}

  /** Issued invoices past their due date with something still due, most overdue first. */
  overdue(actor: Actor): Promise<InvoiceWithBalance[]> {
    assertOperator(actor);
    return this.payments.unpaid(null, this.clock.today());
  }

  /** A manager reads its own studio's account; the operator names the studio. */
  async account(actor: Actor, studioId: string | null | undefined): Promise<StudioAccount> {
    const scope = studioScope(actor, studioId);
    if (!scope) throw badInput('studioId', 'Say whose account to show');
    const studio = await this.invoicing.studio(scope);
    if (!studio) throw notFound('Studio', scope);
    const today = this.clock.today();
    const unpaid = await this.payments.unpaid(scope, null);
    const overdue = unpaid.filter((u) => u.invoice.dueDate! < today);
    return {
      studio,
      dueCents: unpaid.reduce((s, u) => s + u.balanceDueCents, 0),
      overdueCents: overdue.reduce((s, u) => s + u.balanceDueCents, 0),
      paidThisYearCents: await this.payments.paidBetween(scope, `${today.slice(0, 4)}-01-01`, today),
      unpaid,
      payments: await this.payments.listPayments(scope, { from: addDays(today, -365), to: today }),
    };
  }
}
