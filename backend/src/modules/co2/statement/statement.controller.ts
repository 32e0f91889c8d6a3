import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import type { Actor } from '../../../common/auth/actor.js';
import { CurrentActor } from '../../../common/auth/decorators.js';
import { badInput } from '../../../common/errors/domain-error.js';
import { assertId } from '../../../common/validation/input-rules.js';
import { send } from '../../invoicing/invoicing.controller.js';
import { StatementService } from './statement.service.js';

const FORMATS = ['pdf-fr', 'pdf-en', 'csv'] as const;

/** Downloads of issued statements, as stored at issue (same bearer token as the API). */
@Controller('api')
export class StatementController {
  constructor(private readonly statements: StatementService) {}

  @Get('carbon-statements/:id/:format')
  async download(@CurrentActor() actor: Actor, @Param('id') id: string, @Param('format') format: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    assertId('id', id);
    if (!(FORMATS as readonly string[]).includes(format)) throw badInput('format', 'pdf-fr, pdf-en or csv');
    return send(res, await this.statements.document(actor, id, format as (typeof FORMATS)[number]));
  }
}
