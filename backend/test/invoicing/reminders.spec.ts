import { MailService } from '../../src/modules/mail/mail.service.js';
import { ReminderKind } from '../../src/modules/invoicing/reminders/payment-reminder.entity.js';
import { ReminderService } from '../../src/modules/invoicing/reminders/reminder.service.js';
import { RemindersRepository } from '../../src/modules/invoicing/reminders/reminders.repository.js';
import { createTestApp, TestApp } from '../harness.js';
import { startSmtpCapture } from './mail-capture.js';
import { issuedInvoice, pay, PAY } from './payments-world.js';
import { UpdateStudioRemindersDocument } from '../documents.js';

/**
 * Reminder e-mails through the outbox to a real SMTP server, with two app instances on one
 * database running the job at the same time.
 */
describe('payment reminders', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
  /** The reminders (the managers also get each invoice as it is issued). */
  const reminders = () => smtp.inbox.filter((m) => /rappel|reminder/i.test(m.subject));
  let a: TestApp;
  let b: TestApp;
  let fr: Awaited<ReturnType<typeof issuedInvoice>>;
  let en: Awaited<ReturnType<typeof issuedInvoice>>;
  let partial: Awaited<ReturnType<typeof issuedInvoice>>;
  let paid: Awaited<ReturnType<typeof issuedInvoice>>;
  const both = (iso: string) => [a, b].forEach((app) => app.clock.travelTo(new Date(iso)));
  const reminderRows = async () => (await a.dataSource.query(`SELECT count(*)::int AS n FROM payment_reminder`))[0].n;
  /**
   * Both instances deliver at once; returns once nothing is left pending. A round started after a
   * commit (deliverSoon) may hold a message's lock meanwhile (our rounds skip it): wait a little and ask again.
   */
  async function deliver(): Promise<void> {
    for (let i = 0; i < 50; i++) {
      await Promise.all([a.app.get(MailService).deliverPending(), b.app.get(MailService).deliverPending()]);
      const [{ n }] = await a.dataSource.query(`SELECT count(*)::int AS n FROM outbox_message WHERE status = 'PENDING'`);
      if (n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('messages still pending');
  }

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    a = await createTestApp({ config: { smtpUrl: smtp.url } });
    b = await createTestApp({ config: { smtpUrl: smtp.url }, sameDatabaseAs: a });
    both('2027-02-01T10:00:00+01:00');
    fr = await issuedInvoice(a, '2027-01', ['A01'], '2027-01-04', '2027-01-08');
    en = await issuedInvoice(a, '2027-01', ['A02'], '2027-01-04', '2027-01-08');
    partial = await issuedInvoice(a, '2027-01', ['A03'], '2027-01-04', '2027-01-08');
    paid = await issuedInvoice(a, '2027-01', ['A04'], '2027-01-04', '2027-01-08');
    const set = await a.gql(UpdateStudioRemindersDocument, { input: { id: en.studio.id, language: 'EN', vatNumber: 'FR79852123456' } }, a.operatorToken);
    expect(set.errors).toBeUndefined();
    expect(set.data.updateStudio.language).toBe('EN');
    both('2027-02-20T10:00:00+01:00');
    await pay(a, partial.invoice.id, 10_000, '2027-02-20');
    await pay(a, paid.invoice.id, 27_000, '2027-02-20');
  });
  afterAll(async () => {
    await b.close();
    await a.close();
    await smtp.close();
  });

  it('sends nothing until the day after the due date', async () => {
    expect(fr.invoice.dueDate).toBe('2027-03-03');
    both('2027-03-03T20:00:00+01:00');
    expect(await Promise.all([a.app.get(ReminderService).sendDue(), b.app.get(ReminderService).sendDue()])).toEqual([[], []]);
    expect(await reminderRows()).toBe(0);
  });

  it('sends the first reminder once per invoice, in the studio\'s language, even with two instances running the job at once', async () => {
    both('2027-03-04T08:00:00+01:00');
    const runs = await Promise.all([a, b, a, b].map((app) => app.app.get(ReminderService).sendDue()));
    const sent = runs.flat();
    expect(sent.map((r) => r.invoiceId).sort()).toEqual([fr.invoice.id, en.invoice.id, partial.invoice.id].sort());
    expect(sent.every((r) => r.kind === ReminderKind.FIRST && r.sentOn === '2027-03-04')).toBe(true);
    // Run again, by hand as the operator, on both instances at once: nothing more.
    const again = await Promise.all([a, b].map((app) => app.gql(PAY.sendReminders, {}, a.operatorToken)));
    expect(again.map((r) => r.data.sendPaymentReminders)).toEqual([[], []]);
    await deliver();
    expect(reminders()).toHaveLength(3);
    const to = (s: typeof fr) => reminders().filter((m) => m.to.includes(s.studio.contactEmail));
    expect([fr, en, partial, paid].map((s) => to(s).length)).toEqual([1, 1, 1, 0]);

    const [french] = to(fr);
    expect(french.subject).toBe(`Rappel : facture ${fr.invoice.number} échue le 3 mars 2027 — 270,00 € restant dus`);
    expect(french.text).toContain(`la facture ${fr.invoice.number} du 1 février 2027 (270,00 € TTC), arrivée à échéance le 3 mars 2027`);
    expect(french.text).toContain('Reste dû : 270,00 €.');
    expect(french.text).toContain('40 €');
    const [english] = to(en);
    expect(english.subject).toBe(`Reminder: invoice ${en.invoice.number} was due on 3 March 2027 — €270.00 outstanding`);
    expect(english.text).toContain('Amount outstanding: €270.00.');
    expect(english.text).not.toMatch(/Bonjour|Reste dû/);
    expect(to(partial)[0].text).toContain('Reste dû : 170,00 €.');

    const overdue = (await a.gql(PAY.overdue, {}, a.operatorToken)).data.overdueInvoices;
    expect(overdue.find((i) => i.id === en.invoice.id)!.reminders).toEqual([
      { kind: 'FIRST', sentOn: '2027-03-04', to: en.studio.contactEmail, language: 'EN', deliveryStatus: 'SENT' },
    ]);
  });

  it('sends the second 15 days later, once, and not to a studio that has paid since', async () => {
    both('2027-03-18T12:00:00+01:00');
    expect(await a.app.get(ReminderService).sendDue()).toEqual([]);
    await pay(a, partial.invoice.id, 17_000, '2027-03-18');
    both('2027-03-19T08:00:00+01:00');
    const runs = await Promise.all([a, b, a].map((app) => app.gql(PAY.sendReminders, {}, a.operatorToken)));
    const sent = runs.flatMap((r) => r.data.sendPaymentReminders);
    expect(sent.map((r) => [r.kind, r.language]).sort()).toEqual([['SECOND', 'EN'], ['SECOND', 'FR']]);
    await deliver();
    expect(reminders()).toHaveLength(5);
    const seconds = reminders().slice(3);
    expect(seconds.find((m) => m.to.includes(fr.studio.contactEmail))!.subject).toMatch(/^Second rappel : facture FLEX-2027-\d{5} échue le 3 mars 2027/);
    expect(seconds.find((m) => m.to.includes(fr.studio.contactEmail))!.text).toContain('reste impayée 16 jours après son échéance');
    expect(seconds.find((m) => m.to.includes(en.studio.contactEmail))!.subject).toMatch(/^Second reminder: invoice FLEX-2027-\d{5}/);
    both('2027-05-01T08:00:00+02:00');
    expect(await Promise.all([a.app.get(ReminderService).sendDue(), b.app.get(ReminderService).sendDue()])).toEqual([[], []]);
    expect(await reminderRows()).toBe(5);
  });

  it('lets the unique (invoice, kind) row decide between two transactions claiming the same reminder', async () => {
    const repo = a.app.get(RemindersRepository);
    const row = { invoiceId: paid.invoice.id, kind: ReminderKind.FIRST, sentOn: '2027-05-01', toAddress: 'x@example.fr', language: 'fr', balanceDueCents: 1 };
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let claimed!: () => void;
    const firstClaimed = new Promise<void>((r) => (claimed = r));
    const first = a.dataSource.transaction(async (em) => {
      const id = await repo.claim(row, em);
      claimed();
      await gate;
      return id;
    });
    await firstClaimed;
    const second = b.dataSource.transaction((em) => b.app.get(RemindersRepository).claim(row, em));
    release();
    const [firstId, secondId] = await Promise.all([first, second]);
    expect(firstId).toEqual(expect.any(String));
    expect(secondId).toBeNull();
    await a.dataSource.query(`DELETE FROM payment_reminder WHERE id = $1`, [firstId]);
  });
});
