import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { assertOperator, isOperator, studioScope } from '../../../common/auth/actor.js';
import type { Actor } from '../../../common/auth/actor.js';
import { badInput, DomainError, invalidState, notFound } from '../../../common/errors/domain-error.js';
import { ErrorCode } from '../../../common/errors/error-code.js';
import { Clock } from '../../../common/time/clock.js';
import { isLocalDate, LocalDate } from '../../../common/time/dates.js';
import { InvoiceEntity, InvoiceStatus } from '../invoice.entity.js';
import { InvoicingRepository } from '../invoicing.repository.js';
import { RecordPaymentInput } from './dto/record-payment.input.js';
import { InvoicePaymentEntity, PaymentMethod } from './payment.entity.js';
import { balanceDue, paymentRefusal, PaymentRefusal, paymentVat } from './payment-rules.js';
import { PaymentsRepository } from './payments.repository.js';
import { Transactions } from '../../../common/database/transactions.js';

interface Attempt {
  /** null: all that is due. */
  amountCents: number | null;
  date: LocalDate;
  method: PaymentMethod;
  reference: string | null;
}

/**
 * Payments on issued invoices, partial or whole. Each runs in one transaction holding the
 * invoice's row lock (the same lock issuing and crediting take), so concurrent payments queue
 * and can never take more than what is due. The invoice becomes PAID when nothing is due.
 */
@Injectable()
export class PaymentService {
  constructor(
    private readonly transactions: Transactions,
    private readonly invoicing: InvoicingRepository,
    private readonly payments: PaymentsRepository,
    private readonly clock: Clock,
  ) {}

  async record(actor: Actor, input: RecordPaymentInput): Promise<InvoicePaymentEntity> {
    assertOperator(actor);
    const reference = input.reference?.trim() || null;
    const attempt = { amountCents: input.amountCents, date: input.date, method: input.method, reference };
    return this.transactions.run(async (em) => (await this.apply(em, actor, input.invoiceId, attempt, 'date')).payment);
  }

  /** What `markInvoicePaid` does: everything due, received on `paidOn` (default today), by transfer. */
  async payInFull(actor: Actor, invoiceId: string, paidOn?: LocalDate | null): Promise<InvoiceEntity> {
    assertOperator(actor);
    const attempt = { amountCents: null, date: paidOn ?? this.clock.today(), method: PaymentMethod.TRANSFER, reference: null };
    return this.transactions.run(async (em) => (await this.apply(em, actor, invoiceId, attempt, 'paidOn')).invoice);
  }

  /**
   * After a credit note: an issued invoice whose payments now cover what is left is PAID (on
   * the day of its last payment). Runs in the credit note's transaction, invoice locked.
   */
  async settleAfterCredit(invoice: InvoiceEntity, em: EntityManager): Promise<void> {
    if (invoice.status !== InvoiceStatus.ISSUED) return;
    const payments = await this.payments.paymentsOf([invoice.id], em);
    if (!payments.length) return;
    const due = balanceDue(invoice.totalInclTaxCents, await this.invoicing.creditNotesOf([invoice.id], em), payments);
    if (due > 0) return;
    invoice.status = InvoiceStatus.PAID;
    invoice.paidOn = payments.map((p) => p.receivedOn).sort().at(-1)!;
    await this.invoicing.saveInvoice(invoice, em);
  }

  /** Payments a caller may see: a manager its own studio's, the operator all (or one studio's). */
  async list(actor: Actor, filter: { studioId?: string | null; invoiceId?: string | null; from?: LocalDate | null; to?: LocalDate | null }): Promise<InvoicePaymentEntity[]> {
    const scope = studioScope(actor, filter.studioId);
    if (filter.from && filter.to && filter.from > filter.to) throw badInput('to', 'to must not be before from');
    if (filter.invoiceId && !isOperator(actor)) {
      const invoice = await this.invoicing.findInvoice(filter.invoiceId, actor.studioId);
      if (!invoice || invoice.status === InvoiceStatus.DRAFT) throw notFound('Invoice', filter.invoiceId);
    }
    return this.payments.listPayments(scope, filter);
  }

  private async apply(em: EntityManager, actor: Actor, invoiceId: string, attempt: Attempt, dateField: string): Promise<{ payment: InvoicePaymentEntity; invoice: InvoiceEntity }> {
    if (!isLocalDate(attempt.date)) throw badInput(dateField, 'The payment date must be written YYYY-MM-DD');
    const invoice = await this.invoicing.findInvoice(invoiceId, null, em, true);
    if (!invoice) throw notFound('Invoice', invoiceId);
    const previous = await this.payments.paymentsOf([invoice.id], em);
    const due = invoice.status === InvoiceStatus.ISSUED ? balanceDue(invoice.totalInclTaxCents, await this.invoicing.creditNotesOf([invoice.id], em), previous) : 0;
    const amountCents = attempt.amountCents ?? due;
    const refusal = paymentRefusal(invoice, due, { amountCents, date: attempt.date }, this.clock.today());
    if (refusal) throw refusalError(refusal, dateField);
    const paidBefore = previous.reduce((s, p) => s + p.amountCents, 0);
    const payment = await this.payments.insertPayment(
      {
        invoiceId: invoice.id,
        studioId: invoice.studioId,
        receivedOn: attempt.date,
        amountCents,
        vatRatePct: invoice.vatRatePct,
        vatCents: paymentVat(invoice, paidBefore, amountCents),
        method: attempt.method,
        reference: attempt.reference,
        recordedById: actor.userId,
      },
      em,
    );
    if (amountCents === due) {
      invoice.status = InvoiceStatus.PAID;
      invoice.paidOn = [attempt.date, ...previous.map((p) => p.receivedOn)].sort().at(-1)!;
      await this.invoicing.saveInvoice(invoice, em);
    }
    return { payment, invoice };
  }
}

function refusalError(refusal: PaymentRefusal, dateField: string): DomainError {
  if (refusal.code === 'INVALID_STATE') return invalidState(refusal.message);
  return new DomainError(ErrorCode.BAD_USER_INPUT, refusal.message, { field: refusal.field === 'date' ? dateField : refusal.field, ...(refusal.details ?? {}) });
}
