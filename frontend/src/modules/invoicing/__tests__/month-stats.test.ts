import { describe, expect, it } from 'vitest';
import { monthStats, type MonthInvoice } from '../month-stats';

const invoice = (over: Partial<MonthInvoice>): MonthInvoice => ({
  status: 'DRAFT', dueDate: null, totalExclTaxCents: 0, balanceDueCents: 0, creditedInclTaxCents: 0, paidCents: 0, ...over,
});

describe('a month of invoices at a glance', () => {
  it('counts drafts and issued invoices apart, with their totals excl. VAT', () => {
    const stats = monthStats([
      invoice({ totalExclTaxCents: 45_000 }),
      invoice({ totalExclTaxCents: 9_000 }),
      invoice({ status: 'ISSUED', dueDate: '2999-01-31', totalExclTaxCents: 90_000, balanceDueCents: 108_000 }),
      invoice({ status: 'PAID', totalExclTaxCents: 22_500, paidCents: 27_000 }),
      invoice({ status: 'CANCELLED', totalExclTaxCents: 13_500, creditedInclTaxCents: 16_200 }),
    ]);
    expect(stats).toEqual({ drafts: 2, draftsTotal: 54_000, issued: 2, issuedTotal: 112_500, toCollect: 108_000, credited: 16_200, overdue: 0, collected: 27_000 });
  });

  it('counts as overdue an issued invoice past its due date, not a paid one', () => {
    const stats = monthStats([
      invoice({ status: 'ISSUED', dueDate: '2020-01-31', balanceDueCents: 5_400 }),
      invoice({ status: 'PAID', dueDate: '2020-01-31', paidCents: 5_400 }),
    ]);
    expect(stats.overdue).toBe(1);
    expect(stats.toCollect).toBe(5_400);
  });

  it('is all zeros for a month without invoices', () => {
    expect(monthStats([])).toEqual({ drafts: 0, draftsTotal: 0, issued: 0, issuedTotal: 0, toCollect: 0, credited: 0, overdue: 0, collected: 0 });
  });
});
