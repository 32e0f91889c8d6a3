import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/auth/decorators.js';
import { badInput } from '../../common/errors/domain-error.js';
import { Role } from '../users/user.entity.js';
import { MailService } from './mail.service.js';
import { OutboxMessageModel } from './outbox.model.js';

@Resolver(() => OutboxMessageModel)
export class OutboxResolver {
  constructor(private readonly mail: MailService) {}

  @Query(() => [OutboxMessageModel], { description: 'Operator only: the e-mails sent or held (newest first).' })
  @Roles(Role.OPERATOR)
  async outbox(@Args('limit', { type: () => Int, defaultValue: 100 }) limit: number): Promise<OutboxMessageModel[]> {
    if (limit < 1 || limit > 500) throw badInput('limit', 'limit must be between 1 and 500');
    return (await this.mail.list(limit)).map((m) => OutboxMessageModel.from(m, this.mail.openSecrets(m)));
  }
}
