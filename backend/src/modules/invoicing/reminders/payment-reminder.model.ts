import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '../../../common/graphql/date.scalar.js';
import { OutboxStatus } from '../../mail/outbox-message.entity.js';
import { Language } from '../../studios/language.js';
import { PaymentReminderEntity, ReminderKind } from './payment-reminder.entity.js';

registerEnumType(ReminderKind, { name: 'ReminderKind', description: 'FIRST: the day after the due date; SECOND: 15 days later.' });

@ObjectType('PaymentReminder', { description: 'A reminder e-mail sent for an overdue invoice (once per invoice and kind).' })
export class PaymentReminderModel {
  @Field(() => ID) id: string;
  @Field(() => ReminderKind) kind: ReminderKind;
  @Field(() => DateScalar) sentOn: string;
  @Field() to: string;
  @Field(() => Language) language: Language;
  @Field(() => Int, { description: 'What was still due when it was sent (cents, incl. VAT).' }) balanceDueCents: number;
  @Field(() => OutboxStatus, { nullable: true, description: 'Where its e-mail is: HELD (no SMTP), PENDING, SENT, FAILED.' }) deliveryStatus: OutboxStatus | null;
  @Field(() => Date) createdAt: Date;
  invoiceId: string;

  static from(e: PaymentReminderEntity): PaymentReminderModel {
    return Object.assign(new PaymentReminderModel(), {
      id: e.id,
      kind: e.kind,
      sentOn: e.sentOn,
      to: e.toAddress,
      language: e.language as Language,
      balanceDueCents: e.balanceDueCents,
      deliveryStatus: e.outboxMessage?.status ?? null,
      createdAt: e.createdAt,
      invoiceId: e.invoiceId,
    });
  }
}
