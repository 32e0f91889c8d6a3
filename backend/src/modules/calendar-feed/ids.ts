import { isUUID } from 'class-validator';
import { badInput } from '../../common/errors/domain-error.js';

/** An id given in a URL or an argument must look like one: the caller's input error, not a 500. */
export function assertUuid(field: string, value: string): void {
  if (!isUUID(value)) throw badInput(field, `${field} must be an id (UUID)`);
}
