import { graphql } from '../../../gql';

/** The report page: the contract's Co2Report, with the detail the page shows (months, conservative reading, limits). */
export const Co2ReportDetailQuery = graphql(`
  query Co2ReportDetail($from: Date!, $to: Date!, $studioId: ID, $siteId: ID) {
    co2Report(from: $from, to: $to, studioId: $studioId, siteId: $siteId) {
      from to periodDays openDays deskDays kitsInService generatedAt
      studio { id name }
      machinesAvoided grossAvoidedKg flexFootprintKg netAvoidedKg carKmEquivalent
      perStudio {
        studio { id name }
        machinesAvoided peakDate deskDays share grossAvoidedKg flexFootprintKg netAvoidedKg conservativeNetAvoidedKg
      }
      months {
        month from to machinesAvoided grossAvoidedKg flexFootprintKg netAvoidedKg
        cumulativeMachinesAvoided cumulativeGrossAvoidedKg cumulativeFlexFootprintKg cumulativeNetAvoidedKg
      }
      conservative { avoidedLifetimeYears allocatedShare grossAvoidedKg flexFootprintKg netAvoidedKg carKmEquivalent }
      assumptions { key name value unit source builtInSource }
      limits { key text }
    }
  }
`);

/** The studios of a period, for the operator's studio filter (the same report for every studio). */
export const Co2StudiosQuery = graphql(`
  query Co2Studios($from: Date!, $to: Date!, $siteId: ID) {
    co2Report(from: $from, to: $to, siteId: $siteId) {
      perStudio { studio { id name } }
    }
  }
`);

export const Co2ProjectionDetailQuery = graphql(`
  query Co2ProjectionDetail($input: Co2ProjectionInput!) {
    co2Projection(input: $input) {
      machinesAvoided grossAvoidedKg kitGenerations flexFootprintKg netAvoidedKg carKmEquivalent
      assumptions { key name value unit source builtInSource }
    }
  }
`);

export const Co2SettingsQuery = graphql(`
  query Co2Settings {
    co2Settings {
      referenceKitKg referenceKitSource referenceKitSourceCustom
      kitLifetimeYears kitLifetimeSource
      refurbishedFactor refurbishedFactorSource
      carKgPerKm carSource avoidedLifetimeYears avoidedLifetimeSource
      defaultReferenceKitKg defaultKitLifetimeYears defaultRefurbishedFactor
      openedOn
    }
  }
`);

export const UpdateCo2SettingsMutation = graphql(`
  mutation UpdateCo2Settings($input: Co2SettingsInput!) {
    updateCo2Settings(input: $input) {
      referenceKitKg referenceKitSource referenceKitSourceCustom
      kitLifetimeYears kitLifetimeSource
      refurbishedFactor refurbishedFactorSource
      carKgPerKm carSource avoidedLifetimeYears avoidedLifetimeSource
      defaultReferenceKitKg defaultKitLifetimeYears defaultRefurbishedFactor
      openedOn
    }
  }
`);

/** For the booking dialog: what N desks avoid at most. */
export const Co2ForBookingQuery = graphql(`
  query Co2ForBooking($deskCount: Int!) {
    co2ForBooking(deskCount: $deskCount) { machinesAvoided grossAvoidedKg carKmEquivalent referenceKitKg }
  }
`);

/** The founding study's scenario: where the simulator opens, and what the study announces. */
export const Co2StudyQuery = graphql(`
  query Co2Study {
    co2Study { desks usersPerDeskPerYear years kitFootprintKg kitLifetimeYears netAvoidedKg }
  }
`);
