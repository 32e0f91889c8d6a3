import { graphql } from '../../../gql';

// The API contract's operations (shared/contract/crew.graphql), as written.

export const AddCrewMemberMutation = graphql(`
  mutation AddCrewMember($input: AddCrewMemberInput!) {
    addCrewMember(input: $input) { id fullName email jobTitle studio { id } }
  }
`);

export const CrewMembersQuery = graphql(`
  query CrewMembers($studioId: ID) {
    crewMembers(studioId: $studioId) { id fullName email jobTitle }
  }
`);

export const AssignCrewMutation = graphql(`
  mutation AssignCrew($input: AssignCrewInput!) {
    assignCrew(input: $input) {
      id startDate endDate
      desk { id code }
      crewMember { id }
      accessPass { code validFrom validTo revoked }
    }
  }
`);

export const RevokeAccessPassMutation = graphql(`
  mutation RevokeAccessPass($code: String!) {
    revokeAccessPass(code: $code) { code revoked }
  }
`);

export const VerifyAccessQuery = graphql(`
  query VerifyAccess($code: String!) {
    verifyAccess(code: $code) { allowed reason desk { code } crewMember { fullName } }
  }
`);

export const CheckInMutation = graphql(`
  mutation CheckIn($code: String!, $siteId: ID) {
    checkIn(code: $code, siteId: $siteId) { id checkedInAt desk { code } crewMember { id fullName } }
  }
`);

export const CheckOutMutation = graphql(`
  mutation CheckOut($code: String!) {
    checkOut(code: $code) { id checkedInAt checkedOutAt }
  }
`);

export const DailyBoardQuery = graphql(`
  query DailyBoard($date: Date!) {
    dailyBoard(date: $date) {
      status
      desk { code }
      crewMember { fullName }
      studio { name }
    }
  }
`);

// The app's own operations.

export const CrewDirectoryQuery = graphql(`
  query CrewDirectory($studioId: ID, $includeRemoved: Boolean) {
    crewMembers(studioId: $studioId, includeRemoved: $includeRemoved) {
      id fullName email jobTitle anonymised anonymisedAt createdAt
      studio { id name }
    }
  }
`);

export const UpdateCrewMemberMutation = graphql(`
  mutation UpdateCrewMember($id: ID!, $input: UpdateCrewMemberInput!) {
    updateCrewMember(id: $id, input: $input) { id fullName email jobTitle }
  }
`);

export const RemoveCrewMemberMutation = graphql(`
  mutation RemoveCrewMember($id: ID!) {
    removeCrewMember(id: $id) { id fullName email jobTitle anonymised }
  }
`);

export const EraseCrewMemberMutation = graphql(`
  mutation EraseCrewMember($id: ID!) {
    eraseCrewMember(id: $id) { id fullName email jobTitle anonymised }
  }
`);

export const ExportCrewMemberDataQuery = graphql(`
  query ExportCrewMemberData($id: ID!) {
    exportCrewMemberData(id: $id)
  }
`);

export const MemberAssignmentsQuery = graphql(`
  query MemberAssignments($crewMemberId: ID!) {
    assignments(crewMemberId: $crewMemberId, includeEnded: true) {
      id startDate endDate live endReason bookingReference productionName
      desk { id code }
      accessPass { id revoked revokeReason validTo }
    }
  }
`);

export const StaffableBookingsQuery = graphql(`
  query StaffableBookings($studioId: ID, $bookingId: ID) {
    staffableBookings(studioId: $studioId, bookingId: $bookingId) {
      id reference productionName startDate endDate
      studio { id name }
      desks { startDate endDate desk { id code zone } }
      assignments {
        id startDate endDate
        desk { id code }
        crewMember { id fullName jobTitle }
        accessPass { id revoked }
      }
    }
  }
`);

export const UnassignCrewMutation = graphql(`
  mutation UnassignCrew($id: ID!) {
    unassignCrew(id: $id) { id live endReason accessPass { id revoked revokeReason } }
  }
`);

export const ReissueAccessPassMutation = graphql(`
  mutation ReissueAccessPass($assignmentId: ID!) {
    reissueAccessPass(assignmentId: $assignmentId) { id code validFrom validTo revoked }
  }
`);

export const PassQuery = graphql(`
  query Pass($id: ID!) {
    assignment(id: $id) {
      id startDate endDate live endReason bookingReference productionName
      desk { id code zone }
      crewMember { id fullName jobTitle email }
      studio { id name }
      accessPass { id code validFrom validTo revoked revokeReason }
    }
  }
`);

/** The crew member's pass link (no session): the pass while it is valid. */
export const PassLinkQuery = graphql(`
  query PassLink($token: String!) {
    passLink(token: $token) { code fullName studioName productionName deskCode deskZone startDate endDate validTo }
  }
`);

export const FrontDeskBoardQuery = graphql(`
  query FrontDeskBoard($date: Date!, $siteId: ID) {
    dailyBoard(date: $date, siteId: $siteId) {
      status booked
      desk { id code zone }
      crewMember { id fullName jobTitle }
      studio { id name }
      assignment { id startDate endDate }
      checkIn { id checkedInAt checkedOutAt autoClosed }
    }
  }
`);

export const DoorCheckQuery = graphql(`
  query DoorCheck($code: String!, $siteId: ID) {
    verifyAccess(code: $code, siteId: $siteId) {
      allowed reason checkedInToday startDate endDate
      desk { code zone }
      crewMember { fullName }
    }
  }
`);

export const CheckOutByIdMutation = graphql(`
  mutation CheckOutById($checkInId: ID!) {
    checkOutById(checkInId: $checkInId) { id checkedOutAt }
  }
`);

export const OutboxQuery = graphql(`
  query Outbox($limit: Int) {
    outbox(limit: $limit) { id to subject text secret status kind createdAt sentAt lastError }
  }
`);

export const OccupancyQuery = graphql(`
  query Occupancy($month: String!, $studioId: ID, $siteId: ID) {
    occupancy(month: $month, studioId: $studioId, siteId: $siteId) {
      month bookedDeskDays assignedDeskDays checkedInDeskDays noShowDeskDays rate
      studio { id name }
    }
  }
`);

export const KioskCheckInMutation = graphql(`
  mutation KioskCheckIn($code: String!, $siteId: ID) {
    checkIn(code: $code, siteId: $siteId) { id desk { code zone } crewMember { fullName } }
  }
`);

export const KioskCheckOutMutation = graphql(`
  mutation KioskCheckOut($code: String!) {
    checkOut(code: $code) { id checkedOutAt crewMember { fullName } }
  }
`);
