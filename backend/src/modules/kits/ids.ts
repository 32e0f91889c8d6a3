import { isUUID } from 'class-validator';
import { badInput } from '../../common/errors/domain-error.js';

/** An id argument must look like one: a malformed id is the caller's input error, not a 500. */
export function assertId(field: string, value: string): void {
  if (!isUUID(value)) throw badInput(field, `${field} must be an id (UUID)`);
}
