import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from './domain-error.js';
import { HTTP_STATUS } from './error-code.js';

/**
 * Domain refusals are answers, not failures: GraphQL gets them back untouched (formatError
 * maps the code) and REST downloads answer a JSON body with the matching status. Neither is
 * logged as an error.
 */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost) {
    if (host.getType<string>() === 'graphql') return error;
    const res = host.switchToHttp().getResponse<Response>();
    res.status(HTTP_STATUS[error.code]).json({ code: error.code, message: error.message, ...error.details });
  }
}
