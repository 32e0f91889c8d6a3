import { BookingDetailQuery, BookingListQuery } from '../graphql/bookings';
import { AvailabilityQuery, DeskCalendarQuery, FreeDesksQuery } from '../graphql/calendar';
import { OnboardingQuery, StudiosQuery } from '../graphql/shared';
import { StudioDetailQuery, StudioListQuery } from '../graphql/studios';

/**
 * What the booking module's changes show up in, refreshed by name where on screen
 * (lib/refresh.ts). A booking booked, confirmed, moved or cancelled: the calendar and its
 * free desks, the lists and the booking's page, a new studio's checklist (its first booking).
 */
export const BOOKING_VIEWS = [DeskCalendarQuery, AvailabilityQuery, FreeDesksQuery, BookingListQuery, BookingDetailQuery, OnboardingQuery];

/** A studio or a contract created or changed: the studio lists, its page, its checklist. */
export const STUDIO_VIEWS = [StudioListQuery, StudioDetailQuery, StudiosQuery, OnboardingQuery];
