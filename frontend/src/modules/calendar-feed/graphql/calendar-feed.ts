import { graphql } from '../../../gql';

export const CalendarFeedQuery = graphql(`
  query CalendarFeed($scope: CalendarFeedScope!, $studioId: ID) {
    calendarFeed(scope: $scope, studioId: $studioId) { id scope studioId path createdAt lastFetchedAt revokedAt }
  }
`);

export const CreateCalendarFeedMutation = graphql(`
  mutation CreateCalendarFeed($scope: CalendarFeedScope!, $studioId: ID) {
    createCalendarFeed(scope: $scope, studioId: $studioId) { id scope studioId path createdAt lastFetchedAt revokedAt }
  }
`);

export const RevokeCalendarFeedMutation = graphql(`
  mutation RevokeCalendarFeed($id: ID!) {
    revokeCalendarFeed(id: $id) { id path revokedAt }
  }
`);
