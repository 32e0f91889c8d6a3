import { Global, Module } from '@nestjs/common';
import { MailService } from './mail.service.js';
import { OutboxResolver } from './outbox.resolver.js';

/** E-mails (transactional outbox, SMTP or held for the operator). Global: any domain may send. */
@Global()
@Module({ providers: [MailService, OutboxResolver], exports: [MailService] })
export class MailModule {}
