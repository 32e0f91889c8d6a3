import { QueryFailedError } from 'typeorm';

const driverError = (e: unknown) => (e instanceof QueryFailedError ? (e.driverError as { code?: string; constraint?: string }) : undefined);
const sqlState = (e: unknown) => driverError(e)?.code;

/**
 * PostgreSQL refused a row by an exclusion constraint (two live bookings on one desk-day, two
 * people on one desk…); by that constraint when one is named.
 */
export const isExclusionViolation = (e: unknown, constraint?: string) => sqlState(e) === '23P01' && (!constraint || driverError(e)?.constraint === constraint);

/** A transaction lost a deadlock or serialization race and may simply be run again. */
export const isRetryable = (e: unknown) => sqlState(e) === '40P01' || sqlState(e) === '40001';

/** Runs a unit of work again (a few times) when PostgreSQL aborted it for a deadlock. */
export async function withRetry<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await work();
    } catch (e) {
      if (i >= attempts || !isRetryable(e)) throw e;
    }
  }
}
