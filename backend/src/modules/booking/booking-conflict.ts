import { DomainError } from '../../common/errors/domain-error.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { LocalDate } from '../../common/time/dates.js';

/** The rules a booking can break, by the code bookDesks answers. */
export enum BookingConflictCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NO_ACTIVE_CONTRACT = 'NO_ACTIVE_CONTRACT',
  INSURANCE_EXPIRED = 'INSURANCE_EXPIRED',
  SITE_NOT_COVERED = 'SITE_NOT_COVERED',
  CONTRACT_LIMIT = 'CONTRACT_LIMIT',
  DESK_UNAVAILABLE = 'DESK_UNAVAILABLE',
}

/** Why a booking cannot be made as asked, in plain words, with what a client needs to show it. */
export interface BookingConflict {
  code: BookingConflictCode;
  message: string;
  /** The desks concerned (codes), if any. */
  deskCodes: string[];
  /** The days concerned, if any. */
  from: LocalDate | null;
  to: LocalDate | null;
  details?: Record<string, unknown>;
}

export function conflict(code: BookingConflictCode, message: string, extra: Partial<Omit<BookingConflict, 'code' | 'message'>> = {}): BookingConflict {
  return { code, message, deskCodes: extra.deskCodes ?? [], from: extra.from ?? null, to: extra.to ?? null, details: extra.details };
}

const ERROR_CODE: Record<BookingConflictCode, ErrorCode> = {
  BAD_USER_INPUT: ErrorCode.BAD_USER_INPUT,
  NO_ACTIVE_CONTRACT: ErrorCode.NO_ACTIVE_CONTRACT,
  INSURANCE_EXPIRED: ErrorCode.INSURANCE_EXPIRED,
  SITE_NOT_COVERED: ErrorCode.SITE_NOT_COVERED,
  CONTRACT_LIMIT: ErrorCode.CONTRACT_LIMIT,
  DESK_UNAVAILABLE: ErrorCode.DESK_UNAVAILABLE,
};

/** The refusal a mutation answers for a conflict. */
export function conflictError(c: BookingConflict): DomainError {
  const field = c.code === BookingConflictCode.BAD_USER_INPUT ? { field: c.details?.field ?? 'input' } : {};
  return new DomainError(ERROR_CODE[c.code], c.message, { ...field, ...c.details, deskCodes: c.deskCodes, from: c.from, to: c.to });
}
