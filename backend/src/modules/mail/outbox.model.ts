import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { fillSecrets, OpenedSecrets } from './mail.service.js';
import { OutboxMessageEntity, OutboxStatus } from './outbox-message.entity.js';

registerEnumType(OutboxStatus, {
  name: 'OutboxStatus',
  description: 'HELD: no SMTP server is configured, the operator passes the message on; PENDING/SENT/FAILED: SMTP delivery.',
});

@ObjectType('OutboxMessage', { description: 'An e-mail the application sent, or holds when no SMTP server is configured.' })
export class OutboxMessageModel {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true, description: 'Null once the recipient was anonymised.' }) to: string | null;
  @Field() subject: string;
  @Field({ description: 'The text as the recipient gets it; an access code shows only while it still opens the door and was not sent.' }) text: string;
  @Field(() => String, { nullable: true, description: 'The access code or link token the message carries, while still held and valid.' }) secret: string | null;
  @Field(() => OutboxStatus) status: OutboxStatus;
  @Field() kind: string;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
  @Field(() => String, { nullable: true }) lastError: string | null;

  /** `secrets`: the message's secrets opened by MailService.openSecrets. */
  static from(e: OutboxMessageEntity, secrets: OpenedSecrets | null): OutboxMessageModel {
    const secret = secrets?.secret ?? null;
    return Object.assign(new OutboxMessageModel(), {
      id: e.id,
      to: e.toAddress,
      subject: e.subject,
      text: fillSecrets(e.textBody, secrets, e.kind),
      secret,
      status: e.status,
      kind: e.kind.replace(/\+qr$/, ''),
      createdAt: e.createdAt,
      sentAt: e.sentAt,
      lastError: e.lastError,
    });
  }
}
