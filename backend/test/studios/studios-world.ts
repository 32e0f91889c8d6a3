import { ActivateContractDocument, ContractDocument, ContractsDocument, CreateContractDocument, CreateStudioDocument, OnboardingStudiosWorldDocument, StudioDocument, StudiosDocument, TerminateContractDocument, UpdateStudioStudiosWorldDocument } from '../documents.js';
/** The contract's operations (studios.graphql), exactly as clients send them, and the reads beside them. */
export const STUDIO_OPS = {
  createStudio: CreateStudioDocument,
  studios: StudiosDocument,
  createContract: CreateContractDocument,
  activateContract: ActivateContractDocument,
  terminateContract: TerminateContractDocument,
  contracts: ContractsDocument,
  // Beyond the contract file.
  studio: StudioDocument,
  updateStudio: UpdateStudioStudiosWorldDocument,
  contract: ContractDocument,
  onboarding: OnboardingStudiosWorldDocument,
};

/** A SIRET with a valid Luhn check digit, from 13 digits. */
export function validSiret(first13: string): string {
  for (let d = 0; d <= 9; d++) {
    const candidate = `${first13}${d}`;
    let sum = 0;
    for (let i = 0; i < 14; i++) {
      let n = Number(candidate[13 - i]);
      if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
      sum += n;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}

/** The French VAT number of a SIRET's company. */
export const frenchVat = (siret: string) => `FR${String((12 + 3 * (Number(siret.slice(0, 9)) % 97)) % 97).padStart(2, '0')}${siret.slice(0, 9)}`;
