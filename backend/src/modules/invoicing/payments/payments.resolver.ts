import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../../common/auth/decorators.js';
import { DateScalar } from '../../../common/graphql/date.scalar.js';
import type { GqlContext } from '../../../common/loaders/request-loaders.js';
import { Clock } from '../../../common/time/clock.js';
import { Role } from '../../users/user.entity.js';
import { StudioModel } from '../../studios/studio.model.js';
import { InvoiceStatus } from '../invoice.entity.js';
import { InvoiceModel } from '../invoice.model.js';
import { creditNotesByInvoiceLoader, invoiceLoader } from '../invoicing.loaders.js';
import { InvoicingRepository } from '../invoicing.repository.js';
import { daysOverdue } from '../reminders/reminder-schedule.js';
import { RecordPaymentInput } from './dto/record-payment.input.js';
import { PaymentModel, StudioAccountModel } from './payment.model.js';
import { balanceDue } from './payment-rules.js';
import { PaymentService } from './payment.service.js';
import { paymentsByInvoiceLoader } from './payments.loaders.js';
import { PaymentsRepository } from './payments.repository.js';
import { ReceivablesService } from './receivables.service.js';

@Resolver(() => PaymentModel)
export class PaymentResolver {
  constructor(
    private readonly paymentService: PaymentService,
    private readonly receivables: ReceivablesService,
    private readonly invoicing: InvoicingRepository,
  ) {}

  @Roles(Role.OPERATOR)
  @Mutation(() => PaymentModel, {
    description: 'Records money received on an issued invoice (all or part of what is due). The invoice becomes PAID when nothing is left due.',
  })
  async recordPayment(@CurrentActor() actor: Actor, @Args('input') input: RecordPaymentInput): Promise<PaymentModel> {
    return PaymentModel.from(await this.paymentService.record(actor, input));
  }

  @Query(() => [PaymentModel], { description: "Payments received, newest first; a studio manager sees its own studio's." })
  async payments(
    @CurrentActor() actor: Actor,
    @Args('studioId', { type: () => ID, nullable: true }) studioId?: string | null,
    @Args('invoiceId', { type: () => ID, nullable: true }) invoiceId?: string | null,
    @Args('from', { type: () => DateScalar, nullable: true }) from?: string | null,
    @Args('to', { type: () => DateScalar, nullable: true }) to?: string | null,
  ): Promise<PaymentModel[]> {
    return (await this.paymentService.list(actor, { studioId, invoiceId, from, to })).map(PaymentModel.from);
  }

  @Roles(Role.OPERATOR)
  @Query(() => [InvoiceModel], { description: 'Issued invoices past their due date with something still due, most overdue first (see daysOverdue, reminders).' })
  async overdueInvoices(@CurrentActor() actor: Actor): Promise<InvoiceModel[]> {
    return (await this.receivables.overdue(actor)).map((o) => InvoiceModel.from(o.invoice));
  }

  @Query(() => StudioAccountModel, { description: "What a studio owes and has paid. A studio manager reads its own (studioId optional); the operator names the studio." })
  async studioAccount(@CurrentActor() actor: Actor, @Args('studioId', { type: () => ID, nullable: true }) studioId?: string | null): Promise<StudioAccountModel> {
    const account = await this.receivables.account(actor, studioId);
    return Object.assign(new StudioAccountModel(), {
      studio: StudioModel.from(account.studio),
      dueCents: account.dueCents,
      overdueCents: account.overdueCents,
      paidThisYearCents: account.paidThisYearCents,
      unpaidInvoices: account.unpaid.map((u) => InvoiceModel.from(u.invoice)),
      payments: account.payments.map(PaymentModel.from),
    });
  }

  @ResolveField(() => InvoiceModel)
  async invoice(@Parent() payment: PaymentModel, @Context() ctx: GqlContext): Promise<InvoiceModel> {
    return InvoiceModel.from((await invoiceLoader(ctx.loaders, this.invoicing).load(payment.invoiceId))!);
  }
}

/** What is due and paid on an invoice. */
@Resolver(() => InvoiceModel)
export class InvoiceBalanceResolver {
  constructor(
    private readonly invoicing: InvoicingRepository,
    private readonly paymentsRepo: PaymentsRepository,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => [PaymentModel], { description: 'Payments received on it, oldest first.' })
  async payments(@Parent() invoice: InvoiceModel, @Context() ctx: GqlContext): Promise<PaymentModel[]> {
    return (await paymentsByInvoiceLoader(ctx.loaders, this.paymentsRepo).load(invoice.id)).map(PaymentModel.from);
  }

  @ResolveField(() => Int, { description: 'Sum of the payments received on it (cents, incl. VAT).' })
  async paidCents(@Parent() invoice: InvoiceModel, @Context() ctx: GqlContext): Promise<number> {
    return (await paymentsByInvoiceLoader(ctx.loaders, this.paymentsRepo).load(invoice.id)).reduce((s, p) => s + p.amountCents, 0);
  }

  @ResolveField(() => Int, {
    description: 'What is still due, including VAT: totalInclTaxCents − credit notes (incl. VAT) − payments, never below 0; 0 for a draft or a cancelled invoice.',
  })
  async balanceDueCents(@Parent() invoice: InvoiceModel, @Context() ctx: GqlContext): Promise<number> {
    return this.balance(invoice, ctx);
  }

  @ResolveField(() => Int, { description: 'Days since the due date while something is still due (0 otherwise).' })
  async daysOverdue(@Parent() invoice: InvoiceModel, @Context() ctx: GqlContext): Promise<number> {
    if (invoice.status !== InvoiceStatus.ISSUED || !invoice.dueDate) return 0;
    return (await this.balance(invoice, ctx)) > 0 ? daysOverdue(invoice.dueDate, this.clock.today()) : 0;
  }

  private async balance(invoice: InvoiceModel, ctx: GqlContext): Promise<number> {
    if (invoice.status !== InvoiceStatus.ISSUED) return 0;
    const [credits, payments] = await Promise.all([
      creditNotesByInvoiceLoader(ctx.loaders, this.invoicing).load(invoice.id),
      paymentsByInvoiceLoader(ctx.loaders, this.paymentsRepo).load(invoice.id),
    ]);
    return balanceDue(invoice.totalInclTaxCents, credits, payments);
  }
}
