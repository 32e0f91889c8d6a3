import { graphql } from '../../../gql';

export const DesksQuery = graphql(`
  query Desks {
    desks { id code zone x y bookable kit { id assetTag status } }
  }
`);

export const KitsQuery = graphql(`
  query Kits {
    kits {
      id assetTag status purchasedOn footprintKgCo2e
      desk { id code }
      components { type model serialNumber embodiedKgCo2e refurbished }
    }
  }
`);
