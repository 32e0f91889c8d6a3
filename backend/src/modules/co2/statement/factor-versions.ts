import { EntityManager } from 'typeorm';
import type { Co2SettingsModel } from '../co2.model.js';
import { Co2FactorVersionEntity } from './statement.entity.js';

/** Appends a version for each of the report's factors the operator changed (value or source), with the source in force. */
export async function recordVersions(em: EntityManager, before: Co2SettingsModel, after: Co2SettingsModel, userId: string | null): Promise<void> {
  const pairs: Array<[string, number, number, string, string]> = [
    ['referenceKitKg', before.referenceKitKg, after.referenceKitKg, before.referenceKitSource, after.referenceKitSource],
    ['kitLifetimeYears', before.kitLifetimeYears, after.kitLifetimeYears, before.kitLifetimeSource, after.kitLifetimeSource],
    ['refurbishedFactor', before.refurbishedFactor, after.refurbishedFactor, before.refurbishedFactorSource, after.refurbishedFactorSource],
  ];
  const rows = pairs.filter(([, a, b, sa, sb]) => a !== b || sa !== sb).map(([key, , value, , source]) => ({ key, value, source, createdById: userId }));
  if (rows.length) await em.getRepository(Co2FactorVersionEntity).insert(rows);
}
