import { ValidateBy, ValidationOptions } from 'class-validator';

/** A string with something else than spaces (every module's inputs use this one). */
export const IsNotBlank = (options?: ValidationOptions) =>
  ValidateBy({ name: 'isNotBlank', validator: { validate: (v: unknown) => typeof v === 'string' && v.trim().length > 0, defaultMessage: () => 'must not be empty' } }, options);
