import { eachDate, LocalDate, maxDate, minDate, monthBounds } from '../../common/time/dates.js';
import { VolumeTier } from '../studios/contract.entity.js';
import { applicableDailyRate } from '../studios/contract-rate.js';

type Range = { first: LocalDate; last: LocalDate };

export interface MonthPrice {
  month: string;
  deskDays: number;
  studioDeskDays: number;
  dailyRateCents: number;
  amountCents: number;
}

/** Desk-days of the rows on open days between `from` and `to`. */
export function openDeskDays(rows: readonly Range[], from: LocalDate, to: LocalDate, isOpen: (d: LocalDate) => boolean): number {
  let n = 0;
  for (const r of rows) {
    const a = maxDate(r.first, from);
    const b = minDate(r.last, to);
    if (a <= b) n += eachDate(a, b).filter(isOpen).length;
  }
  return n;
}

/**
 * The estimated price of a booking, month by month, as invoicing will bill it once
 * confirmed: its desk-days on open days, at the rate of the volume tier the studio reaches
 * that month counting its other confirmed desk-days and these.
 */
export function priceByMonth(
  planned: readonly Range[],
  studioConfirmed: readonly Range[],
  isOpen: (d: LocalDate) => boolean,
  contract: { dailyRateCents: number; volumeTiers: readonly VolumeTier[] },
): MonthPrice[] {
  if (!planned.length) return [];
  const first = planned.reduce((m, r) => minDate(m, r.first), planned[0].first);
  const last = planned.reduce((m, r) => maxDate(m, r.last), planned[0].last);
  const out: MonthPrice[] = [];
  for (let month = first.slice(0, 7); month <= last.slice(0, 7); month = nextMonth(month)) {
    const bounds = monthBounds(month);
    const deskDays = openDeskDays(planned, bounds.first, bounds.last, isOpen);
    if (!deskDays) continue;
    const studioDeskDays = openDeskDays(studioConfirmed, bounds.first, bounds.last, isOpen) + deskDays;
    const dailyRateCents = applicableDailyRate(contract, studioDeskDays);
    out.push({ month, deskDays, studioDeskDays, dailyRateCents, amountCents: deskDays * dailyRateCents });
  }
  return out;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
