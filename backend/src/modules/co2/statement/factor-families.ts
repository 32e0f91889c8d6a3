/**
 * The factors a carbon statement is computed with, their defaults and sources, and the source
 * families (SPEC "Component footprints") that bound its uncertainty range.
 */

/**
 * French grid electricity, annual average consumption mix (life cycle), from ADEME's Base
 * Empreinte. The operator records a newer version with its source when ADEME publishes one.
 */
export const DEFAULT_GRID_KG_PER_KWH = 0.052;
export const SOURCE_GRID =
  'ADEME Base Empreinte V23.6 (2025): Électricité — mix moyen — consommation, France continentale, 0,052 kg CO2e/kWh (analyse de cycle de vie)';

/** kWh one desk (workstation + two screens) draws on a desk-day when its kit has no meter reading. */
export const DEFAULT_KWH_PER_DESK_DAY = 1.2;
export const SOURCE_KWH_PER_DESK_DAY =
  'Studio FLEX estimate: 8 hours at 150 W (workstation and two screens), until meter readings of the kit replace it';

/** Ranges the operator may set: outside them a value is refused (BAD_USER_INPUT). */
export const GRID_RANGE = { min: 0.001, max: 2 } as const;
export const KWH_RANGE = { min: 0.01, max: 50 } as const;

/**
 * Kit (desktop + two 24" monitors) by source family, kg CO2e (SPEC): ADEME Impact CO2 2025
 * 205 + 2 × 66 = 337; Boavizta 277 + 2 × 64.7 = 406.4; manufacturer datasheets (Dell PCF)
 * 316 + 2 × 370 = 1,056 to 660 + 2 × 408 = 1,476. The components are entered with ADEME's
 * figures, the lowest family, so the low end is the figure itself and the high end scales it
 * to the datasheets' highest kit.
 */
export const KIT_FAMILY_KG = { ademe: 205 + 2 * 66, boavizta: 277 + 2 * 64.7, datasheetLow: 316 + 2 * 370, datasheetHigh: 660 + 2 * 408 } as const;
export const HIGH_FAMILY_SCALE = KIT_FAMILY_KG.datasheetHigh / KIT_FAMILY_KG.ademe;

/** Refurbished components avoid 43–97 % of a new one's impact (ADEME 2022): factor 0.03 to 0.57. */
export const REFURBISHED_RANGE = { low: 0.03, high: 0.57 } as const;

/** The versioned factors a statement freezes. */
export const VERSIONED_KEYS = ['gridKgPerKwh', 'kwhPerDeskDay', 'referenceKitKg', 'kitLifetimeYears', 'refurbishedFactor'] as const;
export type VersionedKey = (typeof VERSIONED_KEYS)[number];
