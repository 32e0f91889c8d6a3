import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { errorInfo, formatDay, Icon, todayInParis } from '../../../ui';
import { dayRangeParts } from './timeline/dates';

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

export function BookingDialogConflicts({ conflicts, context }: { conflicts: readonly ConflictLike[]; context: ConflictContext }) {
  const { t, i18n } = useTranslation('booking');
  if (!conflicts.length) return null;
  return (
    <div className="bk-conflicts" role="alert" data-testid="quote-conflicts">
      <div className="bk-conflicts__title">
        <Icon name="alert" size={16} />
        {t('calendar.conflicts.title')}
      </div>
      <ul>
        {conflicts.map((c, i) => (
          <li key={`${c.code}-${i}`} data-code={c.code}>{describeConflict(c, t, i18n.language, context)}</li>
        ))}
      </ul>
    </div>
  );
}
