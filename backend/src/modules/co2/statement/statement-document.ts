import type { ProductionFootprint } from './production-footprint.js';
import type { FrozenFactors, StatementLang } from './statement-method.js';

/** What an issued statement prints: frozen at issue, rendered from these alone. */
export interface StatementDocument {
  number: string;
  issuedAt: Date;
  studioName: string;
  productionName: string;
  from: string;
  to: string;
  figures: ProductionFootprint;
  factors: FrozenFactors;
  /** Site names by id, for the per-site lines. */
  siteNames: Record<string, string>;
}

export const LABELS: Record<StatementLang, Record<string, string>> = {
  fr: {
    title: 'Relevé carbone de production',
    number: 'N°', issued: 'Émis le', studio: 'Studio', production: 'Production', period: 'Période',
    activity: 'Activité', deskDays: 'Jours-postes confirmés', checkInDays: 'Jours de présence pointés', machines: 'Machines non achetées (pic de postes)', metered: 'Jours-postes mesurés au compteur',
    footprint: 'A. Empreinte de la production chez Studio FLEX (à inclure dans son bilan, scope 3)',
    manufacturing: 'Fabrication des équipements (part allouée)', electricity: 'Électricité', total: 'Total empreinte',
    avoided: 'B. Émissions évitées (achats évités, Net Zero Initiative pilier B) — présentées à part, jamais déduites de A',
    avoidedGross: 'Fabrication des kits non achetés', avoidedConservative: 'Lecture prudente (allouée à la période sur la durée de vie)',
    range: 'fourchette', sites: 'Par site', factors: 'Facteurs et versions', method: 'Méthode', version: 'version', builtIn: 'valeur par défaut',
    footer: 'Relevé figé à son émission : un facteur modifié ensuite ne le change pas.',
  },
  en: {
    title: 'Production carbon statement',
    number: 'No.', issued: 'Issued on', studio: 'Studio', production: 'Production', period: 'Period',
    activity: 'Activity', deskDays: 'Confirmed desk-days', checkInDays: 'Checked-in days', machines: 'Machines not bought (peak of desks)', metered: 'Desk-days measured by meter',
    footprint: 'A. The production’s footprint at Studio FLEX (to include in its own footprint, scope 3)',
    manufacturing: 'Equipment manufacturing (allocated share)', electricity: 'Electricity', total: 'Footprint total',
    avoided: 'B. Avoided emissions (purchases avoided, Net Zero Initiative pillar B) — reported apart, never subtracted from A',
    avoidedGross: 'Manufacturing of the kits not bought', avoidedConservative: 'Conservative reading (allocated to the period over the lifetime)',
    range: 'range', sites: 'By site', factors: 'Factors and versions', method: 'Method', version: 'version', builtIn: 'default value',
    footer: 'Frozen when issued: a factor changed afterwards does not alter it.',
  },
};

export const FACTOR_LABELS: Record<StatementLang, Record<keyof FrozenFactors, string>> = {
  fr: {
    gridKgPerKwh: 'Électricité, réseau français', kwhPerDeskDay: 'Consommation par jour-poste (sans relevé)', referenceKitKg: 'Kit de référence (fabrication)',
    kitLifetimeYears: 'Durée de vie des kits Studio FLEX', refurbishedFactor: 'Facteur reconditionné', avoidedLifetimeYears: 'Durée de vie d’un poste évité',
  },
  en: {
    gridKgPerKwh: 'Electricity, French grid', kwhPerDeskDay: 'Use per desk-day (no reading)', referenceKitKg: 'Reference kit (manufacturing)',
    kitLifetimeYears: 'Lifetime of Studio FLEX kits', refurbishedFactor: 'Refurbished factor', avoidedLifetimeYears: 'Lifetime of an avoided desktop',
  },
};

/** A quantity as printed: French "1 234,56", English "1,234.56". */
export function printed(value: number, lang: StatementLang, digits = 2): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value).replace(/\u202f|\u00a0/g, ' ');
}

/** "2027-05-03" → "03/05/2027" (fr) or "3 May 2027" (en). */
export function printedDate(date: string, lang: StatementLang): string {
  const [y, m, d] = date.split('-');
  if (lang === 'fr') return `${d}/${m}/${y}`;
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${Number(d)} ${months[Number(m) - 1]} ${y}`;
}
