/**
 * The factors of the CO2 saved report, their defaults and where they come from. Three are
 * operator settings (reference kit footprint, kit lifetime, refurbished factor); the others
 * are fixed conventions, stated with their source so that every report can show them.
 */

/** kg CO2e to manufacture one workstation + 2 screens: the founding study's figure. */
export const DEFAULT_REFERENCE_KIT_KG = 700;
export const SOURCE_REFERENCE_KIT =
  'Founding study of Studio FLEX: about 700 kg CO2e to manufacture a workstation and two screens, between ADEME Impact CO2 (desktop + two 24" monitors ≈ 337 kg) and manufacturer datasheets (Dell PCF: workstation towers ≈ 316–660 kg)';

/** Years a Studio FLEX kit serves before it is replaced. */
export const DEFAULT_KIT_LIFETIME_YEARS = 5;
export const SOURCE_KIT_LIFETIME = "Founding study's horizon: Studio FLEX renews its kits after 5 years; a kit kept longer is charged at the same daily rate, as if replaced";

/**
 * Share of a new component's manufacturing footprint counted for a refurbished one.
 * ADEME's 2022 study finds a refurbished desktop avoids 43 to 97 % of the yearly impact of a
 * new one; the default keeps the least favourable end (1 − 0.43 = 0.57), so that Studio FLEX's
 * own footprint is never understated and the net saving never overstated.
 */
export const DEFAULT_REFURBISHED_FACTOR = 0.57;
export const SOURCE_REFURBISHED_FACTOR =
  'ADEME (2022), study on the environmental impact of refurbished products: a refurbished desktop avoids 43–97 % of the yearly impact of a new one; the least favourable end is kept (1 − 0.43 = 0.57 of the new footprint)';

/** kg CO2e per km for the car equivalent: fixed, a unit of communication rather than a parameter. */
export const CAR_KG_PER_KM = 0.142;
export const SOURCE_CAR = 'ADEME Impact CO2 (since June 2026): average thermal car, 142 g CO2e per km (the 2024 poster said 218 g/km, an older figure)';

/** Lifetime of a desktop for the conservative reading (allocation of the avoided purchase). */
export const AVOIDED_MACHINE_LIFETIME_YEARS = 6;
export const SOURCE_AVOIDED_LIFETIME = 'ADEME / Boavizta: a desktop computer is used 6 years; the avoided purchase is allocated to the period over that lifetime';

/** Day convention of every allocation: calendar days, first and last inclusive; a year counts 365 days. */
export const DAYS_PER_YEAR = 365;
export const SOURCE_DAYS_PER_YEAR = 'Convention: calendar days, first and last day inclusive; a year counts 365 days (leap days ignored)';

/** Longest period a report covers, in days (about ten years). */
export const MAX_REPORT_DAYS = 3660;

export const SETTING_KEYS = {
  referenceKitKg: 'co2.referenceKitKg',
  referenceKitSource: 'co2.referenceKitSource',
  kitLifetimeYears: 'co2.kitLifetimeYears',
  refurbishedFactor: 'co2.refurbishedFactor',
} as const;

/** The factors a report or a projection is computed with. */
export interface Co2Factors {
  referenceKitKg: number;
  kitLifetimeYears: number;
  refurbishedFactor: number;
  carKgPerKm: number;
  avoidedLifetimeYears: number;
}

export const DEFAULT_FACTORS: Co2Factors = {
  referenceKitKg: DEFAULT_REFERENCE_KIT_KG,
  kitLifetimeYears: DEFAULT_KIT_LIFETIME_YEARS,
  refurbishedFactor: DEFAULT_REFURBISHED_FACTOR,
  carKgPerKm: CAR_KG_PER_KM,
  avoidedLifetimeYears: AVOIDED_MACHINE_LIFETIME_YEARS,
};

/** km driven by an average thermal car for the same emissions. */
export function carKmEquivalent(kg: number, carKgPerKm = CAR_KG_PER_KM): number {
  return kg / carKgPerKm;
}
