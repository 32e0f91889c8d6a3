import { ValidationError, ValidationPipe } from '@nestjs/common';
import { badInput } from './domain-error.js';

/**
 * One field at fault: its path, the rule it broke (class-validator's constraint name, e.g.
 * `isEmail`, `maxLength`) and, for a bound, the bound itself, so that clients can say it in
 * the user's language; `message` is the English sentence, for logs and API users.
 */
export interface FieldProblem {
  field: string;
  rule: string;
  message: string;
  limit?: number;
}

/** Rules whose message carries the bound (e.g. "must be shorter than or equal to 200 characters"). */
const BOUNDED = new Set(['maxLength', 'minLength', 'min', 'max', 'arrayMaxSize', 'arrayMinSize']);

export function fieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([rule, message]): FieldProblem => {
      const bound = BOUNDED.has(rule) ? /-?\d+(?:\.\d+)?/.exec(message)?.[0] : undefined;
      return bound === undefined ? { field, rule, message } : { field, rule, message, limit: Number(bound) };
    });
    return own.concat(fieldProblems(e.children ?? [], field));
  });
}

/** class-validator on every input; the first field at fault is named in `extensions.field` (and its `rule`). */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const fields = fieldProblems(errors);
      const first = fields[0] ?? { field: 'input', rule: 'invalid', message: 'invalid input' };
      return badInput(first.field, fields.map((f) => `${f.field}: ${f.message}`).join('; '), {
        rule: first.rule,
        ...(first.limit === undefined ? {} : { limit: first.limit }),
        fields,
      });
    },
  });
}
