import { AVOIDED_MACHINE_LIFETIME_YEARS } from '../co2-factors.js';
import { KIT_FAMILY_KG, REFURBISHED_RANGE } from './factor-families.js';

export type StatementLang = 'fr' | 'en';

/** A factor as the statement froze it: value, unit, source and the version it was read from (null: built-in default). */
export interface FrozenFactor {
  value: number;
  unit: string;
  source: string;
  versionId: number | null;
}
export type FrozenFactors = Record<'gridKgPerKwh' | 'kwhPerDeskDay' | 'referenceKitKg' | 'kitLifetimeYears' | 'refurbishedFactor' | 'avoidedLifetimeYears', FrozenFactor>;

export interface MethodSection {
  key: string;
  title: string;
  text: string;
}

const n = (v: number, lang: StatementLang) => (lang === 'fr' ? String(v).replace('.', ',') : String(v));

/**
 * The method stated with the figures: ADEME QuantiGES (2022) steps, WBCSD guidance on avoided
 * emissions, the Net Zero Initiative's pillar B for what was avoided. Wording states what was
 * measured and how; it claims no neutrality nor any compensation (EU Directive 2024/825).
 */
export function methodSections(lang: StatementLang, f: FrozenFactors): MethodSection[] {
  const fams = `ADEME ${KIT_FAMILY_KG.ademe} kg, Boavizta ${n(KIT_FAMILY_KG.boavizta, lang)} kg, ${lang === 'fr' ? 'fiches constructeur' : 'manufacturer datasheets'} (Dell PCF) ${KIT_FAMILY_KG.datasheetLow}–${KIT_FAMILY_KG.datasheetHigh} kg`;
  if (lang === 'fr') {
    return [
      { key: 'action', title: '1. Action évaluée', text: 'La production loue des postes équipés chez Studio FLEX (Angoulême) au lieu d’acheter des machines pour son pic d’activité (méthode ADEME QuantiGES 2022 : définir l’action, son périmètre, le scénario de référence, puis quantifier).' },
      { key: 'perimeter', title: '2. Périmètre de l’empreinte (scope 3 de la production)', text: `Deux postes : la fabrication des kits de Studio FLEX, répartie selon l’occupation (empreinte des composants, composants reconditionnés × ${n(f.refurbishedFactor.value, 'fr')}, × jours-postes utilisés / (${n(f.kitLifetimeYears.value, 'fr')} ans × 365 jours), avec le kit réellement installé sur chaque poste chaque jour) ; l’électricité des jours-postes (relevé de compteur du kit quand il existe, sinon ${n(f.kwhPerDeskDay.value, 'fr')} kWh par jour-poste) × le facteur du réseau français. Hors périmètre : déplacements des personnes, locaux, réseaux et serveurs.` },
      { key: 'reference', title: '3. Scénario de référence (émissions évitées)', text: `Sans location, la production aurait acheté un kit neuf par poste occupé à son pic (le plus grand nombre de postes confirmés un même jour ouvré), conservé ${AVOIDED_MACHINE_LIFETIME_YEARS} ans (ADEME / Boavizta), à ${n(f.referenceKitKg.value, 'fr')} kg CO2e de fabrication par kit. Ces émissions évitées relèvent du pilier B du Net Zero Initiative et des lignes directrices du WBCSD : elles sont présentées à part et ne sont jamais soustraites de l’empreinte.` },
      { key: 'data', title: '4. Données et versions des facteurs', text: `Réservations confirmées et pointages de la production, inventaire des kits et historique des kits par poste, calendrier de chaque site (jours fériés exclus). Facteurs : composants ADEME Impact CO2 (mise à jour 2025) ; électricité : ${f.gridKgPerKwh.source} ; kits : ${f.referenceKitKg.source}. Chaque facteur figure ci-dessus avec sa version.` },
      { key: 'uncertainty', title: '5. Incertitude', text: `La fourchette basse–haute reflète les familles de sources d’un kit (ordinateur + 2 écrans) : ${fams}, et l’effet du reconditionnement (ADEME 2022 : 43 à 97 % d’impact évité, facteur ${n(REFURBISHED_RANGE.low, 'fr')} à ${n(REFURBISHED_RANGE.high, 'fr')}). L’électricité est un facteur moyen annuel, non ventilé par heure.` },
      { key: 'limits', title: '6. Limites', text: 'Double comptage : les émissions évitées ne sont déclarées qu’une fois (par la production ou par Studio FLEX, pas les deux). Scénario contrefactuel : la production aurait pu utiliser des portables, du matériel d’occasion ou une autre location, qui évitent moins. Ce relevé ne constitue pas une allégation environnementale sur la production ; il donne des quantités mesurées et leur méthode.' },
    ];
  }
  return [
    { key: 'action', title: '1. Action assessed', text: 'The production rents equipped desks at Studio FLEX (Angoulême) instead of buying machines for its peak (ADEME QuantiGES 2022 method: define the action, its perimeter and the reference scenario, then quantify).' },
    { key: 'perimeter', title: '2. Footprint perimeter (the production’s scope 3)', text: `Two lines: manufacturing of Studio FLEX’s kits, allocated by occupancy (component footprints, refurbished components × ${f.refurbishedFactor.value}, × desk-days used / (${f.kitLifetimeYears.value} years × 365 days), with the kit actually on each desk each day); electricity of the desk-days (the kit’s meter reading where there is one, otherwise ${f.kwhPerDeskDay.value} kWh per desk-day) × the French grid factor. Outside the perimeter: people’s travel, premises, networks and servers.` },
    { key: 'reference', title: '3. Reference scenario (avoided emissions)', text: `Without renting, the production would have bought a new kit for each desk held at its peak (the most desks confirmed on one open day), kept ${AVOIDED_MACHINE_LIFETIME_YEARS} years (ADEME / Boavizta), at ${f.referenceKitKg.value} kg CO2e to manufacture a kit. These avoided emissions are Net Zero Initiative pillar B and follow the WBCSD guidance: they are reported apart and never subtracted from the footprint.` },
    { key: 'data', title: '4. Data and factor versions', text: `The production’s confirmed bookings and check-ins, the kit inventory and each desk’s kit history, each site’s calendar (public holidays excluded). Factors: components from ADEME Impact CO2 (2025 update); electricity: ${f.gridKgPerKwh.source}; kits: ${f.referenceKitKg.source}. Each factor is listed above with its version.` },
    { key: 'uncertainty', title: '5. Uncertainty', text: `The low–high range reflects the source families of a kit (desktop + 2 monitors): ${fams}, and refurbishment (ADEME 2022: 43 to 97 % of the impact avoided, factor ${REFURBISHED_RANGE.low} to ${REFURBISHED_RANGE.high}). Electricity uses an annual average factor, not split by hour.` },
    { key: 'limits', title: '6. Limits', text: 'Double counting: avoided emissions are claimed once (by the production or by Studio FLEX, not both). Counterfactual: the production might have used laptops, second-hand machines or another rental, which avoid less. This statement makes no environmental claim about the production; it gives measured quantities and their method.' },
  ];
}

/** Words a statement never uses (claims of neutrality, "green" or offsetting). */
export const FORBIDDEN_CLAIMS = [/neutr/i, /\bgreen/i, /\bverte?s?\b/i, /offset/i, /compens/i, /éco-?responsable/i, /eco-?friendly/i, /climate[- ]positive/i, /zéro carbone|zero carbon/i];
