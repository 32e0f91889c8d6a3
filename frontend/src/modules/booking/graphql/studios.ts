import { graphql } from '../../../gql';

// Studios and contracts (operator pages, and a manager's own studio). Mutations use the API
// contract's operations verbatim; richer reads have their own names. `Studios` and
// `Onboarding` live in ./shared.ts.

export const StudioListQuery = graphql(`
  query StudioList {
    studios {
      id name legalName siret isNew contactEmail
      activeContract { id number dailyRateCents maxDesks endDate insuranceExpiresOn }
      contracts { id status }
    }
  }
`);

export const StudioDetailQuery = graphql(`
  query StudioDetail($id: ID!) {
    studio(id: $id) {
      id name legalName siret vatNumber billingAddress contactEmail isNew electronicAddress language
      activeContract { id number }
      contracts {
        id number status startDate endDate dailyRateCents maxDesks
        insurancePolicyRef insuranceExpiresOn cancellationNoticeDays lateCancellationFeePct
        createdAt activatedAt terminatedAt siteIds
        volumeTiers { fromDeskDays dailyRateCents }
      }
    }
  }
`);

export const CreateStudioMutation = graphql(`
  mutation CreateStudio($input: CreateStudioInput!) {
    createStudio(input: $input) { id name legalName siret isNew }
  }
`);

export const UpdateStudioMutation = graphql(`
  mutation UpdateStudio($input: UpdateStudioInput!) {
    updateStudio(input: $input) { id name legalName siret vatNumber billingAddress contactEmail isNew electronicAddress language }
  }
`);

export const CreateContractMutation = graphql(`
  mutation CreateContract($input: CreateContractInput!) {
    createContract(input: $input) {
      id number status startDate endDate dailyRateCents maxDesks
      volumeTiers { fromDeskDays dailyRateCents }
    }
  }
`);

/** The network operator changes the sites a contract covers (its studio books at any of them). */
export const SetContractSitesMutation = graphql(`
  mutation SetContractSites($contractId: ID!, $siteIds: [ID!]!) {
    setContractSites(contractId: $contractId, siteIds: $siteIds) { id siteIds }
  }
`);

export const ActivateContractMutation = graphql(`
  mutation ActivateContract($id: ID!) {
    activateContract(id: $id) { id status }
  }
`);

export const TerminateContractMutation = graphql(`
  mutation TerminateContract($id: ID!) {
    terminateContract(id: $id) { id status }
  }
`);
