import { badInput } from '../errors/domain-error.js';

/*
 * What every argument must be before any resolver sees it (the edge of the API). Domain
 * limits (40 desks, 200-character names…) stay on the inputs' class-validator decorators;
 * these are the bounds no value may cross anywhere.
 */

/** Longest string any argument may carry (a ticket description, an address…). */
export const MAX_STRING_LENGTH = 10_000;
/** Most items any list argument may hold (the domain's own limits are lower: 40 desks, 20 components). */
export const MAX_LIST_LENGTH = 200;
/** Stricter bounds for the arguments an anonymous caller sends (sign-in, the door). */
export const MAX_LENGTH_BY_ARGUMENT: Readonly<Record<string, number>> = { code: 100, email: 254, password: 1_000 };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// In a /u expression a paired surrogate is one code point: only lone halves match.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Every id of the API is a UUID (the primary keys of all the tables ids name). */
export const isId = (value: string): boolean => UUID.test(value);

/** Why a string cannot be stored or shown, or null when it can. */
export function stringProblem(value: string, maxLength = MAX_STRING_LENGTH): string | null {
  if (value.length > maxLength) return `is too long: at most ${maxLength} characters`;
  if (value.includes('\u0000')) return 'must not contain a NUL character';
  if (LONE_SURROGATE.test(value)) return 'is not valid text (a lone UTF-16 surrogate)';
  return null;
}

/** Why an id is not one, or null. */
export function idProblem(value: string): string | null {
  return isId(value) ? null : 'must be an id (a UUID such as 3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b)';
}

export function listProblem(length: number, maxLength = MAX_LIST_LENGTH): string | null {
  return length > maxLength ? `has too many items: at most ${maxLength}` : null;
}

/** For the REST routes (downloads), which the GraphQL gate (validate-arguments.ts) does not cover. */
export function assertId(field: string, value: string): void {
  const problem = idProblem(value);
  if (problem) throw badInput(field, `${field} ${problem}`);
}
