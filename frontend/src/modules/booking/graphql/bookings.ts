import { graphql } from '../../../gql';

// Bookings list and detail. Mutations use the API contract's operations verbatim; the reads
// need more fields than the contract's `Bookings`, hence their own names.

export const BookingListQuery = graphql(`
  query BookingList($from: Date!, $to: Date!, $studioId: ID, $siteId: ID) {
    bookings(from: $from, to: $to, studioId: $studioId, siteId: $siteId) {
      id reference status productionName startDate endDate openDays optionExpiresAt siteId
      studio { id name }
      desks { id code }
    }
  }
`);

export const BookingDetailQuery = graphql(`
  query BookingDetail($id: ID!) {
    booking(id: $id) {
      id reference status productionName startDate endDate openDays siteId
      createdAt confirmedAt cancelledAt optionExpiresAt
      billedThrough lateFeeFrom lateFeeTo lateFeePct
      studio { id name }
      desks { id code zone }
      contract { id number dailyRateCents cancellationNoticeDays lateCancellationFeePct }
      cancellationPreview {
        free freeUntil lateFeeFrom lateFeeTo lateFeePct billedThrough feeDeskDays estimatedFeeCents
      }
    }
  }
`);

/** What a change of dates would cost and break, before saving it. */
export const BookingChangeQuoteQuery = graphql(`
  query BookingChangeQuote($input: BookingQuoteInput!) {
    bookingQuote(input: $input) {
      bookable amountCents days openDays deskDays
      conflicts { code message deskCodes from to }
    }
  }
`);

export const ConfirmBookingMutation = graphql(`
  mutation ConfirmBooking($id: ID!) {
    confirmBooking(id: $id) { id status }
  }
`);

export const CancelBookingMutation = graphql(`
  mutation CancelBooking($id: ID!) {
    cancelBooking(id: $id) { id status cancelledAt }
  }
`);

export const UpdateBookingMutation = graphql(`
  mutation UpdateBooking($input: UpdateBookingInput!) {
    updateBooking(input: $input) { id startDate endDate desks { id code } }
  }
`);
