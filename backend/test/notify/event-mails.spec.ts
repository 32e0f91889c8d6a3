import '../../src/database/pg-types.js';
import ICAL from 'ical.js';
import { Language } from '../../src/modules/studios/language.js';
import { MailService } from '../../src/modules/mail/mail.service.js';
import { OptionExpiryService } from '../../src/modules/booking/option-expiry.service.js';
import { BookingStatus } from '../../src/modules/booking/booking.entity.js';
import { makeBooking, makeContract, makeManager, makeStudio, TEST_PASSWORD } from '../../../seeds/factories/index.js';
import { OPS as BOOKING } from '../booking/booking-world.js';
import type { BookDesksInput } from '../documents.js';
import { createTestApp, errorCode, TestApp } from '../harness.js';
import { OPS as CREW, parisTime } from '../crew/crew-world.js';
import { tablesHolding } from '../sessions/sessions-world.js';
import { ReceivedMail, startMimeCapture } from './mime-capture.js';
import { AssignmentEventMails2Document, GenerateInvoicesEventMailsDocument, IssueInvoiceEventMails2Document, IssueInvoiceEventMailsDocument, PassLinkDocument } from '../documents.js';

/** Monday 4 January 2027, 09:00 in Paris. */
const NOW = parisTime('2027-01-04', '09:00:00');

describe('an e-mail for every event, FR or EN, once, by SMTP', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startMimeCapture>>;
  const studios: Record<Language, { id: string; contractId: string; manager: string; token: string }> = {} as never;

  const deliver = async () => {
    // Delivery rounds also start by themselves after each commit: run until nothing is pending.
    for (let i = 0; i < 40; i++) {
      await t.app.get(MailService).deliverPending();
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM outbox_message WHERE status = 'PENDING'`);
      if (n === 0) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    await new Promise((r) => setTimeout(r, 50));
  };
  const mailsTo = (to: string, subject?: RegExp) => smtp.inbox.filter((m) => m.to.includes(to) && (!subject || subject.test(m.subject)));
  const one = (to: string, subject: RegExp): ReceivedMail => {
    const found = mailsTo(to, subject);
    expect(found.map((m) => m.subject)).toHaveLength(1);
    return found[0];
  };
  const ok = <T>(res: { data: T; errors?: unknown }) => {
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };
  const book = async (lang: Language, input: Omit<BookDesksInput, 'studioId' | 'productionName'>) =>
    ok(await t.gql(BOOKING.bookDesks, { input: { studioId: studios[lang].id, productionName: 'Les Minuscules', ...input } }, studios[lang].token)).bookDesks;
  const icsOf = (mail: ReceivedMail) => {
    const file = mail.attachments.find((a) => a.filename?.endsWith('.ics'));
    expect(file).toBeDefined();
    return new ICAL.Component(ICAL.parse(file!.body.toString('utf8'))).getFirstSubcomponent('vevent')!;
  };

  beforeAll(async () => {
    smtp = await startMimeCapture();
    t = await createTestApp({ config: { smtpUrl: smtp.url, publicUrl: 'https://flex.example.fr' } });
    t.clock.travelTo(NOW);
    for (const language of [Language.FR, Language.EN]) {
      const studio = await makeStudio(t.dataSource, { language, name: language === Language.EN ? 'Blue Fox Films' : 'Studio Lune' });
      const manager = await makeManager(t.dataSource, studio.id);
      const contract = await makeContract(t.dataSource, studio.id);
      studios[language] = { id: studio.id, contractId: contract.id, manager: manager.email, token: await t.login(manager.email, TEST_PASSWORD) };
    }
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('option placed, confirmed (with its .ics, CONFIRMED), changed, cancelled with its fee — in French', async () => {
    const to = studios.fr.manager;
    const option = await book(Language.FR, { deskCount: 3, startDate: '2027-01-11', endDate: '2027-01-15', asOption: true });
    await deliver();
    const placed = one(to, /^Option posée/);
    expect(placed.subject).toBe(`Option posée — ${option.reference}, Les Minuscules`);
    expect(placed.text).toContain('3 postes');
    expect(placed.text).toContain('du lundi 11 janvier 2027 au vendredi 15 janvier 2027');
    expect(placed.text).toMatch(/jusqu'au 7 janvier 2027 à 09:00/);
    expect(placed.text).not.toMatch(/\b(the|desk|booking|Hello)\b/);

    ok(await t.gql(BOOKING.confirmBooking, { id: option.id }, studios.fr.token));
    await deliver();
    const confirmed = one(to, /^Réservation confirmée/);
    expect(confirmed.subject).toBe(`Réservation confirmée — ${option.reference}, 11 janv. 2027 → 15 janv. 2027`);
    expect(icsOf(confirmed).getFirstPropertyValue('status')).toBe('CONFIRMED');

    ok(await t.gql(BOOKING.updateBooking, { input: { id: option.id, endDate: '2027-01-14' } }, studios.fr.token));
    await deliver();
    const changed = one(to, /^Réservation modifiée/);
    expect(changed.text).toContain('au jeudi 14 janvier 2027');
    expect(String(icsOf(changed).getFirstPropertyValue('dtend'))).toBe('2027-01-15');

    ok(await t.gql(BOOKING.cancelBooking, { id: option.id }, studios.fr.token));
    await deliver();
    // Inside the 14-day notice: 3 desks × 4 open days × 45,00 € × 50 % = 270,00 € HT.
    const cancelled = one(to, /^Réservation annulée/);
    expect(cancelled.subject).toBe(`Réservation annulée — ${option.reference} — frais 270,00 € HT`);
    expect(cancelled.text).toContain('12 jours-poste du lundi 11 janvier 2027 au jeudi 14 janvier 2027 facturés à 50 % du tarif, soit 270,00 € HT');
    expect(icsOf(cancelled).getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('the same events in English for a studio written to in English, with no French left', async () => {
    const to = studios.en.manager;
    const option = await book(Language.EN, { deskCount: 2, startDate: '2027-01-12', endDate: '2027-01-15', asOption: true });
    ok(await t.gql(BOOKING.confirmBooking, { id: option.id }, studios.en.token));
    ok(await t.gql(BOOKING.cancelBooking, { id: option.id }, studios.en.token));
    await deliver();
    const placed = one(to, /^Option placed/);
    expect(placed.text).toContain('2 desks');
    expect(placed.text).toContain('from Tuesday 12 January 2027 to Friday 15 January 2027');
    expect(placed.text).toContain('until 7 January 2027 at 09:00 (Paris time)');
    const confirmed = one(to, /^Booking confirmed/);
    expect(icsOf(confirmed).getFirstPropertyValue('status')).toBe('CONFIRMED');
    // Inside the notice: 2 desks × 4 open days × €45.00 × 50 % = €180.00.
    const cancelled = one(to, /^Booking cancelled/);
    expect(cancelled.subject).toBe(`Booking cancelled — ${option.reference} — fee €180.00 excl. VAT`);
    expect(cancelled.text).toContain('8 desk-days from Tuesday 12 January 2027 to Friday 15 January 2027 billed at 50% of the rate, i.e. €180.00 excl. VAT');
    for (const mail of mailsTo(to)) expect(`${mail.subject}\n${mail.text}`).not.toMatch(/\b(Bonjour|réservation|poste|annul|du|au)\b|€ HT|,00/);
  });

  it('an option expiring within 24 h is told once, even when two sweeps run at once; its expiry once too', async () => {
    const to = studios.fr.manager;
    const option = await book(Language.FR, { deskCount: 1, startDate: '2027-02-01', endDate: '2027-02-05', asOption: true, optionHours: 48 });
    const expiry = t.app.get(OptionExpiryService);
    t.clock.travelTo(new Date(NOW.getTime() + 30 * 3_600_000));
    await Promise.all([expiry.sweep(), expiry.sweep()]);
    await expiry.sweep();
    await deliver();
    const expiring = one(to, /^Votre option expire/);
    expect(expiring.text).toContain('expire le 6 janvier 2027 à 09:00');
    t.clock.travelTo(new Date(NOW.getTime() + 49 * 3_600_000));
    await Promise.all([expiry.sweep(), expiry.sweep()]);
    await expiry.sweep();
    await deliver();
    const expired = one(to, new RegExp(`^Option expirée — ${option.reference}`));
    expect(expired.text).toContain('a expiré le 6 janvier 2027 à 09:00');
    const keys = await t.dataSource.query(`SELECT event_key FROM outbox_message WHERE event_key LIKE $1`, [`%${option.id}%`]);
    expect(keys.map((k: { event_key: string }) => k.event_key.split(':')[0]).sort()).toEqual(['option-expired', 'option-expiring', 'option-placed']);
    t.clock.travelTo(NOW);
  });

  it('an issued invoice reaches the managers with its frozen PDF, once', async () => {
    await makeBooking(t.dataSource, { studioId: studios.en.id, contractId: studios.en.contractId, deskCodes: ['C01', 'C02'], startDate: '2026-12-07', endDate: '2026-12-11', status: BookingStatus.CONFIRMED });
    const drafts = ok(await t.gql(GenerateInvoicesEventMailsDocument, {}, t.operatorToken)).generateInvoices;
    const id = drafts.find((d) => d.studio.id === studios.en.id)!.id;
    const issued = ok(await t.gql(IssueInvoiceEventMailsDocument, { id }, t.operatorToken)).issueInvoice;
    expect(errorCode(await t.gql(IssueInvoiceEventMails2Document, { id }, t.operatorToken))).toBe('INVALID_STATE');
    await deliver();
    const mail = one(studios.en.manager, /^Invoice /);
    expect(mail.subject).toBe(`Invoice ${issued.number} — December 2026 — €540.00 incl. VAT`);
    const pdf = mail.attachments.find((a) => a.contentType === 'application/pdf')!;
    expect(pdf.filename).toBe(`${issued.number}.pdf`);
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const [stored] = await t.dataSource.query(`SELECT pdf FROM issued_document WHERE invoice_id = $1`, [id]);
    expect(Buffer.compare(pdf.body, stored.pdf)).toBe(0);
  });

  it('a pass: e-mailed to the crew member with a link that opens it; shown again to the manager and through the link; revoked, both refuse', async () => {
    const s = studios.fr;
    const booking = await book(Language.FR, { deskCount: 1, startDate: '2027-01-05', endDate: '2027-01-08' });
    const member = ok(await t.gql(CREW.addCrewMember, { input: { studioId: s.id, fullName: 'Margot Henry', email: 'margot.henry@example.fr' } }, s.token)).addCrewMember;
    const assigned = ok(await t.gql(CREW.assignCrew, { input: { bookingId: booking.id, crewMemberId: member.id, deskId: booking.desks[0].id, startDate: '2027-01-05', endDate: '2027-01-08' } }, s.token)).assignCrew;
    const code = assigned.accessPass!.code!;
    await deliver();
    const mail = one('margot.henry@example.fr', /^Votre pass Studio FLEX/);
    expect(mail.text).toContain(code);
    const token = /https:\/\/flex\.example\.fr\/pass\/([A-Za-z0-9_-]{32})/.exec(mail.text)?.[1];
    expect(token).toBeDefined();
    expect(one(s.manager, /^Pass émis — Margot Henry/).text).not.toContain(code);

    // Later: the crew member (no session) and the manager see the same code.
    const opened = ok(await t.gql(PassLinkDocument, { token: token! })).passLink;
    expect(opened).toMatchObject({ code, fullName: 'Margot Henry', deskCode: booking.desks[0].code, startDate: '2027-01-05', endDate: '2027-01-08', productionName: 'Les Minuscules' });
    expect(ok(await t.gql(AssignmentEventMails2Document, { id: assigned.id }, s.token)).assignment!.accessPass!.code).toBe(code);
    // Another studio's manager does not see it.
    expect(errorCode(await t.gql(AssignmentEventMails2Document, { id: assigned.id }, studios.en.token))).toBe('NOT_FOUND');
    // Not readable anywhere in the database.
    for (const needle of [code, code.replace(/-/g, ''), token!]) expect(await tablesHolding(t.dataSource, needle)).toEqual([]);
    const [row] = await t.dataSource.query(`SELECT sealed_code, code_hash FROM access_pass WHERE assignment_id = $1`, [assigned.id]);
    expect(row.sealed_code).toMatch(/^v1\./);

    ok(await t.gql(CREW.revokeAccessPass, { code }, s.token));
    ok(await t.gql(CREW.revokeAccessPass, { code }, s.token));
    const refused = await t.gql(PassLinkDocument, { token: token! });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'REVOKED' });
    expect(ok(await t.gql(CREW.verifyAccess, { code })).verifyAccess).toMatchObject({ allowed: false, reason: 'REVOKED' });
    expect(ok(await t.gql(AssignmentEventMails2Document, { id: assigned.id }, s.token)).assignment.accessPass).toEqual({ code: null, revoked: true });
    expect((await t.dataSource.query(`SELECT sealed_code FROM access_pass WHERE assignment_id = $1`, [assigned.id]))[0].sealed_code).toBeNull();
    expect(errorCode(await t.gql(PassLinkDocument, { token: 'x'.repeat(32) }))).toBe('NOT_FOUND');
    await deliver();
    expect(one('margot.henry@example.fr', /^Pass Studio FLEX annulé/).text).toContain("n'est plus valable : il a été révoqué");
    one(s.manager, /^Pass révoqué — Margot Henry/);
  });
});
