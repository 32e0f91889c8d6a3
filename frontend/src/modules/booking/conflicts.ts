import type { TFunction } from 'i18next';
import { errorInfo } from '../../ui/errors';
import { formatDay, formatShortDate, todayInParis } from '../../ui/format';
import { compactDeskCodes } from './booking-format';
import { dayRangeParts } from './timeline/dates';

// A booking's conflicts (from bookingQuote, or a refused bookDesks / updateBooking) in plain
// words, by code; the server's English message when the code is not one we know.

/** A rule a booking breaks, from the quote's conflicts or a refused bookDesks' extensions. */
export interface ConflictLike {
  code: string;
  /** The server's English sentence, shown when the code is not one we know. */
  message: string;
  deskCodes?: readonly string[] | null;
  from?: string | null;
  to?: string | null;
}

export interface ConflictContext {
  /** The contract's number and its most desks at a time, when the quote knows them. */
  contractNumber?: string | null;
  maxDesks?: number | null;
  /** Desks free on every day of the period, when known. */
  freeDesks?: number | null;
}

const MAX_CODES = 8;

function deskList(codes: readonly string[], language: string): string {
  const shown = codes.length > MAX_CODES ? [...codes.slice(0, MAX_CODES), `+${codes.length - MAX_CODES}`] : [...codes];
  return new Intl.ListFormat(language === 'en' ? 'en-GB' : 'fr-FR', { type: 'conjunction' }).format(shown);
}

function when(t: TFunction, from: string, to: string): string {
  const parts = dayRangeParts(from, to, todayInParis());
  return parts.single ? t('calendar.when.on', { day: parts.from }) : t('calendar.when.range', { from: parts.from, to: parts.to });
}

/** The conflict in plain words in the current language, by its code; the server's message otherwise. */
export function describeConflict(c: ConflictLike, t: TFunction, language: string, ctx: ConflictContext = {}): string {
  const codes = c.deskCodes ?? [];
  const { from, to } = c;
  switch (c.code) {
    case 'DESK_UNAVAILABLE':
      if (codes.length && from && to) {
        return t('calendar.conflicts.taken', { count: codes.length, desks: deskList(codes, language), when: when(t, from, to) });
      }
      if (codes.length) return t('calendar.conflicts.outOfService', { count: codes.length, desks: deskList(codes, language) });
      if (from && to) {
        return typeof ctx.freeDesks === 'number'
          ? t('calendar.conflicts.notEnoughCount', { count: ctx.freeDesks, when: when(t, from, to) })
          : t('calendar.conflicts.notEnough', { when: when(t, from, to) });
      }
      break;
    case 'CONTRACT_LIMIT':
      if (from) {
        return ctx.maxDesks && ctx.contractNumber
          ? t('calendar.conflicts.limit', { day: formatDay(from), max: ctx.maxDesks, contract: ctx.contractNumber })
          : t('calendar.conflicts.limitNoMax', { day: formatDay(from) });
      }
      break;
    case 'NO_ACTIVE_CONTRACT':
      if (from && to) return t('calendar.conflicts.noContract', { when: when(t, from, to) });
      break;
    case 'INSURANCE_EXPIRED':
      if (from && to) return t('calendar.conflicts.insurance', { expires: formatDay(from), last: formatDay(to) });
      break;
    case 'BAD_USER_INPUT':
      if (from && from === to) return t('calendar.conflicts.pastStart');
      break;
  }
  return c.message;
}

/** The same words for an error bookDesks answered (a race can still lose), for <ErrorMessage messages>. */
export function mutationConflictMessages(error: unknown, t: TFunction, language: string, ctx: ConflictContext = {}): Record<string, string> {
  if (!error) return {};
  const info = errorInfo(error);
  const ext = info.extensions;
  const known = ['DESK_UNAVAILABLE', 'CONTRACT_LIMIT', 'NO_ACTIVE_CONTRACT', 'INSURANCE_EXPIRED'];
  if (!known.includes(info.code)) return {};
  const text = describeConflict(
    {
      code: info.code,
      message: t(`app:errors.${info.code}`),
      deskCodes: Array.isArray(ext.deskCodes) ? (ext.deskCodes as string[]) : [],
      from: typeof ext.from === 'string' ? ext.from : null,
      to: typeof ext.to === 'string' ? ext.to : null,
    },
    t,
    language,
    { ...ctx, freeDesks: typeof ext.freeDesks === 'number' ? ext.freeDesks : ctx.freeDesks, maxDesks: typeof ext.maxDesks === 'number' ? ext.maxDesks : ctx.maxDesks },
  );
  return { [info.code]: text };
}

/** A conflict of a change of dates (the booking page's wording), from its code, desks and days. */
export function describeChangeConflict(c: ConflictLike, t: TFunction): string {
  const range = c.from && c.to
    ? c.from === c.to
      ? t('bookings.conflict.day', { day: formatShortDate(c.from) })
      : t('bookings.conflict.range', { from: formatShortDate(c.from), to: formatShortDate(c.to) })
    : '';
  switch (c.code) {
    case 'DESK_UNAVAILABLE':
      return c.deskCodes?.length
        ? t('bookings.conflict.DESK_UNAVAILABLE', { desks: compactDeskCodes(c.deskCodes), range })
        : t('bookings.conflict.DESK_UNAVAILABLE_NO_DESKS', { range });
    case 'CONTRACT_LIMIT':
    case 'INSURANCE_EXPIRED':
      return t(`bookings.conflict.${c.code}`, { range });
    case 'NO_ACTIVE_CONTRACT':
      return t('bookings.conflict.NO_ACTIVE_CONTRACT');
    default:
      return t('bookings.conflict.BAD_USER_INPUT', { message: c.message });
  }
}

/** DESK_UNAVAILABLE names the desks and days taken: say which, and what to do. */
export function changeTakenMessage(error: unknown, t: TFunction): string | undefined {
  const { code, extensions: x, message } = errorInfo(error);
  if (code !== 'DESK_UNAVAILABLE' || !Array.isArray(x.deskCodes) || x.deskCodes.length === 0) return undefined;
  const conflict = { code: 'DESK_UNAVAILABLE' as const, message, deskCodes: x.deskCodes as string[], from: (x.from as string) ?? null, to: (x.to as string) ?? null };
  return `${describeChangeConflict(conflict, t)} ${t('bookings.errors.pickOther')}`;
}
