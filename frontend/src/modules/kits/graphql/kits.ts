import { graphql } from '../../../gql';

export const KitInventoryQuery = graphql(`
  query KitInventory($status: KitStatus, $spare: Boolean, $siteId: ID) {
    kits(status: $status, spare: $spare, siteId: $siteId) {
      id assetTag status spare purchasedOn retiredOn footprintKgCo2e
      desk { id code }
      components { id type model refurbished }
    }
  }
`);

export const KitDetailQuery = graphql(`
  query KitDetail($id: ID!) {
    kit(id: $id) {
      id assetTag status spare purchasedOn retiredOn footprintKgCo2e
      desk { id code zone bookable }
      components { id type model serialNumber embodiedKgCo2e refurbished footprintSource }
      deskHistory { id from to arrivedBy leftBy desk { id code } }
      tickets {
        id title description severity status openedAt startedAt resolvedAt resolution
        openedBy { id fullName } startedBy { id fullName } resolvedBy { id fullName }
      }
    }
  }
`);

export const AddKitMutation = graphql(`
  mutation AddKit($input: AddKitInput!) {
    addKit(input: $input) { id assetTag }
  }
`);

export const UpdateKitMutation = graphql(`
  mutation UpdateKit($id: ID!, $input: UpdateKitInput!) {
    updateKit(id: $id, input: $input) { id assetTag purchasedOn }
  }
`);

export const RetireKitMutation = graphql(`
  mutation RetireKit($id: ID!) {
    retireKit(id: $id) { id status retiredOn spare desk { id code } }
  }
`);

export const AddKitComponentMutation = graphql(`
  mutation AddKitComponent($kitId: ID!, $input: KitComponentInput!) {
    addKitComponent(kitId: $kitId, input: $input) { id footprintKgCo2e components { id type model serialNumber embodiedKgCo2e refurbished footprintSource } }
  }
`);

export const UpdateKitComponentMutation = graphql(`
  mutation UpdateKitComponent($id: ID!, $input: UpdateKitComponentInput!) {
    updateKitComponent(id: $id, input: $input) { id footprintKgCo2e components { id type model serialNumber embodiedKgCo2e refurbished footprintSource } }
  }
`);

export const RemoveKitComponentMutation = graphql(`
  mutation RemoveKitComponent($id: ID!) {
    removeKitComponent(id: $id) { id footprintKgCo2e components { id } }
  }
`);

export const SwapKitMutation = graphql(`
  mutation SwapKit($deskId: ID!, $kitId: ID!) {
    swapKit(deskId: $deskId, kitId: $kitId) { id code bookable kit { id assetTag } }
  }
`);

/** What a swap dialog offers: operational spares, and every desk with its kit. */
export const SwapChoicesQuery = graphql(`
  query SwapChoices($siteId: ID) {
    kits(status: OPERATIONAL, spare: true, siteId: $siteId) {
      id assetTag purchasedOn footprintKgCo2e
      components { id type model refurbished }
    }
    desks(siteId: $siteId) { id code zone bookable kit { id assetTag status } }
  }
`);

/** The reference footprints a new component's form offers by type (ADEME, from the CO2 module). */
export const ComponentReferencesQuery = graphql(`
  query ComponentReferences {
    co2ComponentReferences { type kgCo2e source }
  }
`);
