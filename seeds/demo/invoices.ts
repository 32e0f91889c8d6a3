import { INestApplication, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../backend/src/common/auth/actor.js';
import { Clock } from '../../backend/src/common/time/clock.js';
import { addDays, isoWeekday, LocalDate, minDate, SITE_TIMEZONE, startOfDateInZone } from '../../backend/src/common/time/dates.js';
import { CreditNoteService } from '../../backend/src/modules/invoicing/credit-note.service.js';
import { InvoiceGenerationService } from '../../backend/src/modules/invoicing/invoice-generation.service.js';
import { InvoiceService } from '../../backend/src/modules/invoicing/invoice.service.js';
import { PaymentMethod } from '../../backend/src/modules/invoicing/payments/payment.entity.js';
import { PaymentService } from '../../backend/src/modules/invoicing/payments/payment.service.js';
import { ReminderService } from '../../backend/src/modules/invoicing/reminders/reminder.service.js';
import { addMonths, monthOf } from '../../backend/src/modules/invoicing/rules/month.js';
import { Role } from '../../backend/src/modules/users/user.entity.js';

/** The instant of a Paris wall-clock time on a date (minutes after midnight). */
const parisAt = (date: LocalDate, minutes: number) => new Date(startOfDateInZone(date, SITE_TIMEZONE).getTime() + minutes * 60_000);

/** The first weekday on or after a date (invoices go out on a working day). */
function weekdayFrom(date: LocalDate): LocalDate {
  let d = date;
  while (isoWeekday(d) > 5) d = addDays(d, 1);
  return d;
}

/**
 * Demo invoices, month by month from the first booked month to today, through the invoicing
 * services: each past month is generated and issued early the following month (the app's
 * clock is moved to that day, so numbers follow dates), then paid 2 to 5 weeks later; last
 * month's invoices are issued and still awaiting payment; the current month stays a draft.
 * One older invoice carries a partial credit note (a desk out of service for a few days). One
 * invoice of two months back got only a down payment: once overdue, it has had its reminders.
 */
export async function demoInvoices(app: INestApplication, dataSource: DataSource): Promise<void> {
  const logger = new Logger('Demo');
  const clock = app.get(Clock);
  const generation = app.get(InvoiceGenerationService);
  const invoices = app.get(InvoiceService);
  const creditNotes = app.get(CreditNoteService);
  const payments = app.get(PaymentService);
  const [operator] = await dataSource.query(`SELECT id, email FROM app_user WHERE role = 'OPERATOR' ORDER BY created_at LIMIT 1`);
  if (!operator) return;
  const actor: Actor = { userId: operator.id, email: operator.email, role: Role.OPERATOR, studioId: null };
  const [{ first }] = await dataSource.query(`SELECT min(start_date)::text AS first FROM booking WHERE status IN ('CONFIRMED', 'CANCELLED')`);
  if (!first) {
    logger.log('No booking yet: no invoice');
    return;
  }
  const today = clock.today();
  const current = monthOf(today);
  let issued = 0;
  let credited = false;
  let partlyPaidDue: LocalDate | null = null;
  try {
    for (let month = monthOf(first); month < current; month = addMonths(month, 1)) {
      const drafts = await generation.generate(actor, month);
      const issueDay = minDate(weekdayFrom(`${addMonths(month, 1)}-02`), today);
      const isLastMonth = addMonths(month, 1) === current;
      for (const [i, draft] of drafts.entries()) {
        clock.travelTo(parisAt(issueDay, 9 * 60 + 15 + i * 7));
        const invoice = await invoices.issue(actor, draft.id);
        issued++;
        if (!credited && !isLastMonth && invoice.totalExclTaxCents > 20_000) {
          clock.travelTo(parisAt(addDays(issueDay, 3), 10 * 60));
          const amount = Math.max(1000, Math.round(invoice.totalExclTaxCents / 2000) * 100);
          await creditNotes.create(actor, { invoiceId: invoice.id, reason: 'Poste hors service deux jours (maintenance du kit) : geste commercial', amountExclTaxCents: amount });
          credited = true;
        }
        const paidOn = addDays(issueDay, 14 + ((i * 9) % 22));
        if (!partlyPaidDue && i === 1 && addMonths(month, 2) === current) {
          const downPaymentOn = minDate(addDays(issueDay, 10), today);
          clock.travelTo(parisAt(downPaymentOn, 11 * 60));
          const amountCents = Math.max(100, Math.round((invoice.totalInclTaxCents * 0.4) / 100) * 100);
          await payments.record(actor, { invoiceId: invoice.id, date: downPaymentOn, amountCents, method: PaymentMethod.TRANSFER, reference: 'VIR ACOMPTE' });
          partlyPaidDue = invoice.dueDate;
        } else if (!isLastMonth && paidOn < today) {
          clock.travelTo(parisAt(paidOn, 11 * 60));
          await invoices.markPaid(actor, invoice.id, paidOn);
        }
      }
    }
    if (partlyPaidDue) await demoReminders(app, clock, partlyPaidDue, today);
  } finally {
    clock.reset();
  }
  const drafts = await generation.generate(actor, current);
  logger.log(`Demo invoices: ${issued} issued, ${drafts.length} draft(s) for ${current}`);
}

/** The reminders the job would have sent by today: the day after the due date, then as of today. */
async function demoReminders(app: INestApplication, clock: Clock, dueDate: LocalDate, today: LocalDate): Promise<void> {
  const reminders = app.get(ReminderService);
  for (const day of [addDays(dueDate, 1), today]) {
    if (day > today) continue;
    clock.travelTo(parisAt(day, 8 * 60));
    await reminders.sendDue();
  }
}
