import {
  AVOIDED_MACHINE_LIFETIME_YEARS,
  Co2Factors,
  DAYS_PER_YEAR,
  DEFAULT_KIT_LIFETIME_YEARS,
  DEFAULT_REFERENCE_KIT_KG,
  DEFAULT_REFURBISHED_FACTOR,
  SOURCE_AVOIDED_LIFETIME,
  SOURCE_CAR,
  SOURCE_DAYS_PER_YEAR,
  SOURCE_KIT_LIFETIME,
  SOURCE_REFERENCE_KIT,
  SOURCE_REFURBISHED_FACTOR,
} from './co2-factors.js';

/** One factor a figure was computed with. `key` is stable (the front end translates by it). */
export interface Co2Assumption {
  key: string;
  name: string;
  value: number;
  unit: string;
  source: string;
  /** The source is the built-in wording (false: written by the site operator, or naming an operator's value). */
  builtInSource: boolean;
}

/** The factors as set, with the source of each: the default's own, or the operator's. */
export interface Co2FactorSources {
  referenceKitKg: string;
  kitLifetimeYears: string;
  refurbishedFactor: string;
}

const operatorSet = (defaultValue: number, unit: string, defaultSource: string) =>
  `Set by the site operator (default ${[defaultValue, unit].filter(Boolean).join(' ')}: ${defaultSource})`;

/** Sources of the settable factors: a value the operator changed says so, and keeps the default's source for comparison. */
export function factorSources(f: Co2Factors, referenceKitSource: string | null): Co2FactorSources {
  return {
    referenceKitKg:
      referenceKitSource ?? (f.referenceKitKg === DEFAULT_REFERENCE_KIT_KG ? SOURCE_REFERENCE_KIT : operatorSet(DEFAULT_REFERENCE_KIT_KG, 'kg CO2e', SOURCE_REFERENCE_KIT)),
    kitLifetimeYears: f.kitLifetimeYears === DEFAULT_KIT_LIFETIME_YEARS ? SOURCE_KIT_LIFETIME : operatorSet(DEFAULT_KIT_LIFETIME_YEARS, 'years', SOURCE_KIT_LIFETIME),
    refurbishedFactor:
      f.refurbishedFactor === DEFAULT_REFURBISHED_FACTOR ? SOURCE_REFURBISHED_FACTOR : operatorSet(DEFAULT_REFURBISHED_FACTOR, '', SOURCE_REFURBISHED_FACTOR),
  };
}

/** What every report states: the factors it used and where they come from. */
export function reportAssumptions(f: Co2Factors, sources: Co2FactorSources, period: { openDays: number; kitsInService: number; siteFlexFootprintKg: number }): Co2Assumption[] {
  const builtIn = new Set([SOURCE_REFERENCE_KIT, SOURCE_KIT_LIFETIME, SOURCE_REFURBISHED_FACTOR]);
  const list: Array<Omit<Co2Assumption, 'builtInSource'>> = [
    { key: 'referenceKitKg', name: 'Reference kit footprint (a machine not bought)', value: f.referenceKitKg, unit: 'kg CO2e per kit', source: sources.referenceKitKg },
    { key: 'kitLifetimeYears', name: "Lifetime of Studio FLEX's kits", value: f.kitLifetimeYears, unit: 'years', source: sources.kitLifetimeYears },
    { key: 'refurbishedFactor', name: 'Refurbished component factor', value: f.refurbishedFactor, unit: '× new footprint', source: sources.refurbishedFactor },
    {
      key: 'kitsInService',
      name: 'Studio FLEX kits in service in the period',
      value: period.kitsInService,
      unit: 'kits',
      source: 'Kit inventory: purchase and retirement dates, component footprints as entered (ADEME Impact CO2, 2025 update, for the original kits)',
    },
    {
      key: 'siteFlexFootprintKg',
      name: "Studio FLEX kits' footprint allocated to the period (whole site)",
      value: period.siteFlexFootprintKg,
      unit: 'kg CO2e',
      source: 'Σ kits (components, refurbished ones × the factor) × days in service in the period / (lifetime × 365)',
    },
    { key: 'openDays', name: 'Open days in the period', value: period.openDays, unit: 'days', source: 'Site calendar: Monday to Friday, except closure dates (French public holidays)' },
    { key: 'daysPerYear', name: 'Days per year', value: DAYS_PER_YEAR, unit: 'days', source: SOURCE_DAYS_PER_YEAR },
    { key: 'carKgPerKm', name: 'Car emission factor', value: f.carKgPerKm, unit: 'kg CO2e per km', source: SOURCE_CAR },
    { key: 'avoidedLifetimeYears', name: 'Lifetime of an avoided desktop (conservative reading)', value: f.avoidedLifetimeYears, unit: 'years', source: SOURCE_AVOIDED_LIFETIME },
  ];
  const settable = new Set(['referenceKitKg', 'kitLifetimeYears', 'refurbishedFactor']);
  return list.map((a) => ({ ...a, builtInSource: !settable.has(a.key) || builtIn.has(a.source) }));
}

/** What the founding study's projection assumes. */
export function projectionAssumptions(input: { desks: number; usersPerDeskPerYear: number; years: number; kitFootprintKg: number; kitLifetimeYears: number; carKgPerKm: number }): Co2Assumption[] {
  const list: Array<Omit<Co2Assumption, 'builtInSource'>> = [
    { key: 'desks', name: 'Desks', value: input.desks, unit: 'desks', source: 'Studio FLEX Angoulême: 40 equipped desks' },
    { key: 'usersPerDeskPerYear', name: 'Users per desk per year', value: input.usersPerDeskPerYear, unit: 'users', source: "Founding study: 4 users per desk per year (production peaks of a few months)" },
    { key: 'years', name: 'Years', value: input.years, unit: 'years', source: "Founding study's horizon: 5 years" },
    { key: 'kitFootprintKg', name: 'Kit footprint', value: input.kitFootprintKg, unit: 'kg CO2e per kit', source: SOURCE_REFERENCE_KIT },
    { key: 'kitLifetimeYears', name: "Lifetime of Studio FLEX's kits", value: input.kitLifetimeYears, unit: 'years', source: `${SOURCE_KIT_LIFETIME}; years beyond it count the replacement of the kits` },
    { key: 'carKgPerKm', name: 'Car emission factor', value: input.carKgPerKm, unit: 'kg CO2e per km', source: SOURCE_CAR },
  ];
  return list.map((a) => ({ ...a, builtInSource: true }));
}

export interface Co2Limit {
  key: string;
  text: string;
}

/** The method's limits, stated beside every report so that nobody overclaims. */
export const CO2_LIMITS: Co2Limit[] = [
  {
    key: 'doubleCounting',
    text: 'Double counting: a saving is claimed once. If a studio quotes this figure in its own file, Studio FLEX does not claim the same machines, and the reverse.',
  },
  {
    key: 'counterfactual',
    text: 'Counterfactual: the report assumes a studio would have bought a new desktop kit for each desk at its peak. It might have used laptops, second-hand machines or another rental instead, which avoid less.',
  },
  {
    key: 'peak',
    text: "Machines avoided are each studio's peak of desks held CONFIRMED on one open day; options, cancelled or expired bookings and closed days are left out, and so are machines a studio would have kept after its peak.",
  },
  {
    key: 'longerPeriod',
    text: "Periods do not add up: a studio's machines avoided count once, at its peak in the period, while Studio FLEX's own kits' footprint runs on every day, booked or not. A longer period (since opening) can therefore show a lower net than a shorter one it contains (this year); its gross is never lower.",
  },
  {
    key: 'conservative',
    text: `The headline counts the whole manufacturing footprint of each machine avoided in the period. The conservative reading allocates it over a desktop's ${AVOIDED_MACHINE_LIFETIME_YEARS}-year lifetime (ADEME / Boavizta): quote that one for periods shorter than the lifetime, e.g. in a CNC eco-conditionality file.`,
  },
  {
    key: 'quantiges',
    text: "Avoided emissions are reported apart from anyone's own footprint (ADEME QuantiGES method): never subtract them from a studio's or Studio FLEX's carbon footprint (Bilan Carbone, BEGES).",
  },
  {
    key: 'scope',
    text: "Only manufacturing (embodied) emissions are counted, 78 % of a digital device's footprint (ADEME): the desks' electricity and people's travel are not.",
  },
];
