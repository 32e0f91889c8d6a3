import { Global, Module } from '@nestjs/common';
import { MailRecipientsRepository } from './mail-recipients.repository.js';
import { MailService } from './mail.service.js';
import { OutboxRepository } from './outbox.repository.js';
import { OutboxResolver } from './outbox.resolver.js';

/** E-mails (transactional outbox, SMTP or held for the operator). Global: any domain may send. */
@Global()
@Module({ providers: [MailService, MailRecipientsRepository, OutboxRepository, OutboxResolver], exports: [MailService, MailRecipientsRepository] })
export class MailModule {}
