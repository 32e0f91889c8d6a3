import { demoInvoices } from '../../../seeds/demo/invoices.js';
import { addDays } from '../../src/common/time/dates.js';
import { addMonths, monthOf } from '../../src/modules/invoicing/rules/month.js';
import { createTestApp, TestApp } from '../harness.js';
import { makeBillableStudio } from './invoicing-world.js';

describe('demo invoices', () => {
  let t: TestApp;
  const today = () => t.clock.today();

  beforeAll(async () => {
    t = await createTestApp();
    const current = monthOf(today());
    const contract = { startDate: `${addMonths(current, -6)}-01`, endDate: `${addMonths(current, 12)}-28`, insuranceExpiresOn: `${addMonths(current, 12)}-28` };
    const a = await makeBillableStudio(t, contract);
    const b = await makeBillableStudio(t, contract);
    // Four months of occupancy up to today: three past months and the current one.
    for (let i = -3; i <= 0; i++) {
      const month = addMonths(current, i);
      await a.book(['A01', 'A02'], `${month}-08`, `${month}-19`);
      await b.book(['C01'], `${month}-03`, `${month}-12`);
    }
    await demoInvoices(t.app, t.dataSource);
  });
  afterAll(() => t.close());

  it('issues and settles past months, issues last month, leaves the current month as a draft', async () => {
    const current = monthOf(today());
    const rows: Array<{ month: string; status: string; n: number }> = await t.dataSource.query(`SELECT month, status, count(*)::int AS n FROM invoice GROUP BY month, status ORDER BY month, status`);
    const by = (month: string) => rows.filter((r) => r.month === month).map((r) => [r.status, r.n]);
    expect(by(addMonths(current, -1))).toEqual([['ISSUED', 2]]);
    expect(by(current)).toEqual([['DRAFT', 2]]);
    // Two and three months back: issued early the next month, paid 2–5 weeks later when that is past.
    for (const month of [addMonths(current, -3), addMonths(current, -2)]) {
      const states = by(month);
      expect(states.reduce((n, [, c]) => n + (c as number), 0)).toBe(2);
      expect(states.every(([s]) => s === 'PAID' || s === 'ISSUED')).toBe(true);
    }
    expect(by(addMonths(current, -3))).toEqual([['PAID', 2]]);
  });

  it('numbers invoices in the order of their dates, each issue date in the following month', async () => {
    const issued: Array<{ number: string; issue_date: string; month: string; paid_on: string | null }> = await t.dataSource.query(
      `SELECT number, issue_date::text, month, paid_on::text FROM invoice WHERE number IS NOT NULL ORDER BY number`,
    );
    expect(issued).toHaveLength(6);
    const dates = issued.map((i) => i.issue_date);
    expect([...dates].sort()).toEqual(dates);
    for (const i of issued) {
      expect(monthOf(i.issue_date) > i.month).toBe(true);
      expect(i.issue_date <= today()).toBe(true);
      if (i.paid_on) expect(i.paid_on >= addDays(i.issue_date, 14) && i.paid_on < today()).toBe(true);
    }
  });

  it('has one partial credit note on an older invoice', async () => {
    const notes: Array<{ number: string; whole_invoice: boolean; status: string }> = await t.dataSource.query(
      `SELECT c.number, c.whole_invoice, i.status FROM credit_note c JOIN invoice i ON i.id = c.invoice_id`,
    );
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ number: expect.stringMatching(/^AV-\d{4}-00001$/), whole_invoice: false });
  });

  it('leaves one invoice of two months back with a down payment only, and every paid invoice with its payment', async () => {
    const partly = await t.dataSource.query(
      `SELECT i.status, i.paid_on, i.total_incl_tax_cents AS total, sum(p.amount_cents)::int AS paid FROM invoice i JOIN invoice_payment p ON p.invoice_id = i.id WHERE p.reference = 'VIR ACOMPTE' GROUP BY i.id`,
    );
    expect(partly).toHaveLength(1);
    expect(partly[0]).toMatchObject({ status: 'ISSUED', paid_on: null });
    expect(partly[0].paid).toBeLessThan(partly[0].total);
    const [{ unpaid }] = await t.dataSource.query(`SELECT count(*)::int AS unpaid FROM invoice i WHERE i.status = 'PAID' AND NOT EXISTS (SELECT 1 FROM invoice_payment p WHERE p.invoice_id = i.id)`);
    expect(unpaid).toBe(0);
  });
});
