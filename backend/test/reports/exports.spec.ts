import { BookingStatus } from '../../src/modules/booking/booking.entity.js';
import { makeWorld, OPS, parisTime } from '../crew/crew-world.js';
import { createTestApp, TestApp } from '../harness.js';
import { csvRecords, readCsv } from './csv-reader.js';
import { OccupancyExportsDocument } from '../documents.js';

describe('CSV exports', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof makeWorld>>;
  let b: Awaited<ReturnType<typeof makeWorld>>;
  let trap: string;
  const get = (url: string, token?: string) => {
    const req = t.http().get(url).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    return token ? req.set('Authorization', `Bearer ${token}`) : req;
  };
  const text = (res: { body: Buffer }) => res.body.toString('utf8');

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.travelTo(parisTime('2026-02-20', '10:00:00'));
    a = await makeWorld(t);
    b = await makeWorld(t);
    // March 2026: 2–6 March on two desks (10 desk-days), 30 March – 3 April on one (2 in March, 3 in April).
    const early = await a.book(['A01', 'A02'], '2026-03-02', '2026-03-06');
    const across = await a.book(['A03'], '2026-03-30', '2026-04-03');
    trap = '=HYPERLINK("http://evil.example";"clic")';
    await t.dataSource.query(`UPDATE booking SET production_name = $2 WHERE id = $1`, [across.id, trap]);
    await a.book(['A04'], '2026-03-23', '2026-03-27', BookingStatus.OPTION);
    await b.book(['B01'], '2026-03-09', '2026-03-13');
    const lea = await a.addCrew('Léa Moreau', 'Animatrice 2D');
    const res = await a.assign({ bookingId: early.id, crewMemberId: lea.id, deskCode: 'A01', startDate: '2026-03-02', endDate: '2026-03-06' });
    const code = res.data.assignCrew.accessPass!.code!;
    for (const day of ['2026-03-02', '2026-03-03']) {
      t.clock.travelTo(parisTime(day, '09:00:00'));
      expect((await t.gql(OPS.checkIn, { code }, t.operatorToken)).errors).toBeUndefined();
    }
    t.clock.travelTo(parisTime('2026-04-20', '10:00:00'));
  });
  afterAll(async () => {
    t.clock.reset();
    await t.close();
  });

  it('opens right in a French spreadsheet: BOM, ";", CRLF, dd/mm/yyyy', async () => {
    const res = await get('/api/exports/bookings.csv?from=2026-03-01&to=2026-03-31', t.operatorToken);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="reservations-2026-03-01-2026-03-31.csv"');
    expect([...res.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = text(res);
    expect(csv.split('\r\n')[0]).toBe('\ufeffRéférence;Studio;Production;Statut;Début;Fin;Postes;Codes des postes;Jours ouvrés;Jours-poste;Jours-poste sur la période;Option jusqu’au;Confirmée le;Annulée le;Frais d’annulation (%)');
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const rows = csvRecords(csv);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ Studio: a.studio.name, Statut: 'Confirmée', Début: '02/03/2026', Fin: '06/03/2026', Postes: '2', 'Codes des postes': 'A01 A02', 'Jours ouvrés': '5', 'Jours-poste': '10', 'Jours-poste sur la période': '10' });
    const across = rows.find((r) => r['Codes des postes'] === 'A03')!;
    expect(across).toMatchObject({ Début: '30/03/2026', Fin: '03/04/2026', 'Jours-poste': '5', 'Jours-poste sur la période': '2' });
    expect(rows.find((r) => r['Codes des postes'] === 'A04')).toMatchObject({ Statut: 'Option', 'Option jusqu’au': expect.stringMatching(/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/) });
  });

  it('never lets a production name run as a formula', async () => {
    const csv = text(await get('/api/exports/bookings.csv?from=2026-03-01&to=2026-03-31', t.operatorToken));
    expect(csv).toContain(`;"'=HYPERLINK(""http://evil.example"";""clic"")";`);
    const across = csvRecords(csv).find((r) => r['Codes des postes'] === 'A03')!;
    expect(across.Production).toBe(`'${trap}`);
  });

  it('counts the desk-days the occupancy report counts', async () => {
    const rows = csvRecords(text(await get('/api/exports/bookings.csv?from=2026-03-01&to=2026-03-31', t.operatorToken)));
    const api = (await t.gql(OccupancyExportsDocument, { month: '2026-03' }, t.operatorToken)).data.occupancy;
    for (const studio of [a.studio.name, b.studio.name]) {
      const fromCsv = rows.filter((r) => r.Studio === studio && r.Statut === 'Confirmée').reduce((n, r) => n + Number(r['Jours-poste sur la période']), 0);
      expect(fromCsv).toBe(api.find((o) => o.studio.name === studio)!.bookedDeskDays);
    }
    expect(api.find((o) => o.studio.name === a.studio.name)!.bookedDeskDays).toBe(12);
  });

  it('gives a manager its own studio only', async () => {
    const rows = csvRecords(text(await get('/api/exports/bookings.csv?from=2026-03-01&to=2026-03-31', a.token)));
    expect(rows.map((r) => r.Studio)).toEqual([a.studio.name, a.studio.name, a.studio.name]);
    expect((await get(`/api/exports/bookings.csv?from=2026-03-01&to=2026-03-31&studioId=${b.studio.id}`, a.token)).status).toBe(403);
    expect((await get(`/api/exports/occupancy.csv?from=2026-03&to=2026-03&studioId=${b.studio.id}`, a.token)).status).toBe(403);
    const occupancy = csvRecords(text(await get('/api/exports/occupancy.csv?from=2026-03&to=2026-04', a.token)));
    expect(new Set(occupancy.map((r) => r.Studio))).toEqual(new Set([a.studio.name]));
    expect((await get('/api/exports/bookings.csv?from=2026-03-01&to=2026-03-31')).status).toBe(401);
    // The operator may ask for one studio.
    const one = csvRecords(text(await get(`/api/exports/bookings.csv?from=2026-03-01&to=2026-03-31&studioId=${b.studio.id}`, t.operatorToken)));
    expect(one.map((r) => r.Studio)).toEqual([b.studio.name]);
  });

  it('exports occupancy per studio and month with the occupancy query’s figures, decimal comma', async () => {
    const res = await get('/api/exports/occupancy.csv?from=2026-03&to=2026-04', t.operatorToken);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="occupation-2026-03-2026-04.csv"');
    const csv = text(res);
    expect(readCsv(csv.slice(1))[0]).toEqual(['Mois', 'Du', 'Au', 'Jours ouvrés', 'Studio', 'Jours-poste réservés', 'Jours-poste affectés', 'Jours-poste avec présence', 'Jours-poste non présentés', 'Taux de présence (%)']);
    const rows = csvRecords(csv);
    for (const month of ['2026-03', '2026-04']) {
      const api = (await t.gql(OccupancyExportsDocument, { month }, t.operatorToken)).data.occupancy;
      const mine = rows.filter((r) => r.Mois === month);
      expect(mine).toHaveLength(api.length);
      for (const o of api) {
        const r = mine.find((x) => x.Studio === o.studio.name)!;
        expect([r['Jours-poste réservés'], r['Jours-poste affectés'], r['Jours-poste avec présence'], r['Jours-poste non présentés']].map(Number)).toEqual([o.bookedDeskDays, o.assignedDeskDays, o.checkedInDeskDays, o.noShowDeskDays]);
        expect(Number(r['Taux de présence (%)'].replace(',', '.'))).toBeCloseTo(o.rate * 100, 6);
      }
    }
    const march = rows.find((r) => r.Mois === '2026-03' && r.Studio === a.studio.name)!;
    // 12 booked, 5 assigned, 2 with a check-in: 2 / 12 = 16,7 %.
    expect(march).toMatchObject({ Du: '01/03/2026', Au: '31/03/2026', 'Jours ouvrés': '22', 'Jours-poste réservés': '12', 'Jours-poste avec présence': '2', 'Jours-poste non présentés': '3', 'Taux de présence (%)': '16,7' });
    // Easter Monday (6 April 2026) is not an open day.
    expect(rows.find((r) => r.Mois === '2026-04')).toMatchObject({ 'Jours ouvrés': '21' });
  });

  it('answers bad input with 400 BAD_USER_INPUT', async () => {
    const bad = [
      '/api/exports/bookings.csv?to=2026-03-31',
      '/api/exports/bookings.csv?from=2026-03-31&to=2026-03-01',
      '/api/exports/bookings.csv?from=2026-02-30&to=2026-03-31',
      '/api/exports/bookings.csv?from=2026-01-01&to=2027-06-30',
      '/api/exports/bookings.csv?from=2026-03-01&to=2026-03-31&studioId=nope',
      '/api/exports/bookings.csv?from=2026-03-01&from=2026-03-02&to=2026-03-31',
      '/api/exports/occupancy.csv?from=2026-3&to=2026-04',
      '/api/exports/occupancy.csv?from=2026-04&to=2026-03',
      '/api/exports/occupancy.csv?from=2026-01&to=2029-01',
    ];
    for (const url of bad) {
      const res = await get(url, t.operatorToken);
      expect([url, res.status, JSON.parse(text(res)).code]).toEqual([url, 400, 'BAD_USER_INPUT']);
    }
  });
});
