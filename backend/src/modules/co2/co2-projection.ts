import { carKmEquivalent, CAR_KG_PER_KM, DEFAULT_KIT_LIFETIME_YEARS, DEFAULT_REFERENCE_KIT_KG } from './co2-factors.js';

export interface ProjectionInput {
  desks: number;
  usersPerDeskPerYear: number;
  years: number;
  kitFootprintKg: number;
  /** Years a Studio FLEX kit serves; beyond it the kits are bought again. */
  kitLifetimeYears?: number;
  carKgPerKm?: number;
}

export interface ProjectionResult {
  /** Whole machines the studios did not buy: desks × users per desk per year × years, rounded down. */
  machinesAvoided: number;
  grossAvoidedKg: number;
  /** How many times Studio FLEX equips its desks over the years: ⌈years / lifetime⌉. */
  kitGenerations: number;
  flexFootprintKg: number;
  netAvoidedKg: number;
  carKmEquivalent: number;
}

/**
 * The founding study's scenario: 40 desks, 4 users per desk per year, 5 years, a 700 kg kit
 * that serves 5 years. Clients open the simulator on it and quote its answer.
 */
export const FOUNDING_STUDY: Required<Omit<ProjectionInput, 'carKgPerKm'>> = {
  desks: 40,
  usersPerDeskPerYear: 4,
  years: 5,
  kitFootprintKg: DEFAULT_REFERENCE_KIT_KG,
  kitLifetimeYears: DEFAULT_KIT_LIFETIME_YEARS,
};

/** Float products such as 40 × 4.1 × 5 land a hair under the whole number they mean. */
const EPSILON = 1e-9;

/**
 * The founding study's scenario: every user of a Studio FLEX desk is a machine a studio did
 * not buy; Studio FLEX bought its own kits once per kit lifetime.
 * 40 desks × 4 users × 5 years = 800 machines × 700 kg = 560,000 kg gross,
 * minus 40 kits × 700 kg × ⌈5 / 5⌉ = 28,000 kg: 532,000 kg net.
 */
export function co2Projection(input: ProjectionInput): ProjectionResult {
  const lifetime = input.kitLifetimeYears ?? DEFAULT_KIT_LIFETIME_YEARS;
  const machinesAvoided = Math.floor(input.desks * input.usersPerDeskPerYear * input.years + EPSILON);
  const kitGenerations = Math.max(1, Math.ceil(input.years / lifetime - EPSILON));
  const grossAvoidedKg = machinesAvoided * input.kitFootprintKg;
  const flexFootprintKg = input.desks * input.kitFootprintKg * kitGenerations;
  const netAvoidedKg = grossAvoidedKg - flexFootprintKg;
  return {
    machinesAvoided,
    grossAvoidedKg,
    kitGenerations,
    flexFootprintKg,
    netAvoidedKg,
    carKmEquivalent: carKmEquivalent(netAvoidedKg, input.carKgPerKm ?? CAR_KG_PER_KM),
  };
}
