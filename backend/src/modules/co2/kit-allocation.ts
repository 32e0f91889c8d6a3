import { daysBetween, LocalDate, maxDate, minDate } from '../../common/time/dates.js';
import { DAYS_PER_YEAR } from './co2-factors.js';

export interface ComponentFootprint {
  embodiedKgCo2e: number;
  refurbished: boolean;
}

export interface KitInService {
  purchasedOn: LocalDate;
  /** Last day in service; null while it serves. */
  retiredOn: LocalDate | null;
  components: ComponentFootprint[];
}

/** A kit's manufacturing footprint as Studio FLEX counts it: refurbished components × the refurbished factor. */
export function countedKitFootprintKg(components: ComponentFootprint[], refurbishedFactor: number): number {
  return components.reduce((sum, c) => sum + Number(c.embodiedKgCo2e) * (c.refurbished ? refurbishedFactor : 1), 0);
}

/** Calendar days (inclusive) a kit served within [from, to]; 0 when it did not. */
export function daysInService(kit: Pick<KitInService, 'purchasedOn' | 'retiredOn'>, from: LocalDate, to: LocalDate): number {
  const first = maxDate(kit.purchasedOn, from);
  const last = kit.retiredOn ? minDate(kit.retiredOn, to) : to;
  return last < first ? 0 : daysBetween(first, last) + 1;
}

/**
 * Studio FLEX's own kits' footprint allocated to [from, to]: each kit's counted footprint
 * × its days in service in the period / (lifetime × 365). A kit kept past its lifetime
 * keeps being charged at the same daily rate (as if replaced), which never flatters the net.
 */
export function allocatedKitFootprintKg(kits: KitInService[], from: LocalDate, to: LocalDate, lifetimeYears: number, refurbishedFactor: number): number {
  const lifetimeDays = lifetimeYears * DAYS_PER_YEAR;
  return kits.reduce((sum, kit) => sum + (countedKitFootprintKg(kit.components, refurbishedFactor) * daysInService(kit, from, to)) / lifetimeDays, 0);
}

/** Kits that served at least one day of [from, to]. */
export function kitsInServiceCount(kits: KitInService[], from: LocalDate, to: LocalDate): number {
  return kits.filter((k) => daysInService(k, from, to) > 0).length;
}
