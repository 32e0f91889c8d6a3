import { graphql } from '../../../gql';


/** The productions of a period with their figures now; the issued statements beside them. */
export const CarbonProductionsQuery = graphql(`
  query CarbonProductions($from: Date!, $to: Date!, $studioId: ID) {
    carbonProductions(from: $from, to: $to, studioId: $studioId) {
      studioId productionName from to
      figures {
        deskDays checkInDays machinesAvoided peakDate meteredDeskDays
        manufacturingKg manufacturingLowKg manufacturingHighKg electricityKwh electricityKg
        footprintKg footprintLowKg footprintHighKg avoidedKg avoidedLowKg avoidedHighKg avoidedConservativeKg
        sites { siteId siteName deskDays peakDesks manufacturingKg electricityKwh electricityKg }
      }
    }
    carbonStatements(studioId: $studioId) {
      id number studioId productionName from to issuedAt
      figures { footprintKg avoidedKg }
    }
  }
`);

export const IssueCarbonStatementMutation = graphql(`
  mutation IssueCarbonStatement($input: IssueCarbonStatementInput!) {
    issueCarbonStatement(input: $input) { id number productionName from to issuedAt figures { footprintKg avoidedKg } }
  }
`);

export const Co2FactorsQuery = graphql(`
  query Co2Factors {
    co2FactorsInForce { key value unit source versionId }
    co2FactorHistory { id key value source createdAt }
  }
`);

export const RecordCo2FactorVersionMutation = graphql(`
  mutation RecordCo2FactorVersion($input: Co2FactorVersionInput!) {
    recordCo2FactorVersion(input: $input) { id key value source createdAt }
  }
`);

/** The kits to choose from for a meter reading. */
export const MeterKitsQuery = graphql(`
  query MeterKits {
    kits { id assetTag }
  }
`);

export const RecordKitMeterReadingMutation = graphql(`
  mutation RecordKitMeterReading($input: KitMeterReadingInput!) {
    recordKitMeterReading(input: $input) { id kitId readOn kwh }
  }
`);
