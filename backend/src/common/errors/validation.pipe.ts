import { ValidationError, ValidationPipe } from '@nestjs/common';
import { badInput } from './domain-error.js';

function flatten(errors: ValidationError[], prefix = ''): Array<{ field: string; message: string }> {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return own.concat(flatten(e.children ?? [], field));
  });
}

/** class-validator on every input; the first field at fault is named in `extensions.field`. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      const first = fields[0] ?? { field: 'input', message: 'invalid input' };
      return badInput(first.field, fields.map((f) => `${f.field}: ${f.message}`).join('; '), { fields });
    },
  });
}
