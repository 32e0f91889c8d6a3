import type { InvoiceStatus } from '../../gql/graphql';
import { displayStatus } from './components/status';

export interface MonthInvoice {
  status: InvoiceStatus;
  dueDate: string | null;
  totalExclTaxCents: number;
  balanceDueCents: number;
  creditedInclTaxCents: number;
  paidCents: number;
}

export type MonthStats = ReturnType<typeof monthStats>;

/** A month's invoicing at a glance: drafts and issued (count, total excl. VAT), owed, credited, overdue, collected. */
export function monthStats(invoices: readonly MonthInvoice[]) {
  const sum = (list: readonly MonthInvoice[], pick: (i: MonthInvoice) => number) => list.reduce((s, i) => s + pick(i), 0);
  const drafts = invoices.filter((i) => i.status === 'DRAFT');
  const issued = invoices.filter((i) => i.status === 'ISSUED' || i.status === 'PAID');
  return {
    drafts: drafts.length,
    draftsTotal: sum(drafts, (i) => i.totalExclTaxCents),
    issued: issued.length,
    issuedTotal: sum(issued, (i) => i.totalExclTaxCents),
    // What is still owed: issued invoices less their credit notes and the payments received.
    toCollect: sum(invoices, (i) => i.balanceDueCents),
    credited: sum(invoices, (i) => i.creditedInclTaxCents),
    overdue: invoices.filter((i) => displayStatus(i.status, i.dueDate) === 'OVERDUE').length,
    // Received so far on the month's invoices (fully or in part).
    collected: sum(invoices, (i) => i.paidCents),
  };
}
