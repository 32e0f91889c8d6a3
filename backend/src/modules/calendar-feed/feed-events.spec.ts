import { BookingStatus } from '../booking/booking.entity.js';
import { assignmentEvent, bookingEvent, type BookingFacts, deskSummary } from './feed-events.js';
import { bookingIcs, renderCalendar } from './ics-document.js';

const site = { name: 'Studio FLEX Angoulême', address: 'Pôle Image Magelis, 16000 Angoulême' };
const booking: BookingFacts = {
  id: 'b1',
  reference: 'BK-2026-00012',
  studioName: 'Lucioles',
  productionName: 'La Forêt',
  status: BookingStatus.CONFIRMED,
  startDate: '2026-03-30',
  endDate: '2026-04-03',
  optionExpiresAt: null,
  deskCodes: ['A02', 'A01'],
};

describe('feed events', () => {
  it('maps each booking state to an iCalendar STATUS and says it in the summary', () => {
    const of = (status: BookingStatus) => bookingEvent({ ...booking, status }, site);
    expect([of(BookingStatus.OPTION), of(BookingStatus.CONFIRMED), of(BookingStatus.CANCELLED), of(BookingStatus.EXPIRED)].map((e) => [e.status, e.summary])).toEqual([
      ['TENTATIVE', 'Option · La Forêt · 2 postes (A01, A02)'],
      ['CONFIRMED', 'La Forêt · 2 postes (A01, A02)'],
      ['CANCELLED', 'Annulée · La Forêt · 2 postes (A01, A02)'],
      ['CANCELLED', 'Option expirée · La Forêt · 2 postes (A01, A02)'],
    ]);
  });

  it('spans whole days, DTEND the day after the last (across a month end)', () => {
    expect(bookingEvent(booking, site)).toMatchObject({ uid: 'booking-b1@studioflex.fr', start: '2026-03-30', end: '2026-04-04', location: `${site.name}, ${site.address}` });
  });

  it('names the desks up to four, and counts them beyond', () => {
    expect(deskSummary(['A01'])).toBe('1 poste (A01)');
    expect(deskSummary(['A01', 'A02', 'A03', 'A04', 'A05'])).toBe('5 postes');
    expect(bookingEvent({ ...booking, deskCodes: ['A01', 'A02', 'A03', 'A04', 'A05'] }, site).description).toContain('Postes (5) : A01, A02, A03, A04, A05');
  });

  it('fingerprints the facts, not the feed that shows them', () => {
    const same = bookingEvent(booking, site);
    expect(bookingEvent(booking, site, true).fingerprint).toBe(same.fingerprint);
    expect(bookingEvent(booking, site, true).summary).toBe('Lucioles · La Forêt · 2 postes (A01, A02)');
    expect(bookingEvent({ ...booking, deskCodes: ['A01', 'A02', 'A03'] }, site).fingerprint).not.toBe(same.fingerprint);
    expect(bookingEvent({ ...booking, status: BookingStatus.CANCELLED }, site).fingerprint).not.toBe(same.fingerprint);
    expect(bookingEvent({ ...booking, deskCodes: ['A01', 'A02'] }, site).fingerprint).toBe(same.fingerprint);
  });

  it('shows who sits where; an ended assignment is cancelled', () => {
    const a = { id: 'a1', live: true, fullName: 'Léa Moreau', jobTitle: 'Animatrice 2D', deskCode: 'A03', first: '2026-03-09', last: '2026-03-11', productionName: 'La Forêt', reference: 'BK-1' };
    expect(assignmentEvent(a, site)).toMatchObject({ uid: 'assignment-a1@studioflex.fr', status: 'CONFIRMED', summary: 'Léa Moreau · poste A03', end: '2026-03-12' });
    expect(assignmentEvent({ ...a, live: false }, site)).toMatchObject({ status: 'CANCELLED', summary: 'Annulé · Léa Moreau · poste A03' });
  });
});

describe('iCalendar documents', () => {
  const revision = { sequence: 3, changedAt: new Date('2026-03-01T09:30:00Z') };

  it('write DATE values, a UTC DTSTAMP of the last change, the SEQUENCE and the site timezone', () => {
    const ics = renderCalendar({ name: 'Studio FLEX · Lucioles', description: 'x' }, [{ ...bookingEvent(booking, site), ...revision }]);
    for (const line of ['X-WR-TIMEZONE:Europe/Paris', 'DTSTART;VALUE=DATE:20260330', 'DTEND;VALUE=DATE:20260404', 'SEQUENCE:3', 'DTSTAMP:20260301T093000Z', 'STATUS:CONFIRMED', 'TRANSP:TRANSPARENT']) {
      expect(ics).toContain(`\r\n${line}\r\n`);
    }
    expect(ics).not.toContain('METHOD:');
  });

  it('make a booking attachment to publish', () => {
    const ics = bookingIcs(booking, site, revision);
    expect(ics).toContain('\r\nMETHOD:PUBLISH\r\n');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });
});
