import { makeManager, makeStudio, TEST_PASSWORD } from '../../../seeds/factories/index.js';
import { createTestApp, errorCode, TestApp } from '../harness.js';
import { draftOf, generate, invoicingTables, makeBillableStudio, OPS } from './invoicing-world.js';
import { issuedInvoice, pay, PAY, paymentCount } from './payments-world.js';

describe('payments', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  it('takes a partial then a full payment: the balance falls, then the invoice is PAID on the day of the last', async () => {
    t.clock.travelTo(new Date('2027-04-02T10:00:00+02:00'));
    const s = await issuedInvoice(t, '2027-03', ['A01', 'A02'], '2027-03-01', '2027-03-05');
    expect(s.invoice.totalInclTaxCents).toBe(54_000);
    t.clock.travelTo(new Date('2027-04-20T10:00:00+02:00'));
    const first = await pay(t, s.invoice.id, 20_000, '2027-04-15', 'CHEQUE', ' CHQ 0042 ');
    expect(first).toMatchObject({ date: '2027-04-15', amountCents: 20_000, vatCents: 3_333, method: 'CHEQUE', reference: 'CHQ 0042', invoice: { status: 'ISSUED', paidOn: null, balanceDueCents: 34_000 } });
    const second = await pay(t, s.invoice.id, 34_000, '2027-04-18');
    expect(second.invoice).toEqual({ id: s.invoice.id, status: 'PAID', paidOn: '2027-04-18', balanceDueCents: 0 });
    expect(first.vatCents + second.vatCents).toBe(s.invoice.vatCents);

    // The manager sees what was paid and that nothing is due.
    const seen = await t.gql(PAY.invoiceBalance, { id: s.invoice.id }, s.token);
    expect(seen.data.invoice).toMatchObject({ status: 'PAID', balanceDueCents: 0, daysOverdue: 0 });
    expect(seen.data.invoice.payments.map((p) => [p.amountCents, p.method])).toEqual([[20_000, 'CHEQUE'], [34_000, 'TRANSFER']]);
    const account = await t.gql(PAY.account, {}, s.token);
    expect(account.data.studioAccount).toMatchObject({ studio: { id: s.studio.id }, dueCents: 0, overdueCents: 0, paidThisYearCents: 54_000, unpaidInvoices: [] });
    expect(account.data.studioAccount.payments).toHaveLength(2);
  });

  it('lets a credit note reduce what is due: balance = total − credit notes − payments', async () => {
    t.clock.travelTo(new Date('2027-04-02T10:00:00+02:00'));
    const s = await issuedInvoice(t, '2027-03', ['A03'], '2027-03-01', '2027-03-05');
    expect(s.invoice.totalInclTaxCents).toBe(27_000);
    await pay(t, s.invoice.id, 10_000, '2027-04-02');
    const credit = await t.gql(PAY.creditNote, { input: { invoiceId: s.invoice.id, reason: 'Un poste en panne', amountExclTaxCents: 4_500 } }, t.operatorToken);
    expect(credit.data.createCreditNote.totalInclTaxCents).toBe(5_400);
    expect((await t.gql(PAY.invoiceBalance, { id: s.invoice.id }, t.operatorToken)).data.invoice).toMatchObject({ status: 'ISSUED', balanceDueCents: 11_600 });
    const over = await t.gql(PAY.recordPayment, { input: { invoiceId: s.invoice.id, amountCents: 11_601, date: '2027-04-02', method: 'TRANSFER' } }, t.operatorToken);
    expect(errorCode(over)).toBe('BAD_USER_INPUT');
    expect(over.errors![0].extensions).toMatchObject({ field: 'amountCents', balanceDueCents: 11_600 });
    expect((await pay(t, s.invoice.id, 11_600, '2027-04-02')).invoice).toMatchObject({ status: 'PAID', balanceDueCents: 0 });
  });

  it('marks the invoice PAID when a credit note covers what the payments left', async () => {
    t.clock.travelTo(new Date('2027-04-02T10:00:00+02:00'));
    const s = await issuedInvoice(t, '2027-03', ['A04'], '2027-03-01', '2027-03-05');
    t.clock.travelTo(new Date('2027-04-12T10:00:00+02:00'));
    await pay(t, s.invoice.id, 21_600, '2027-04-09');
    await t.gql(PAY.creditNote, { input: { invoiceId: s.invoice.id, reason: 'Remise commerciale', amountExclTaxCents: 4_500 } }, t.operatorToken);
    expect((await t.gql(PAY.invoiceBalance, { id: s.invoice.id }, t.operatorToken)).data.invoice).toMatchObject({ status: 'PAID', paidOn: '2027-04-09', balanceDueCents: 0 });
  });

  it('keeps markInvoicePaid: it pays what is left, by transfer', async () => {
    t.clock.travelTo(new Date('2027-04-02T10:00:00+02:00'));
    const s = await issuedInvoice(t, '2027-03', ['A05'], '2027-03-01', '2027-03-05');
    await pay(t, s.invoice.id, 7_000, '2027-04-02');
    const res = await t.gql(OPS.markInvoicePaid, { id: s.invoice.id, paidOn: '2027-04-02' }, t.operatorToken);
    expect(res.data.markInvoicePaid).toEqual({ id: s.invoice.id, status: 'PAID', paidOn: '2027-04-02' });
    const invoice = (await t.gql(PAY.invoiceBalance, { id: s.invoice.id }, t.operatorToken)).data.invoice;
    expect(invoice.payments.map((p) => p.amountCents)).toEqual([7_000, 20_000]);
  });

  describe('refusals write nothing', () => {
    let issued: Awaited<ReturnType<typeof issuedInvoice>>;
    beforeAll(async () => {
      t.clock.travelTo(new Date('2027-06-01T10:00:00+02:00'));
      issued = await issuedInvoice(t, '2027-05', ['B01'], '2027-05-03', '2027-05-07');
      t.clock.reset();
    });
    const attempt = (invoiceId: string, amountCents: number, date: string, token = t.operatorToken) =>
      t.gql(PAY.recordPayment, { input: { invoiceId, amountCents, date, method: 'TRANSFER' } }, token);

    it('answers INVALID_STATE for a draft or a cancelled invoice', async () => {
      t.clock.travelTo(new Date('2027-07-10T10:00:00+02:00'));
      const s = await makeBillableStudio(t);
      await s.book(['B02'], '2027-06-07', '2027-06-11');
      const draft = draftOf(await generate(t, '2027-06'), s.studio.id)!;
      const cancelled = await issuedInvoice(t, '2027-06', ['B03'], '2027-06-07', '2027-06-11');
      await t.gql(PAY.creditNote, { input: { invoiceId: cancelled.invoice.id, reason: 'Annulation' } }, t.operatorToken);
      const before = { tables: await invoicingTables(t), payments: await paymentCount(t) };
      expect(errorCode(await attempt(draft.id, 100, '2027-07-10'))).toBe('INVALID_STATE');
      expect(errorCode(await attempt(cancelled.invoice.id, 100, '2027-07-10'))).toBe('INVALID_STATE');
      expect({ tables: await invoicingTables(t), payments: await paymentCount(t) }).toEqual(before);
    });

    it('answers BAD_USER_INPUT naming the field for an amount over the balance, zero or negative, and a date before issue or in the future', async () => {
      t.clock.travelTo(new Date('2027-07-10T10:00:00+02:00'));
      const before = { tables: await invoicingTables(t), payments: await paymentCount(t) };
      const cases: Array<[number, string, string]> = [
        [27_001, '2027-07-01', 'amountCents'],
        [0, '2027-07-01', 'amountCents'],
        [-500, '2027-07-01', 'amountCents'],
        [100, '2027-05-31', 'date'],
        [100, '2027-07-11', 'date'],
      ];
      for (const [amount, date, field] of cases) {
        const res = await attempt(issued.invoice.id, amount, date);
        expect([amount, date, errorCode(res), res.errors?.[0].extensions.field]).toEqual([amount, date, 'BAD_USER_INPUT', field]);
      }
      const badMethod = await t.gqlRaw(PAY.recordPayment, { input: { invoiceId: issued.invoice.id, amountCents: 100, date: '2027-07-01', method: 'BITCOIN' } }, t.operatorToken);
      expect(errorCode(badMethod)).toBe('BAD_USER_INPUT');
      expect({ tables: await invoicingTables(t), payments: await paymentCount(t) }).toEqual(before);
    });

    it('lets only the operator record a payment, and shows a manager only its own', async () => {
      t.clock.travelTo(new Date('2027-07-10T10:00:00+02:00'));
      const before = await paymentCount(t);
      expect(errorCode(await attempt(issued.invoice.id, 100, '2027-07-01', issued.token))).toBe('FORBIDDEN');
      expect(errorCode(await attempt('00000000-0000-4000-8000-000000000000', 100, '2027-07-01'))).toBe('NOT_FOUND');
      expect(await paymentCount(t)).toBe(before);
      const other = await makeStudio(t.dataSource);
      const stranger = await t.login((await makeManager(t.dataSource, other.id)).email, TEST_PASSWORD);
      expect(errorCode(await t.gql(PAY.invoiceBalance, { id: issued.invoice.id }, stranger))).toBe('NOT_FOUND');
      expect(errorCode(await t.gql(PAY.payments, { invoiceId: issued.invoice.id }, stranger))).toBe('NOT_FOUND');
      expect(errorCode(await t.gql(PAY.account, { studioId: issued.studio.id }, stranger))).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(PAY.overdue, {}, issued.token))).toBe('FORBIDDEN');
    });
  });

  it('never takes more than is due, even when two payments of the whole balance race', async () => {
    t.clock.travelTo(new Date('2027-09-01T10:00:00+02:00'));
    const s = await issuedInvoice(t, '2027-08', ['C01'], '2027-08-02', '2027-08-06');
    const results = await Promise.all(
      Array.from({ length: 4 }, () => t.gql(PAY.recordPayment, { input: { invoiceId: s.invoice.id, amountCents: 27_000, date: '2027-09-01', method: 'CARD' } }, t.operatorToken)),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map(errorCode)).toEqual(['INVALID_STATE', 'INVALID_STATE', 'INVALID_STATE']);
    const [{ n, sum }] = await t.dataSource.query(`SELECT count(*)::int AS n, sum(amount_cents)::int AS sum FROM invoice_payment WHERE invoice_id = $1`, [s.invoice.id]);
    expect([n, sum]).toEqual([1, 27_000]);
  });

  it('lists overdue invoices for the operator with the days overdue, and leaves out paid and not-yet-due ones', async () => {
    t.clock.travelTo(new Date('2027-11-02T10:00:00+01:00'));
    const late = await issuedInvoice(t, '2027-10', ['D01'], '2027-10-04', '2027-10-08');
    const paid = await issuedInvoice(t, '2027-10', ['D02'], '2027-10-04', '2027-10-08');
    await pay(t, paid.invoice.id, 27_000, '2027-11-02');
    await pay(t, late.invoice.id, 7_000, '2027-11-02');
    t.clock.travelTo(new Date('2027-12-01T10:00:00+01:00'));
    const notYet = await issuedInvoice(t, '2027-11', ['D03'], '2027-11-01', '2027-11-05');
    t.clock.travelTo(new Date('2027-12-14T10:00:00+01:00'));
    const mine = (await t.gql(PAY.overdue, {}, t.operatorToken)).data.overdueInvoices.filter((i) => [late, paid, notYet].some((s) => s.invoice.id === i.id));
    expect(mine).toEqual([{ id: late.invoice.id, number: late.invoice.number, balanceDueCents: 20_000, daysOverdue: 12, dueDate: '2027-12-02', studio: { id: late.studio.id }, reminders: [] }]);
    const account = (await t.gql(PAY.account, { studioId: late.studio.id }, t.operatorToken)).data.studioAccount;
    expect(account).toMatchObject({ dueCents: 20_000, overdueCents: 20_000, unpaidInvoices: [{ id: late.invoice.id, balanceDueCents: 20_000 }] });
  });
});
