import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import type { Actor } from '../../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../../common/auth/decorators.js';
import { Role } from '../../users/user.entity.js';
import { send } from '../invoicing.controller.js';
import { AccountingService } from './accounting.service.js';
import { MonthlyArchiveService } from './monthly-archive.service.js';

/** The accountant's files, for the operator (same bearer token as the API). */
@Controller('api')
@Roles(Role.OPERATOR)
export class AccountingController {
  constructor(
    private readonly accounting: AccountingService,
    private readonly archives: MonthlyArchiveService,
  ) {}

  @Get('accounting/fec')
  async fec(@CurrentActor() actor: Actor, @Query('from') from: string | undefined, @Query('to') to: string | undefined, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return send(res, await this.accounting.fec(actor, from, to));
  }

  @Get('e-reporting/payments.csv')
  async ePayments(@CurrentActor() actor: Actor, @Query('month') month: string | undefined, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return send(res, await this.accounting.ePayments(actor, month));
  }

  @Get('invoices/archive.zip')
  async archive(@CurrentActor() actor: Actor, @Query('month') month: string | undefined, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return send(res, await this.archives.archive(actor, month));
  }
}
