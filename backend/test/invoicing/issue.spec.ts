import { createTestApp, errorCode, TestApp } from '../harness.js';
import { draftOf, generate, invoicingTables, issue, makeBillableStudio, OPS } from './invoicing-world.js';

describe('issuing invoices', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  it('gives 20 concurrent issues 20 consecutive numbers, without gap or duplicate', async () => {
    t.clock.travelTo(new Date('2027-03-01T09:00:00+01:00'));
    const studios = await Promise.all(Array.from({ length: 10 }, () => makeBillableStudio(t)));
    // Ten studios × January and February 2027: twenty drafts.
    for (const [i, s] of studios.entries()) {
      const desk = `D${String(i + 1).padStart(2, '0')}`;
      await s.book([desk], '2027-01-04', '2027-01-08');
      await s.book([desk], '2027-02-01', '2027-02-05');
    }
    const drafts = [...(await generate(t, '2027-01')), ...(await generate(t, '2027-02'))].filter((d) => studios.some((s) => s.studio.id === d.studio.id));
    expect(drafts).toHaveLength(20);
    const results = await Promise.all(drafts.map((d) => t.gql(OPS.issueInvoice, { id: d.id }, t.operatorToken)));
    expect(results.map((r) => r.errors)).toEqual(Array(20).fill(undefined));
    const numbers = results.map((r) => r.data.issueInvoice.number as string).sort();
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => `FLEX-2027-${String(i + 1).padStart(5, '0')}`));
    const [{ last_number }] = await t.dataSource.query(`SELECT last_number FROM document_counter WHERE kind = 'FLEX' AND year = 2027`);
    expect(last_number).toBe(20);
  }, 180_000); // each issue renders and stores its Factur-X PDF while holding the year's counter

  it('freezes the draft: number, issue time, due date at 30 days, and then refuses to issue it again', async () => {
    t.clock.travelTo(new Date('2027-04-02T15:30:00+02:00'));
    const s = await makeBillableStudio(t);
    await s.book(['B01'], '2027-03-01', '2027-03-05');
    const draft = draftOf(await generate(t, '2027-03'), s.studio.id)!;
    const issued = await issue(t, draft.id);
    expect(issued).toMatchObject({ id: draft.id, status: 'ISSUED', number: expect.stringMatching(/^FLEX-2027-\d{5}$/), issuedAt: expect.stringMatching(/^2027-04-02T13:3/), dueDate: '2027-05-02' });
    const before = await invoicingTables(t);
    const again = await t.gql(OPS.issueInvoice, { id: draft.id }, t.operatorToken);
    expect(errorCode(again)).toBe('INVALID_STATE');
    expect(await invoicingTables(t)).toEqual(before);
  });

  it('numbers per year: the first invoice issued in a new year starts again at 00001', async () => {
    t.clock.travelTo(new Date('2028-01-03T10:00:00+01:00'));
    const s = await makeBillableStudio(t);
    await s.book(['B02'], '2027-12-06', '2027-12-10');
    const draft = draftOf(await generate(t, '2027-12'), s.studio.id)!;
    expect((await issue(t, draft.id)).number).toBe('FLEX-2028-00001');
  });

  it('never numbers a draft, and lets only the operator issue', async () => {
    const s = await makeBillableStudio(t);
    await s.book(['B03'], '2027-05-03', '2027-05-07');
    const draft = draftOf(await generate(t, '2027-05'), s.studio.id)!;
    const [{ number }] = await t.dataSource.query(`SELECT number FROM invoice WHERE id = $1`, [draft.id]);
    expect(number).toBeNull();
    const before = await invoicingTables(t);
    expect(errorCode(await t.gql(OPS.issueInvoice, { id: draft.id }, s.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(OPS.issueInvoice, { id: '00000000-0000-4000-8000-000000000000' }, t.operatorToken))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(OPS.issueInvoice, { id: 'FLEX-2027-00001' }, t.operatorToken))).toBe('BAD_USER_INPUT');
    expect(await invoicingTables(t)).toEqual(before);
  });

  describe('recording the payment', () => {
    let id: string;
    beforeAll(async () => {
      t.clock.travelTo(new Date('2027-07-01T10:00:00+02:00'));
      const s = await makeBillableStudio(t);
      await s.book(['B04'], '2027-06-07', '2027-06-11');
      id = draftOf(await generate(t, '2027-06'), s.studio.id)!.id;
      await issue(t, id);
      t.clock.reset();
    });

    it('refuses a payment date before the issue date, or in the future, and writes nothing', async () => {
      t.clock.travelTo(new Date('2027-07-20T10:00:00+02:00'));
      const before = await invoicingTables(t);
      for (const paidOn of ['2027-06-30', '2027-07-21']) {
        const res = await t.gql(OPS.markInvoicePaid, { id, paidOn }, t.operatorToken);
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
        expect(res.errors![0].extensions.field).toBe('paidOn');
      }
      expect(await invoicingTables(t)).toEqual(before);
    });

    it('marks an issued invoice PAID on the date given, once', async () => {
      t.clock.travelTo(new Date('2027-07-20T10:00:00+02:00'));
      const res = await t.gql(OPS.markInvoicePaid, { id, paidOn: '2027-07-15' }, t.operatorToken);
      expect(res.data.markInvoicePaid).toEqual({ id, status: 'PAID', paidOn: '2027-07-15' });
      expect(errorCode(await t.gql(OPS.markInvoicePaid, { id }, t.operatorToken))).toBe('INVALID_STATE');
    });

    it('refuses to record a payment on a draft', async () => {
      const s = await makeBillableStudio(t);
      await s.book(['B05'], '2027-08-02', '2027-08-06');
      const draft = draftOf(await generate(t, '2027-08'), s.studio.id)!;
      expect(errorCode(await t.gql(OPS.markInvoicePaid, { id: draft.id }, t.operatorToken))).toBe('INVALID_STATE');
    });
  });
});
