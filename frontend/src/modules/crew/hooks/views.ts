import { OnboardingQuery } from '../../booking/graphql/shared';
import { CrewDirectoryQuery, CrewMembersQuery, FrontDeskBoardQuery, MemberAssignmentsQuery, OccupancyQuery, PassQuery, StaffableBookingsQuery } from '../graphql/crew';

/**
 * What crew changes show up in, refreshed by name where on screen (lib/refresh.ts).
 * A person added, changed or removed: the directory, the pickers, the bookings' crew lists,
 * a new studio's checklist (its first crew member).
 */
export const MEMBER_VIEWS = [CrewDirectoryQuery, CrewMembersQuery, MemberAssignmentsQuery, StaffableBookingsQuery, OnboardingQuery];

/** Someone put on or taken off a desk, a pass reissued or revoked: the desks' crew, the person's assignments, the pass, the daily board. */
export const ASSIGNMENT_VIEWS = [StaffableBookingsQuery, MemberAssignmentsQuery, PassQuery, FrontDeskBoardQuery];

/** An arrival or departure recorded: the daily board and the occupancy figures. */
export const PRESENCE_VIEWS = [FrontDeskBoardQuery, OccupancyQuery];
