import type { Co2SettingsModel } from '../co2.model.js';
import type { Co2FactorVersionEntity } from './statement.entity.js';

export type FactorVersionRow = Pick<Co2FactorVersionEntity, 'key' | 'value' | 'source' | 'createdById'>;

/** A version for each of the report's factors the operator changed (value or source), with the source in force. */
export function changedFactorVersions(before: Co2SettingsModel, after: Co2SettingsModel, userId: string | null): FactorVersionRow[] {
  const pairs: Array<[string, number, number, string, string]> = [
    ['referenceKitKg', before.referenceKitKg, after.referenceKitKg, before.referenceKitSource, after.referenceKitSource],
    ['kitLifetimeYears', before.kitLifetimeYears, after.kitLifetimeYears, before.kitLifetimeSource, after.kitLifetimeSource],
    ['refurbishedFactor', before.refurbishedFactor, after.refurbishedFactor, before.refurbishedFactorSource, after.refurbishedFactorSource],
  ];
  return pairs.filter(([, a, b, sa, sb]) => a !== b || sa !== sb).map(([key, , value, , source]) => ({ key, value, source, createdById: userId }));
}
