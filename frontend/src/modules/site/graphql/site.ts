import { graphql } from '../../../gql';

export const DesksQuery = graphql(`
  query Desks($siteId: ID) {
    desks(siteId: $siteId) { id code zone x y bookable kit { id assetTag status } }
  }
`);

export const KitsQuery = graphql(`
  query Kits($siteId: ID) {
    kits(siteId: $siteId) {
      id assetTag status purchasedOn footprintKgCo2e
      desk { id code }
      components { type model serialNumber embodiedKgCo2e refurbished }
    }
  }
`);
