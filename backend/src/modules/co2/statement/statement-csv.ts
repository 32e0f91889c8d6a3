import { csvDate, csvDecimal, csvText, frenchCsv } from '../../reports/french-csv.js';
import type { StatementDocument } from './statement-document.js';

/**
 * The statement laid out for keying into a production carbon calculator (Carbon'Clap,
 * Carbulator): one line per emission item it asks for (equipment manufacturing, electricity),
 * with the activity quantity, its unit, the factor and its source; the avoided purchases on a
 * line of their own, marked as not to be added to the footprint. French spreadsheet CSV.
 */
export function statementCsv(d: StatementDocument): string {
  const f = d.figures;
  const header = ['Relevé', 'Production', 'Du', 'Au', 'Poste', 'Quantité', 'Unité', 'Facteur', 'Unité du facteur', 'kg CO2e', 'kg CO2e bas', 'kg CO2e haut', 'Source du facteur', 'À inclure dans l’empreinte'];
  const head = [csvText(d.number), csvText(d.productionName), csvDate(d.from), csvDate(d.to)];
  const fx = d.factors;
  const rows = [
    [...head, csvText('Fabrication des équipements (informatique, part allouée)'), String(f.deskDays), csvText('jours-postes'), '', '', csvDecimal(f.manufacturingKg, 3), csvDecimal(f.manufacturingLowKg, 3), csvDecimal(f.manufacturingHighKg, 3), csvText(`ADEME Impact CO2 (2025) par composant ; reconditionné × ${String(fx.refurbishedFactor.value).replace('.', ',')} ; durée de vie ${String(fx.kitLifetimeYears.value).replace('.', ',')} ans`), 'oui'],
    [...head, csvText('Électricité'), csvDecimal(f.electricityKwh, 3), 'kWh', csvDecimal(fx.gridKgPerKwh.value, 4), csvText('kg CO2e/kWh'), csvDecimal(f.electricityKg, 3), csvDecimal(f.electricityKg, 3), csvDecimal(f.electricityKg, 3), csvText(fx.gridKgPerKwh.source), 'oui'],
    [...head, csvText('Émissions évitées (achats de kits évités, pilier B) — à déclarer à part'), String(f.machinesAvoided), csvText('kits'), csvDecimal(fx.referenceKitKg.value, 1), csvText('kg CO2e/kit'), csvDecimal(f.avoidedKg, 3), csvDecimal(f.avoidedLowKg, 3), csvDecimal(f.avoidedHighKg, 3), csvText(fx.referenceKitKg.source), 'non'],
  ];
  return frenchCsv(header, rows);
}
