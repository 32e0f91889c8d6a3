import { TZDate } from '@date-fns/tz';
import { createHash } from 'node:crypto';
import { format } from 'date-fns';
import { addDays, LocalDate, SITE_TIMEZONE } from '../../common/time/dates.js';
import { frenchDate } from '../invoicing/documents/french-format.js';
import { BookingStatus } from '../booking/booking.entity.js';

/** The domain the events' UIDs end with: stable, whatever host serves the feed. */
export const UID_DOMAIN = 'studioflex.fr';

export interface SiteFacts {
  name: string;
  address: string;
}

/** What a booking's event shows; `status` is the effective one (an option past its expiry reads EXPIRED). */
export interface BookingFacts {
  id: string;
  reference: string;
  studioName: string;
  productionName: string;
  status: BookingStatus;
  startDate: LocalDate;
  endDate: LocalDate;
  optionExpiresAt: Date | null;
  deskCodes: string[];
}

/** What a crew assignment's event shows. */
export interface AssignmentFacts {
  id: string;
  live: boolean;
  fullName: string;
  jobTitle: string | null;
  deskCode: string;
  first: LocalDate;
  last: LocalDate;
  productionName: string;
  reference: string;
}

export type EventStatus = 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';

/** One all-day VEVENT, before its SEQUENCE is known. */
export interface FeedEvent {
  uid: string;
  status: EventStatus;
  /** First day (DTSTART;VALUE=DATE). */
  start: LocalDate;
  /** The day after the last one: DTEND is exclusive. */
  end: LocalDate;
  summary: string;
  description: string;
  location: string;
  /** sha256 of the facts shown: a new value bumps the SEQUENCE. */
  fingerprint: string;
}

const STATUS: Record<BookingStatus, EventStatus> = {
  [BookingStatus.OPTION]: 'TENTATIVE',
  [BookingStatus.CONFIRMED]: 'CONFIRMED',
  [BookingStatus.CANCELLED]: 'CANCELLED',
  [BookingStatus.EXPIRED]: 'CANCELLED',
};
const PREFIX: Record<BookingStatus, string> = {
  [BookingStatus.OPTION]: 'Option · ',
  [BookingStatus.CONFIRMED]: '',
  [BookingStatus.CANCELLED]: 'Annulée · ',
  [BookingStatus.EXPIRED]: 'Option expirée · ',
};
const STATE: Record<BookingStatus, string> = {
  [BookingStatus.OPTION]: 'option',
  [BookingStatus.CONFIRMED]: 'confirmée',
  [BookingStatus.CANCELLED]: 'annulée',
  [BookingStatus.EXPIRED]: 'option expirée',
};

const fingerprint = (kind: string, facts: object, site: SiteFacts) => createHash('sha256').update(JSON.stringify([kind, facts, site])).digest('hex');
const location = (site: SiteFacts) => (site.address ? `${site.name}, ${site.address}` : site.name);
const parisDateTime = (at: Date) => format(new TZDate(at.getTime(), SITE_TIMEZONE), "dd/MM/yyyy 'à' HH:mm");
/** "3 postes (A01, A02, A03)" up to 4 desks, else "12 postes": the codes are in the description. */
export function deskSummary(codes: readonly string[]): string {
  const n = `${codes.length} poste${codes.length > 1 ? 's' : ''}`;
  return codes.length && codes.length <= 4 ? `${n} (${codes.join(', ')})` : n;
}

/** A booking as an all-day event; on the site feed (`withStudio`) the summary names the studio. */
export function bookingEvent(b: BookingFacts, site: SiteFacts, withStudio = false): FeedEvent {
  const facts = { ...b, optionExpiresAt: b.optionExpiresAt?.toISOString() ?? null, deskCodes: [...b.deskCodes].sort() };
  const lines = [
    `Réservation ${b.reference} (${STATE[b.status]})`,
    `Studio : ${b.studioName}`,
    `Du ${frenchDate(b.startDate)} au ${frenchDate(b.endDate)} inclus`,
    `Postes (${facts.deskCodes.length}) : ${facts.deskCodes.join(', ') || '—'}`,
  ];
  if (b.status === BookingStatus.OPTION && b.optionExpiresAt) lines.push(`Option valable jusqu’au ${parisDateTime(b.optionExpiresAt)} (heure de Paris)`);
  return {
    uid: `booking-${b.id}@${UID_DOMAIN}`,
    status: STATUS[b.status],
    start: b.startDate,
    end: addDays(b.endDate, 1),
    summary: `${PREFIX[b.status]}${withStudio ? `${b.studioName} · ` : ''}${b.productionName} · ${deskSummary(facts.deskCodes)}`,
    description: lines.join('\n'),
    location: location(site),
    fingerprint: fingerprint('booking', facts, site),
  };
}

/** Who sits where: a crew member on a desk for some days; an ended assignment reads CANCELLED. */
export function assignmentEvent(a: AssignmentFacts, site: SiteFacts): FeedEvent {
  const lines = [`${a.productionName} (${a.reference})`, ...(a.jobTitle ? [a.jobTitle] : []), `Poste ${a.deskCode}, du ${frenchDate(a.first)} au ${frenchDate(a.last)} inclus`];
  return {
    uid: `assignment-${a.id}@${UID_DOMAIN}`,
    status: a.live ? 'CONFIRMED' : 'CANCELLED',
    start: a.first,
    end: addDays(a.last, 1),
    summary: `${a.live ? '' : 'Annulé · '}${a.fullName} · poste ${a.deskCode}`,
    description: lines.join('\n'),
    location: location(site),
    fingerprint: fingerprint('assignment', a, site),
  };
}
