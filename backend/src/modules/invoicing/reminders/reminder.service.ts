import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { assertOperator } from '../../../common/auth/actor.js';
import type { Actor } from '../../../common/auth/actor.js';
import { Clock } from '../../../common/time/clock.js';
import type { LocalDate } from '../../../common/time/dates.js';
import { MailService } from '../../mail/mail.service.js';
import { InvoiceStatus } from '../invoice.entity.js';
import { InvoicingRepository } from '../invoicing.repository.js';
import { balanceDue } from '../payments/payment-rules.js';
import { PaymentsRepository } from '../payments/payments.repository.js';
import { PaymentReminderEntity } from './payment-reminder.entity.js';
import { reminderMail } from './reminder-mail.js';
import { daysOverdue, reminderDue } from './reminder-schedule.js';
import { RemindersRepository } from './reminders.repository.js';
import { Transactions } from '../../../common/database/transactions.js';

export const REMINDER_MAIL_KIND = 'payment-reminder';

/**
 * Payment reminders: the day after the due date, then 15 days later, to the studio's contact in
 * the studio's language, through the mail outbox. Safe when several instances run it at once:
 * each invoice is handled in its own transaction holding the invoice's row lock, and the
 * reminder's unique (invoice, kind) row is written in the same transaction as its e-mail.
 */
@Injectable()
export class ReminderService {
  private readonly logger = new Logger('PaymentReminders');

  constructor(
    private readonly transactions: Transactions,
    private readonly invoicing: InvoicingRepository,
    private readonly payments: PaymentsRepository,
    private readonly reminders: RemindersRepository,
    private readonly mail: MailService,
    private readonly clock: Clock,
  ) {}

  /** The operator runs the job by hand. */
  sendNow(actor: Actor): Promise<PaymentReminderEntity[]> {
    assertOperator(actor);
    return this.sendDue();
  }

  /** Sends every reminder due today; returns those this run sent. */
  async sendDue(): Promise<PaymentReminderEntity[]> {
    const today = this.clock.today();
    const overdue = await this.payments.unpaid(null, today);
    const sent = await this.reminders.kindsSent(overdue.map((o) => o.invoice.id));
    const ids: string[] = [];
    for (const { invoice } of overdue) {
      if (!reminderDue(invoice.dueDate!, today, sent.get(invoice.id) ?? [])) continue;
      try {
        const id = await this.transactions.run((em) => this.sendOne(invoice.id, today, em));
        if (id) ids.push(id);
      } catch (e) {
        this.logger.warn(`Reminder for ${invoice.number} failed: ${e instanceof Error ? e.message : e}`);
      }
    }
    if (ids.length) this.mail.deliverSoon();
    return this.reminders.byIds(ids);
  }

  /** One invoice, locked: what is due and what was sent are read again under the lock. */
  private async sendOne(invoiceId: string, today: LocalDate, em: EntityManager): Promise<string | null> {
    const invoice = await this.invoicing.findInvoice(invoiceId, null, em, true);
    if (!invoice || invoice.status !== InvoiceStatus.ISSUED || !(invoice.dueDate! < today)) return null;
    const due = balanceDue(invoice.totalInclTaxCents, await this.invoicing.creditNotesOf([invoice.id], em), await this.payments.paymentsOf([invoice.id], em));
    const kind = reminderDue(invoice.dueDate!, today, (await this.reminders.kindsSent([invoice.id], em)).get(invoice.id) ?? []);
    if (due <= 0 || !kind) return null;
    const studio = (await this.invoicing.studio(invoice.studioId, em))!;
    const id = await this.reminders.claim({ invoiceId: invoice.id, kind, sentOn: today, toAddress: studio.contactEmail, language: studio.language, balanceDueCents: due }, em);
    if (!id) return null;
    const mail = reminderMail(
      {
        kind,
        invoiceNumber: invoice.number!,
        issueDate: invoice.issueDate!,
        dueDate: invoice.dueDate!,
        totalInclTaxCents: invoice.totalInclTaxCents,
        balanceDueCents: due,
        daysOverdue: daysOverdue(invoice.dueDate!, today),
        seller: invoice.seller!,
      },
      studio.language,
    );
    const message = await this.mail.enqueue({ to: studio.contactEmail, subject: mail.subject, text: mail.text, kind: `${REMINDER_MAIL_KIND}-${kind.toLowerCase()}`, studioId: studio.id }, em);
    await this.reminders.linkMessage(id, message.id, em);
    return id;
  }
}

