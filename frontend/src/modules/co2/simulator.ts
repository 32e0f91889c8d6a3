import type { Co2ProjectionInput, Co2StudyQuery } from '../../gql/graphql';

export type Study = Co2StudyQuery['co2Study'];

/** The simulator's fields, as typed; an empty lifetime means the operator's setting. */
export interface SimulatorInputs {
  desks: string;
  users: string;
  years: string;
  kitKg: string;
  lifetime: string;
}

/** The founding study's inputs in the fields (its lifetime left to the setting, as the study's is). */
export function studyInputs(study: Study): SimulatorInputs {
  return { desks: String(study.desks), users: String(study.usersPerDeskPerYear), years: String(study.years), kitKg: String(study.kitFootprintKg), lifetime: '' };
}

/** Reads a number typed the French or the English way ("4,5" or "4.5"); NaN when blank or not a number. */
export function parseDecimal(text: string): number {
  return text.trim() === '' ? NaN : Number(text.replace(',', '.'));
}

/** What to project, or null while a field is not a number (the lifetime may stay empty). */
export function projectionInput(inputs: SimulatorInputs): Co2ProjectionInput | null {
  const input = {
    desks: parseDecimal(inputs.desks),
    usersPerDeskPerYear: parseDecimal(inputs.users),
    years: parseDecimal(inputs.years),
    kitFootprintKg: parseDecimal(inputs.kitKg),
    kitLifetimeYears: inputs.lifetime.trim() === '' ? null : parseDecimal(inputs.lifetime),
  };
  const complete = [input.desks, input.usersPerDeskPerYear, input.years, input.kitFootprintKg].every(Number.isFinite) && (input.kitLifetimeYears === null || Number.isFinite(input.kitLifetimeYears));
  return complete ? input : null;
}

export const sameInputs = (a: SimulatorInputs, b: SimulatorInputs): boolean => JSON.stringify(a) === JSON.stringify(b);
