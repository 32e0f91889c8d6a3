import { SiteEntity, ClosureDateEntity } from '../modules/site/site.entity.js';
import { DeskEntity } from '../modules/site/desk.entity.js';
import { KitEntity, KitComponentEntity } from '../modules/kits/kit.entity.js';
import { KitDeskHistoryEntity } from '../modules/kits/kit-desk-history.entity.js';
import { MaintenanceTicketEntity } from '../modules/kits/maintenance-ticket.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';
import { UserSiteEntity } from '../modules/users/user-site.entity.js';
import { ContractSiteEntity } from '../modules/studios/contract-site.entity.js';
import { StudioEntity } from '../modules/studios/studio.entity.js';
import { ContractEntity } from '../modules/studios/contract.entity.js';
import { BookingEntity, BookingDeskEntity } from '../modules/booking/booking.entity.js';
import { CalendarEventRevisionEntity, CalendarFeedEntity } from '../modules/calendar-feed/calendar-feed.entity.js';
import { JobRunEntity } from '../modules/jobs/job-run.entity.js';
import { SettingEntity } from '../modules/settings/setting.entity.js';
import { DocumentCounterEntity } from '../common/numbering/document-counter.entity.js';
import { IdempotencyRecordEntity } from '../common/idempotency/idempotency-record.entity.js';
import { CrewMemberEntity } from '../modules/crew/crew-member.entity.js';
import { CrewAssignmentEntity } from '../modules/crew/crew-assignment.entity.js';
import { AccessPassEntity } from '../modules/access/access-pass.entity.js';
import { CheckInEntity } from '../modules/access/check-in.entity.js';
import { OutboxMessageEntity } from '../modules/mail/outbox-message.entity.js';
import { CreditNoteEntity, InvoiceEntity, InvoiceLineEntity } from '../modules/invoicing/invoice.entity.js';
import { IssuedDocumentEntity } from '../modules/invoicing/issued-document.entity.js';
import { InvoicePaymentEntity } from '../modules/invoicing/payments/payment.entity.js';
import { PaymentReminderEntity } from '../modules/invoicing/reminders/payment-reminder.entity.js';
import { AccountingCustomerEntity } from '../modules/invoicing/accounting/accounting-customer.entity.js';
import { UserSessionEntity } from '../modules/auth/user-session.entity.js';
import { AccountTokenEntity } from '../modules/users/account-token.entity.js';
import { CarbonStatementEntity, Co2FactorVersionEntity, KitMeterReadingEntity } from '../modules/co2/statement/statement.entity.js';
import { RateLimitWindowEntity, SignInBackoffEntity } from '../common/rate-limit/rate-limit.entity.js';

/** Every TypeORM entity; a module adds its own here. */
export const ENTITIES = [
  SiteEntity,
  ClosureDateEntity,
  DeskEntity,
  KitEntity,
  KitComponentEntity,
  KitDeskHistoryEntity,
  MaintenanceTicketEntity,
  UserEntity,
  UserSiteEntity,
  ContractSiteEntity,
  StudioEntity,
  ContractEntity,
  BookingEntity,
  BookingDeskEntity,
  CalendarFeedEntity,
  JobRunEntity,
  CalendarEventRevisionEntity,
  SettingEntity,
  DocumentCounterEntity,
  IdempotencyRecordEntity,
  CrewMemberEntity,
  CrewAssignmentEntity,
  AccessPassEntity,
  CheckInEntity,
  OutboxMessageEntity,
  InvoiceEntity,
  InvoiceLineEntity,
  CreditNoteEntity,
  IssuedDocumentEntity,
  InvoicePaymentEntity,
  PaymentReminderEntity,
  AccountingCustomerEntity,
  UserSessionEntity,
  AccountTokenEntity,
  RateLimitWindowEntity,
  SignInBackoffEntity,
  Co2FactorVersionEntity,
  KitMeterReadingEntity,
  CarbonStatementEntity,
];
