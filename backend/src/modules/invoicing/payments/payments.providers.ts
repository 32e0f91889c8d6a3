import { ReminderJobs } from '../reminders/reminders.jobs.js';
import { InvoiceRemindersResolver, RemindersResolver } from '../reminders/reminders.resolver.js';
import { ReminderService } from '../reminders/reminder.service.js';
import { RemindersRepository } from '../reminders/reminders.repository.js';
import { PaymentService } from './payment.service.js';
import { InvoiceBalanceResolver, PaymentResolver } from './payments.resolver.js';
import { PaymentsRepository } from './payments.repository.js';
import { ReceivablesService } from './receivables.service.js';

/** Payments, what is owed, and reminders (registered in InvoicingModule). */
export const PAYMENT_PROVIDERS = [
  PaymentsRepository,
  PaymentService,
  ReceivablesService,
  PaymentResolver,
  InvoiceBalanceResolver,
  RemindersRepository,
  ReminderService,
  ReminderJobs,
  RemindersResolver,
  InvoiceRemindersResolver,
];
