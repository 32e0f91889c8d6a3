import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { SITE_TIMEZONE } from '../../common/time/dates.js';
import { bookingEvent, BookingFacts, FeedEvent, SiteFacts } from './feed-events.js';

/** An event's revision: SEQUENCE, and when its facts last changed (DTSTAMP, LAST-MODIFIED). */
export interface EventRevision {
  sequence: number;
  changedAt: Date;
}

export interface CalendarInfo {
  name: string;
  description: string;
  /** PUBLISH for an attachment; none for a subscribed feed (RFC 5545 then reads DTSTAMP as the last revision). */
  method?: ICalCalendarMethod;
}

/** How often calendar apps are asked to read the feed again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
export const FEED_REFRESH_SECONDS = 15 * 60;

/**
 * An iCalendar document (RFC 5545) of all-day events. Dates are site dates (Europe/Paris),
 * written as DATE values: DTEND is the day after the last one. Bookings do not make anyone
 * busy (TRANSP:TRANSPARENT): they are a studio's plan, not a meeting.
 */
export function renderCalendar(info: CalendarInfo, events: ReadonlyArray<FeedEvent & EventRevision>): string {
  const calendar = ical({
    name: info.name,
    description: info.description,
    prodId: { company: 'studioflex.fr', product: 'Studio FLEX', language: 'FR' },
    method: info.method ?? null,
    ttl: FEED_REFRESH_SECONDS,
    x: [['X-WR-TIMEZONE', SITE_TIMEZONE]],
  });
  for (const e of events) {
    calendar.createEvent({
      id: e.uid,
      sequence: e.sequence,
      stamp: e.changedAt,
      lastModified: e.changedAt,
      start: e.start,
      end: e.end,
      allDay: true,
      summary: e.summary,
      description: e.description,
      location: e.location,
      status: e.status as ICalEventStatus,
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return calendar.toString();
}

/**
 * The `.ics` to attach to a booking's e-mails (confirmed, changed, cancelled): one event with
 * the same UID and SEQUENCE as in the feeds, so a calendar that has it updates it in place.
 */
export function bookingIcs(booking: BookingFacts, site: SiteFacts, revision: EventRevision): string {
  const event = bookingEvent(booking, site);
  return renderCalendar({ name: `Studio FLEX · ${booking.productionName}`, description: `Réservation ${booking.reference}`, method: ICalCalendarMethod.PUBLISH }, [{ ...event, ...revision }]);
}
