import { BookingDetailQuery } from '../../booking/graphql/bookings';
import { AvailabilityQuery, DeskCalendarQuery, FreeDesksQuery } from '../../booking/graphql/calendar';
import { DesksQuery, KitsQuery } from '../../site/graphql/site';
import { KitDetailQuery, KitInventoryQuery } from '../graphql/kits';
import { MaintenanceBoardQuery, MovesNeededQuery, TicketKitChoicesQuery } from '../graphql/maintenance';

/**
 * What a kit or ticket change shows up in, refreshed by name where on screen (lib/refresh.ts):
 * the kit's page and the inventory, the maintenance board and the bookings to move, the floor
 * plan's desks and kits (a blocking ticket or a swap changes whether a desk is bookable).
 */
export const KIT_VIEWS = [KitDetailQuery, KitInventoryQuery, MaintenanceBoardQuery, MovesNeededQuery, TicketKitChoicesQuery, DesksQuery, KitsQuery];

/** A booking moved off a broken desk: the kit views, and the booking's calendar and page. */
export const MOVE_VIEWS = [...KIT_VIEWS, DeskCalendarQuery, AvailabilityQuery, FreeDesksQuery, BookingDetailQuery];
