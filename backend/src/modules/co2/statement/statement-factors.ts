import { badInput } from '../../../common/errors/domain-error.js';
import { AVOIDED_MACHINE_LIFETIME_YEARS, SOURCE_AVOIDED_LIFETIME } from '../co2-factors.js';
import type { Co2SettingsModel } from '../co2.model.js';
import { DEFAULT_GRID_KG_PER_KWH, DEFAULT_KWH_PER_DESK_DAY, GRID_RANGE, KWH_RANGE, SOURCE_GRID, SOURCE_KWH_PER_DESK_DAY } from './factor-families.js';
import type { StatementFactors } from './production-footprint.js';
import type { Co2FactorVersionEntity } from './statement.entity.js';
import type { FrozenFactors } from './statement-method.js';

/** The electricity factors set apart from the report's settings, with the range each accepts. */
export const ELECTRICITY_FACTORS = {
  gridKgPerKwh: { range: GRID_RANGE, unit: 'kg CO2e/kWh', default: DEFAULT_GRID_KG_PER_KWH, source: SOURCE_GRID },
  kwhPerDeskDay: { range: KWH_RANGE, unit: 'kWh', default: DEFAULT_KWH_PER_DESK_DAY, source: SOURCE_KWH_PER_DESK_DAY },
} as const;

/** Refuses a factor outside its range, naming the field. */
export function checkFactor(field: string, key: keyof typeof ELECTRICITY_FACTORS, value: number): void {
  const { range, unit } = ELECTRICITY_FACTORS[key];
  if (!Number.isFinite(value) || value < range.min || value > range.max) {
    throw badInput(field, `${key} must be between ${range.min} and ${range.max} ${unit}`, { min: range.min, max: range.max });
  }
}

/**
 * The factors in force, as a statement freezes them: the electricity ones from their latest
 * version (or the built-in default), the report's three from its settings, each with the
 * version recording that value when there is one.
 */
export function frozenFactors(settings: Co2SettingsModel, latest: Map<string, Co2FactorVersionEntity>): FrozenFactors {
  const versioned = (key: string, value: number) => {
    const v = latest.get(key);
    return v && Number(v.value) === value ? v.id : null;
  };
  const electricity = (key: keyof typeof ELECTRICITY_FACTORS) => {
    const v = latest.get(key);
    const d = ELECTRICITY_FACTORS[key];
    return v ? { value: Number(v.value), unit: d.unit, source: v.source, versionId: v.id } : { value: d.default, unit: d.unit, source: d.source, versionId: null };
  };
  return {
    gridKgPerKwh: electricity('gridKgPerKwh'),
    kwhPerDeskDay: electricity('kwhPerDeskDay'),
    referenceKitKg: { value: settings.referenceKitKg, unit: 'kg CO2e', source: settings.referenceKitSource, versionId: versioned('referenceKitKg', settings.referenceKitKg) },
    kitLifetimeYears: { value: settings.kitLifetimeYears, unit: 'ans / years', source: settings.kitLifetimeSource, versionId: versioned('kitLifetimeYears', settings.kitLifetimeYears) },
    refurbishedFactor: { value: settings.refurbishedFactor, unit: '×', source: settings.refurbishedFactorSource, versionId: versioned('refurbishedFactor', settings.refurbishedFactor) },
    avoidedLifetimeYears: { value: AVOIDED_MACHINE_LIFETIME_YEARS, unit: 'ans / years', source: SOURCE_AVOIDED_LIFETIME, versionId: null },
  };
}

export function computeFactors(f: FrozenFactors): StatementFactors {
  return {
    referenceKitKg: f.referenceKitKg.value,
    kitLifetimeYears: f.kitLifetimeYears.value,
    refurbishedFactor: f.refurbishedFactor.value,
    avoidedLifetimeYears: f.avoidedLifetimeYears.value,
    kwhPerDeskDay: f.kwhPerDeskDay.value,
    gridKgPerKwh: f.gridKgPerKwh.value,
  };
}
