import { graphql } from '../../../gql';

// The desk calendar and its booking dialog: the API contract's DeskCalendar, Availability,
// FreeDesks and BookDesks, each read at the site the page shows (siteId, optional).

export const DeskCalendarQuery = graphql(`
  query DeskCalendar($from: Date!, $to: Date!, $siteId: ID) {
    deskCalendar(from: $from, to: $to, siteId: $siteId) {
      desk { id code zone bookable }
      blocks {
        startDate endDate status mine
        # null where the caller may not see whose booking it is
        booking { id reference productionName studio { id name } }
      }
    }
  }
`);

export const AvailabilityQuery = graphql(`
  query Availability($from: Date!, $to: Date!, $siteId: ID) {
    availability(from: $from, to: $to, siteId: $siteId) { date open freeDesks bookedDesks }
  }
`);

export const FreeDesksQuery = graphql(`
  query FreeDesks($from: Date!, $to: Date!, $siteId: ID) {
    freeDesks(from: $from, to: $to, siteId: $siteId) { id code zone }
  }
`);

export const BookingQuoteQuery = graphql(`
  query BookingQuote($input: BookingQuoteInput!) {
    bookingQuote(input: $input) {
      startDate endDate days openDays deskDays amountCents bookable
      desks { id code zone }
      contract { id number dailyRateCents maxDesks volumeTiers { fromDeskDays dailyRateCents } }
      months { month deskDays studioDeskDays dailyRateCents amountCents }
      conflicts { code message deskCodes from to }
    }
  }
`);

export const BookDesksMutation = graphql(`
  mutation BookDesks($input: BookDesksInput!) {
    bookDesks(input: $input) {
      id reference status productionName startDate endDate optionExpiresAt
      studio { id }
      desks { id code zone }
    }
  }
`);
