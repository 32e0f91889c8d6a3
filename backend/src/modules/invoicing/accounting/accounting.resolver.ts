import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../../common/auth/decorators.js';
import { Role } from '../../users/user.entity.js';
import { AccountingSettingsInput, AccountingSettingsModel } from './accounting-settings.js';
import { AccountingService } from './accounting.service.js';

@Resolver(() => AccountingSettingsModel)
export class AccountingResolver {
  constructor(private readonly accounting: AccountingService) {}

  @Roles(Role.OPERATOR)
  @Query(() => AccountingSettingsModel, { description: 'Accounts and journals the FEC is written with.' })
  async accountingSettings(@CurrentActor() actor: Actor): Promise<AccountingSettingsModel> {
    return Object.assign(new AccountingSettingsModel(), await this.accounting.accounts(actor));
  }

  @Roles(Role.OPERATOR)
  @Mutation(() => AccountingSettingsModel, { description: 'Changes the accounts or journal codes of the FEC (fields left out keep their value).' })
  async updateAccountingSettings(@CurrentActor() actor: Actor, @Args('input') input: AccountingSettingsInput): Promise<AccountingSettingsModel> {
    return Object.assign(new AccountingSettingsModel(), await this.accounting.updateAccounts(actor, input));
  }
}
