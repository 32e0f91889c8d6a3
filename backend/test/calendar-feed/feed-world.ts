import ICAL from 'ical.js';
import { OPS as BOOKING_OPS } from '../booking/booking-world.js';
import { TestApp } from '../harness.js';
import { CalendarFeedDocument, CreateCalendarFeedFeedWorldDocument, RevokeCalendarFeedDocument } from '../documents.js';

/** The operations as the front end sends them (the booking ones: the API contract's). */
export const OPS = {
  calendarFeed: CalendarFeedDocument,
  createCalendarFeed: CreateCalendarFeedFeedWorldDocument,
  revokeCalendarFeed: RevokeCalendarFeedDocument,
  updateBooking: BOOKING_OPS.updateBooking,
  cancelBooking: BOOKING_OPS.cancelBooking,
};

export interface ParsedEvent {
  uid: string;
  status: string;
  sequence: number;
  summary: string;
  description: string;
  location: string;
  /** DTSTART and DTEND as written: 'YYYY-MM-DD' for DATE values. */
  start: string;
  end: string;
  allDay: boolean;
  stamp: string;
}

/** Parses an iCalendar document with ical.js, as a calendar app would. */
export function parseIcs(text: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      status: String(v.getFirstPropertyValue('status')),
      sequence: e.sequence,
      summary: e.summary,
      description: e.description,
      location: e.location,
      start: e.startDate.toString(),
      end: e.endDate.toString(),
      allDay: e.startDate.isDate && e.endDate.isDate,
      stamp: String(v.getFirstPropertyValue('dtstamp')),
    };
  });
  return { calendar, events };
}

/** GET a feed as a calendar app does: no session. */
export async function fetchFeed(t: TestApp, path: string) {
  const res = await t.http().get(path);
  return { res, ...(res.status === 200 ? parseIcs(res.text) : { calendar: null, events: [] as ParsedEvent[] }) };
}

export const byUid = (events: ParsedEvent[]) => new Map(events.map((e) => [e.uid, e]));
export const bookingUid = (id: string) => `booking-${id}@studioflex.fr`;
export const feedCount = async (t: TestApp): Promise<number> => (await t.dataSource.query(`SELECT count(*)::int AS n FROM calendar_feed`))[0].n;
