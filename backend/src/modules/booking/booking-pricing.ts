import { maxDate, minDate, monthBounds } from '../../common/time/dates.js';
import type { SiteCalendar } from '../site/opening.js';
import { VolumeTier } from '../studios/contract.entity.js';
import { applicableDailyRate } from '../studios/contract-rate.js';
import { HeldDays, OpenDays, countDeskDays } from './desk-days.js';

export interface MonthPrice {
  month: string;
  deskDays: number;
  studioDeskDays: number;
  dailyRateCents: number;
  amountCents: number;
}

/**
 * The estimated price of a booking, month by month, as invoicing will bill it once
 * confirmed: its desk-days on open days, at the rate of the volume tier the studio reaches
 * that month counting its other desk-days billed at the rate (`studioBilled`, the rows
 * invoicing's `rateBilledRows` keeps) and these.
 */
export function priceByMonth(
  planned: readonly HeldDays[],
  studioBilled: readonly HeldDays[],
  calendar: SiteCalendar,
  contract: { dailyRateCents: number; volumeTiers: readonly VolumeTier[] },
): MonthPrice[] {
  if (!planned.length) return [];
  const first = planned.reduce((m, r) => minDate(m, r.first), planned[0].first);
  const last = planned.reduce((m, r) => maxDate(m, r.last), planned[0].last);
  const open = new OpenDays(calendar, monthBounds(first.slice(0, 7)).first, monthBounds(last.slice(0, 7)).last);
  const out: MonthPrice[] = [];
  for (let month = first.slice(0, 7); month <= last.slice(0, 7); month = nextMonth(month)) {
    const bounds = monthBounds(month);
    const deskDays = countDeskDays(planned, open, bounds.first, bounds.last);
    if (!deskDays) continue;
    const studioDeskDays = countDeskDays(studioBilled, open, bounds.first, bounds.last) + deskDays;
    const dailyRateCents = applicableDailyRate(contract, studioDeskDays);
    out.push({ month, deskDays, studioDeskDays, dailyRateCents, amountCents: deskDays * dailyRateCents });
  }
  return out;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
