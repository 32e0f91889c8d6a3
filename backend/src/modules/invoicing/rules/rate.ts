import { applicableDailyRate } from '../../studios/contract-rate.js';

export interface RateCard {
  dailyRateCents: number;
  volumeTiers: Array<{ fromDeskDays: number; dailyRateCents: number }>;
}

/**
 * The desk-day rate of a month: the contract's `dailyRateCents`, or the rate of the highest
 * volume tier whose `fromDeskDays` is at most the studio's billable desk-days of the month.
 * The rate reached applies to all of the month's desk-days (not only those above the
 * threshold). Billable desk-days are the desk-days billed at the rate; late-cancellation
 * days do not count towards the volume (nobody occupied the desk).
 */
export function rateForMonth(card: RateCard, billableDeskDays: number): number {
  // The same rule the contract's quotes use: one definition of the tier reached.
  return applicableDailyRate({ dailyRateCents: card.dailyRateCents, volumeTiers: card.volumeTiers ?? [] }, billableDeskDays);
}
