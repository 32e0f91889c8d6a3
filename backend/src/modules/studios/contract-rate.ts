import type { VolumeTier } from './contract.entity.js';

/**
 * The price of one desk-day for a month (SPEC, Invoicing): the contract's daily rate, or with
 * volume tiers the rate of the highest tier whose `fromDeskDays` is at most the studio's
 * billable desk-days of the month, applied to all of them.
 */
export function applicableDailyRate(contract: { dailyRateCents: number; volumeTiers: readonly VolumeTier[] }, monthDeskDays: number): number {
  let rate = contract.dailyRateCents;
  let reached = -1;
  for (const tier of contract.volumeTiers) {
    if (tier.fromDeskDays <= monthDeskDays && tier.fromDeskDays > reached) {
      reached = tier.fromDeskDays;
      rate = tier.dailyRateCents;
    }
  }
  return rate;
}

/** Tiers as stored: sorted by their threshold. Duplicates are refused before this. */
export function sortTiers(tiers: readonly VolumeTier[]): VolumeTier[] {
  return [...tiers].map((t) => ({ fromDeskDays: t.fromDeskDays, dailyRateCents: t.dailyRateCents })).sort((a, b) => a.fromDeskDays - b.fromDeskDays);
}
