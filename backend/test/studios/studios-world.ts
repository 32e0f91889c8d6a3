import { ActivateContractDocument, CreateContractDocument, CreateStudioDocument, StudiosDocument, TerminateContractDocument } from '../documents.js';
/** The contract's operations (studios.graphql), exactly as clients send them, and the reads beside them. */
export const STUDIO_OPS = {
  createStudio: CreateStudioDocument,
  studios: StudiosDocument,
  createContract: CreateContractDocument,
  activateContract: ActivateContractDocument,
  terminateContract: TerminateContractDocument,
  contracts: `query Contracts($studioId: ID) {
  contracts(studioId: $studioId) { id number status startDate endDate studio { id } }
}`,
  // Beyond the contract file.
  studio: `query Studio($id: ID!) {
  studio(id: $id) { id name legalName siret vatNumber billingAddress contactEmail isNew electronicAddress contracts { id number } activeContract { id } }
}`,
  updateStudio: `mutation UpdateStudio($input: UpdateStudioInput!) {
  updateStudio(input: $input) { id name legalName siret vatNumber billingAddress contactEmail isNew electronicAddress }
}`,
  contract: `query Contract($id: ID!) {
  contract(id: $id) {
    id number status startDate endDate dailyRateCents maxDesks volumeTiers { fromDeskDays dailyRateCents }
    insurancePolicyRef insuranceExpiresOn cancellationNoticeDays lateCancellationFeePct activatedAt terminatedAt createdAt
    studio { id name }
  }
}`,
  onboarding: `query Onboarding($studioId: ID) {
  onboarding(studioId: $studioId) { isNew complete items { step done detail } activeContract { number } }
}`,
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
