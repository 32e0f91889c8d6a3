import { BookingStatus } from '../../src/modules/booking/booking.entity.js';
import { makeWorld, parisTime } from '../crew/crew-world.js';
import { createTestApp, errorCode, TestApp } from '../harness.js';
import { bookingUid, byUid, feedCount, fetchFeed, OPS, parseIcs } from './feed-world.js';

describe('calendar feeds', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof makeWorld>>;
  let b: Awaited<ReturnType<typeof makeWorld>>;
  let ids: { confirmed: string; option: string; expired: string; cancelled: string; other: string; assignment: string };
  let path: string;
  let feedId: string;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.travelTo(parisTime('2026-03-02', '10:00:00'));
    a = await makeWorld(t);
    b = await makeWorld(t);
    const confirmed = await a.book(['A01', 'A02'], '2026-03-09', '2026-03-13');
    const option = await a.book(['A03'], '2026-03-16', '2026-03-20', BookingStatus.OPTION);
    await t.dataSource.query(`UPDATE booking SET option_expires_at = $2 WHERE id = $1`, [option.id, parisTime('2026-03-04', '10:00:00')]);
    const expired = await a.book(['A04'], '2026-03-23', '2026-03-27', BookingStatus.OPTION);
    await t.dataSource.query(`UPDATE booking SET option_expires_at = $2 WHERE id = $1`, [expired.id, parisTime('2026-03-01', '10:00:00')]);
    const cancelled = await a.book(['A05'], '2026-04-06', '2026-04-10', BookingStatus.CANCELLED);
    const other = await b.book(['B01', 'B02', 'B03'], '2026-03-09', '2026-03-13');
    await t.dataSource.query(`UPDATE booking SET production_name = 'Projet secret de Brume' WHERE id = $1`, [other.id]);
    const lea = await a.addCrew('Léa Moreau', 'Animatrice 2D');
    const assigned = await a.assign({ bookingId: confirmed.id, crewMemberId: lea.id, deskCode: 'A01', startDate: '2026-03-09', endDate: '2026-03-11' });
    if (assigned.errors) throw new Error(JSON.stringify(assigned.errors));
    ids = { confirmed: confirmed.id, option: option.id, expired: expired.id, cancelled: cancelled.id, other: other.id, assignment: assigned.data.assignCrew.id };
    const created = await t.gql(OPS.createCalendarFeed, { scope: 'STUDIO' }, a.token);
    expect(created.errors).toBeUndefined();
    feedId = created.data.createCalendarFeed.id;
    path = created.data.createCalendarFeed.path!;
  });
  afterAll(async () => {
    t.clock.reset();
    await t.close();
  });

  it('gives a manager a private URL for its studio, that it can copy again later', async () => {
    expect(path).toMatch(/^\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const again = await t.gql(OPS.calendarFeed, { scope: 'STUDIO' }, a.token);
    expect(again.data.calendarFeed).toMatchObject({ id: feedId, scope: 'STUDIO', studioId: a.studio.id, path, revokedAt: null });
    // Stored as a hash and a seal: the token itself is nowhere in the table.
    const token = path.slice('/api/calendar/'.length, -4);
    const [row] = await t.dataSource.query(`SELECT to_jsonb(f)::text AS row FROM calendar_feed f WHERE id = $1`, [feedId]);
    expect(row.row).not.toContain(token);
  });

  it('is read without a session: every booking of the studio with its state, and who sits where', async () => {
    const { res, calendar, events } = await fetchFeed(t, path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['cache-control']).toBe('private, max-age=60');
    expect(calendar!.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Paris');
    expect(events).toHaveLength(5);
    const e = byUid(events);
    expect(e.get(bookingUid(ids.confirmed))).toMatchObject({ status: 'CONFIRMED', summary: 'Les Contes du Marais — saison 2 · 2 postes (A01, A02)' });
    expect(e.get(bookingUid(ids.option))).toMatchObject({ status: 'TENTATIVE', summary: 'Option · Les Contes du Marais — saison 2 · 1 poste (A03)' });
    expect(e.get(bookingUid(ids.option))!.description).toContain('Option valable jusqu’au 04/03/2026 à 10:00 (heure de Paris)');
    expect(e.get(bookingUid(ids.expired))).toMatchObject({ status: 'CANCELLED', summary: 'Option expirée · Les Contes du Marais — saison 2 · 1 poste (A04)' });
    expect(e.get(bookingUid(ids.cancelled))).toMatchObject({ status: 'CANCELLED', summary: 'Annulée · Les Contes du Marais — saison 2 · 1 poste (A05)' });
    expect(e.get(`assignment-${ids.assignment}@studioflex.fr`)).toMatchObject({ status: 'CONFIRMED', summary: 'Léa Moreau · poste A01', start: '2026-03-09', end: '2026-03-12' });
    for (const ev of events) expect(ev.location).toBe('Studio FLEX Angoulême, Pôle Image Magelis, 16000 Angoulême, France');
  });

  it('writes whole Europe/Paris days: DTSTART the first day, DTEND the day after the last', async () => {
    const { res, events } = await fetchFeed(t, path);
    const confirmed = byUid(events).get(bookingUid(ids.confirmed))!;
    expect(confirmed).toMatchObject({ allDay: true, start: '2026-03-09', end: '2026-03-14' });
    expect(res.text).toContain('DTSTART;VALUE=DATE:20260309\r\n');
    expect(res.text).toContain('DTEND;VALUE=DATE:20260314\r\n');
    expect(events.every((ev) => ev.allDay)).toBe(true);
  });

  it('never holds another studio’s booking', async () => {
    const { res, events } = await fetchFeed(t, path);
    expect(byUid(events).has(bookingUid(ids.other))).toBe(false);
    expect(res.text).not.toContain('Projet secret de Brume');
    expect(res.text).not.toContain(b.studio.name);
  });

  it('keeps each UID and SEQUENCE from one read to the next, and answers 304 to a calendar that has it', async () => {
    const first = await fetchFeed(t, path);
    const second = await fetchFeed(t, path);
    expect(second.res.text).toBe(first.res.text);
    expect(second.events.map((e) => [e.uid, e.sequence])).toEqual(first.events.map((e) => [e.uid, e.sequence]));
    expect(first.events.every((e) => e.sequence === 0)).toBe(true);
    const cached = await t.http().get(path).set('If-None-Match', first.res.headers['etag']);
    expect(cached.status).toBe(304);
  });

  it('raises the SEQUENCE of exactly the events that changed, under the same UID', async () => {
    const before = byUid((await fetchFeed(t, path)).events);
    const updated = await t.gql(OPS.updateBooking, { input: { id: ids.confirmed, deskIds: [a.desks.A01, a.desks.A02, a.desks.A06] } }, a.token);
    expect(updated.errors).toBeUndefined();
    const after = byUid((await fetchFeed(t, path)).events);
    expect(after.get(bookingUid(ids.confirmed))).toMatchObject({ sequence: 1, summary: 'Les Contes du Marais — saison 2 · 3 postes (A01, A02, A06)' });
    expect(after.get(bookingUid(ids.option))!.sequence).toBe(before.get(bookingUid(ids.option))!.sequence);
    // Cancelled: the same event turns CANCELLED, and so does the assignment it ended.
    expect(errorCode(await t.gql(OPS.cancelBooking, { id: ids.confirmed }, a.token))).toBeUndefined();
    const cancelled = byUid((await fetchFeed(t, path)).events);
    expect(cancelled.get(bookingUid(ids.confirmed))).toMatchObject({ status: 'CANCELLED', sequence: 2 });
    expect(cancelled.get(`assignment-${ids.assignment}@studioflex.fr`)).toMatchObject({ status: 'CANCELLED', sequence: 1, summary: 'Annulé · Léa Moreau · poste A01' });
  });

  it('bumps a changed event once, however many calendars read it at the same moment', async () => {
    const before = byUid((await fetchFeed(t, path)).events).get(bookingUid(ids.cancelled))!;
    await t.dataSource.query(`UPDATE booking SET production_name = 'Les Contes du Marais — épilogue' WHERE id = $1`, [ids.cancelled]);
    const reads = await Promise.all(Array.from({ length: 6 }, () => fetchFeed(t, path)));
    for (const read of reads) expect(byUid(read.events).get(bookingUid(ids.cancelled))!.sequence).toBe(before.sequence + 1);
  });

  it('turns an option that has just expired CANCELLED, with a higher SEQUENCE', async () => {
    const before = byUid((await fetchFeed(t, path)).events).get(bookingUid(ids.option))!;
    t.clock.travelTo(parisTime('2026-03-04', '10:00:01'));
    try {
      const after = byUid((await fetchFeed(t, path)).events).get(bookingUid(ids.option))!;
      expect(before.status).toBe('TENTATIVE');
      expect(after).toMatchObject({ status: 'CANCELLED', sequence: before.sequence + 1 });
    } finally {
      t.clock.travelTo(parisTime('2026-03-02', '10:00:00'));
    }
  });

  it('refuses another studio’s manager, and the site’s calendar to any manager', async () => {
    const feeds = await feedCount(t);
    expect(errorCode(await t.gql(OPS.createCalendarFeed, { scope: 'STUDIO', studioId: a.studio.id }, b.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(OPS.revokeCalendarFeed, { id: feedId }, b.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(OPS.calendarFeed, { scope: 'STUDIO', studioId: a.studio.id }, b.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(OPS.createCalendarFeed, { scope: 'SITE' }, a.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(OPS.calendarFeed, { scope: 'SITE' }, a.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(OPS.createCalendarFeed, { scope: 'STUDIO' }))).toBe('UNAUTHENTICATED');
    expect(await feedCount(t)).toBe(feeds);
    expect((await fetchFeed(t, path)).res.status).toBe(200);
  });

  it('answers bad input with BAD_USER_INPUT and leaves nothing behind', async () => {
    const feeds = await feedCount(t);
    expect(errorCode(await t.gqlRaw(OPS.createCalendarFeed, { scope: 'WEEK' }, a.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(OPS.createCalendarFeed, { scope: 'STUDIO', studioId: 'not-an-id' }, t.operatorToken))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(OPS.createCalendarFeed, { scope: 'STUDIO' }, t.operatorToken))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(OPS.createCalendarFeed, { scope: 'SITE', studioId: a.studio.id }, t.operatorToken))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(OPS.revokeCalendarFeed, { id: 'nope' }, a.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(OPS.createCalendarFeed, { scope: 'STUDIO', studioId: '00000000-0000-4000-8000-000000000000' }, t.operatorToken))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(OPS.revokeCalendarFeed, { id: '00000000-0000-4000-8000-000000000000' }, t.operatorToken))).toBe('NOT_FOUND');
    expect(await feedCount(t)).toBe(feeds);
  });

  it('answers 404 to an unknown, malformed or revoked URL, all alike', async () => {
    const unknown = await t.http().get(`/api/calendar/${'x'.repeat(43)}.ics`);
    const malformed = await t.http().get('/api/calendar/abc');
    expect(unknown.status).toBe(404);
    expect(malformed.status).toBe(404);
    // A new URL replaces the old one, which stops at once; revoking stops the new one.
    const renewed = (await t.gql(OPS.createCalendarFeed, { scope: 'STUDIO', studioId: a.studio.id }, t.operatorToken)).data.createCalendarFeed;
    expect(renewed.path).not.toBe(path);
    const old = await t.http().get(path);
    expect(old.status).toBe(404);
    expect(old.body).toEqual(unknown.body);
    expect((await fetchFeed(t, renewed.path!)).events.length).toBeGreaterThan(0);
    const revoked = await t.gql(OPS.revokeCalendarFeed, { id: renewed.id }, a.token);
    expect(revoked.data.revokeCalendarFeed).toMatchObject({ id: renewed.id, path: null });
    expect(revoked.data.revokeCalendarFeed.revokedAt).not.toBeNull();
    expect((await t.http().get(renewed.path!)).status).toBe(404);
    expect((await t.gql(OPS.calendarFeed, { scope: 'STUDIO' }, a.token)).data.calendarFeed).toBeNull();
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM calendar_feed WHERE studio_id = $1 AND sealed_token IS NOT NULL`, [a.studio.id]);
    expect(n).toBe(0);
  });

  it('gives the operator a site feed with every studio’s bookings, named, without crew', async () => {
    const site = await t.gql(OPS.createCalendarFeed, { scope: 'SITE' }, t.operatorToken);
    expect(site.data.createCalendarFeed).toMatchObject({ scope: 'SITE', studioId: null });
    const { events } = await fetchFeed(t, site.data.createCalendarFeed.path!);
    const e = byUid(events);
    expect(e.get(bookingUid(ids.other))).toMatchObject({ status: 'CONFIRMED', summary: `${b.studio.name} · Projet secret de Brume · 3 postes (B01, B02, B03)` });
    expect(e.get(bookingUid(ids.confirmed))!.summary).toContain(a.studio.name);
    expect(events.some((ev) => ev.uid.startsWith('assignment-'))).toBe(false);
    // The same booking keeps its UID and SEQUENCE whichever feed shows it.
    const [{ sequence }] = await t.dataSource.query(`SELECT sequence FROM calendar_event_revision WHERE uid = $1`, [bookingUid(ids.confirmed)]);
    expect(e.get(bookingUid(ids.confirmed))!.sequence).toBe(sequence);
  });

  it('serves one booking’s .ics to its studio and the operator, with the feed’s UID and SEQUENCE', async () => {
    const res = await t.http().get(`/api/bookings/${ids.option}.ics`).set('Authorization', `Bearer ${a.token}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="BK-TEST-.*\.ics"$/);
    const { calendar, events } = parseIcs(res.text);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(events).toHaveLength(1);
    const [{ sequence }] = await t.dataSource.query(`SELECT sequence FROM calendar_event_revision WHERE uid = $1`, [bookingUid(ids.option)]);
    expect(events[0]).toMatchObject({ uid: bookingUid(ids.option), sequence, start: '2026-03-16', end: '2026-03-21' });
    expect((await t.http().get(`/api/bookings/${ids.option}.ics`).set('Authorization', `Bearer ${t.operatorToken}`)).status).toBe(200);
    expect((await t.http().get(`/api/bookings/${ids.option}.ics`).set('Authorization', `Bearer ${b.token}`)).status).toBe(404);
    expect((await t.http().get(`/api/bookings/${ids.option}.ics`)).status).toBe(401);
    expect((await t.http().get(`/api/bookings/nope.ics`).set('Authorization', `Bearer ${a.token}`)).status).toBe(400);
  });
});
