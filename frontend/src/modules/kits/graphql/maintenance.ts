import { graphql } from '../../../gql';

export const MaintenanceBoardQuery = graphql(`
  query MaintenanceBoard($siteId: ID) {
    maintenanceTickets(siteId: $siteId) {
      id title description severity status openedAt startedAt resolvedAt resolution
      openedBy { id fullName } startedBy { id fullName } resolvedBy { id fullName }
      kit { id assetTag status spare desk { id code bookable } }
    }
  }
`);

export const OpenMaintenanceTicketMutation = graphql(`
  mutation OpenMaintenanceTicket($input: OpenMaintenanceTicketInput!) {
    openMaintenanceTicket(input: $input) { id status severity kit { id status } }
  }
`);

export const StartMaintenanceTicketMutation = graphql(`
  mutation StartMaintenanceTicket($id: ID!) {
    startMaintenanceTicket(id: $id) { id status }
  }
`);

export const ResolveMaintenanceTicketMutation = graphql(`
  mutation ResolveMaintenanceTicket($id: ID!, $resolution: String!) {
    resolveMaintenanceTicket(id: $id, resolution: $resolution) { id status resolvedAt kit { id status } }
  }
`);

/** Kits a ticket can be opened on (not retired), for the picker. */
export const TicketKitChoicesQuery = graphql(`
  query TicketKitChoices {
    kits { id assetTag status desk { id code } }
  }
`);

export const MovesNeededQuery = graphql(`
  query MovesNeeded {
    movesNeeded {
      id bookingId bookingReference productionName bookingStatus from to
      desk { id code }
      kit { id assetTag status }
      studio { id name }
      crew { assignmentId fullName from to }
      suggestedDesk { id code }
    }
  }
`);

export const MoveBookingDeskMutation = graphql(`
  mutation MoveBookingDesk($bookingId: ID!, $fromDeskId: ID!, $toDeskId: ID!) {
    moveBookingDesk(bookingId: $bookingId, fromDeskId: $fromDeskId, toDeskId: $toDeskId) {
      bookingId bookingReference from to crewMoved fromDesk { id code } toDesk { id code }
    }
  }
`);
