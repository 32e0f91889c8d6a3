import { Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../../common/auth/decorators.js';
import { groupByKeys } from '../../../common/loaders/request-loaders.js';
import type { GqlContext } from '../../../common/loaders/request-loaders.js';
import { Role } from '../../users/user.entity.js';
import { InvoiceModel } from '../invoice.model.js';
import { PaymentReminderEntity } from './payment-reminder.entity.js';
import { PaymentReminderModel } from './payment-reminder.model.js';
import { ReminderService } from './reminder.service.js';
import { RemindersRepository } from './reminders.repository.js';

@Resolver(() => PaymentReminderModel)
export class RemindersResolver {
  constructor(private readonly reminders: ReminderService) {}

  @Roles(Role.OPERATOR)
  @Mutation(() => [PaymentReminderModel], {
    description: 'Runs the reminder job now (it also runs every hour): sends each reminder that is due and not yet sent; returns those sent by this run.',
  })
  async sendPaymentReminders(@CurrentActor() actor: Actor): Promise<PaymentReminderModel[]> {
    return (await this.reminders.sendNow(actor)).map(PaymentReminderModel.from);
  }
}

@Resolver(() => InvoiceModel)
export class InvoiceRemindersResolver {
  constructor(private readonly repo: RemindersRepository) {}

  @ResolveField(() => [PaymentReminderModel], { description: 'Reminder e-mails sent for it, oldest first.' })
  async reminders(@Parent() invoice: InvoiceModel, @Context() ctx: GqlContext): Promise<PaymentReminderModel[]> {
    const loader = ctx.loaders.get<string, PaymentReminderEntity[]>('invoicing.remindersByInvoice', async (ids) => groupByKeys(ids, await this.repo.remindersOf(ids), (r) => r.invoiceId));
    return (await loader.load(invoice.id)).map(PaymentReminderModel.from);
  }
}
