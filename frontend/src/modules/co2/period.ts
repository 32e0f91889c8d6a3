import { differenceInCalendarDays, endOfMonth, endOfQuarter, endOfYear, format, parseISO, startOfMonth, startOfQuarter, startOfYear } from 'date-fns';

export type Preset = 'month' | 'quarter' | 'year' | 'opening' | 'custom';
export const PRESETS: Preset[] = ['month', 'quarter', 'year', 'opening'];

export interface Period {
  from: string;
  to: string;
}

const day = (d: Date) => format(d, 'yyyy-MM-dd');

/**
 * The calendar bounds of a preset around `today` (YYYY-MM-DD, Paris). The presets nest: "since
 * opening" runs to the end of this year, as "this year" does, so it always holds this year's
 * bookings (it used to stop today and miss the confirmed bookings of the weeks ahead).
 */
export function presetPeriod(preset: Exclude<Preset, 'custom'>, today: string, openedOn: string | null | undefined): Period {
  const d = parseISO(today);
  switch (preset) {
    case 'month':
      return { from: day(startOfMonth(d)), to: day(endOfMonth(d)) };
    case 'quarter':
      return { from: day(startOfQuarter(d)), to: day(endOfQuarter(d)) };
    case 'year':
      return { from: day(startOfYear(d)), to: day(endOfYear(d)) };
    case 'opening':
      return { from: openedOn && openedOn <= today ? openedOn : day(startOfYear(d)), to: day(endOfYear(d)) };
  }
}

/** Which preset a period is, if any. */
export function presetOf(period: Period, today: string, openedOn: string | null | undefined): Preset {
  return PRESETS.find((p) => {
    const q = presetPeriod(p as Exclude<Preset, 'custom'>, today, openedOn);
    return q.from === period.from && q.to === period.to;
  }) ?? 'custom';
}

/** Calendar days of a period, both ends inclusive. */
export function periodDays(p: Period): number {
  return differenceInCalendarDays(parseISO(p.to), parseISO(p.from)) + 1;
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** The period the address bar asks for, each end falling back to `fallback`'s when not a day. */
export function periodFromParams(from: string | null, to: string | null, fallback: Period): Period {
  return { from: from && DATE_RE.test(from) ? from : fallback.from, to: to && DATE_RE.test(to) ? to : fallback.to };
}
