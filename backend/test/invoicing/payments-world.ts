import { TestApp } from '../harness.js';
import { draftOf, generate, issue, makeBillableStudio } from './invoicing-world.js';

/** The operations payments, reminders and the accountant's files add, as a client sends them. */
export const PAY = {
  recordPayment: `mutation RecordPayment($input: RecordPaymentInput!) {
  recordPayment(input: $input) { id date amountCents vatCents method reference invoice { id status paidOn balanceDueCents } }
}`,
  invoiceBalance: `query InvoiceBalance($id: ID!) {
  invoice(id: $id) { id number status paidOn totalInclTaxCents balanceDueCents daysOverdue payments { id date amountCents method reference } }
}`,
  overdue: `query Overdue { overdueInvoices { id number balanceDueCents daysOverdue dueDate studio { id } reminders { kind sentOn to language deliveryStatus } } }`,
  account: `query Account($studioId: ID) {
  studioAccount(studioId: $studioId) { studio { id } dueCents overdueCents paidThisYearCents unpaidInvoices { id number balanceDueCents } payments { id date amountCents invoice { id number } } }
}`,
  payments: `query Payments($studioId: ID, $invoiceId: ID, $from: Date, $to: Date) { payments(studioId: $studioId, invoiceId: $invoiceId, from: $from, to: $to) { id date amountCents } }`,
  sendReminders: `mutation SendReminders { sendPaymentReminders { id kind to language } }`,
  creditNote: `mutation CreditNote($input: CreateCreditNoteInput!) { createCreditNote(input: $input) { id number totalInclTaxCents } }`,
  accountingSettings: `query { accountingSettings { customersAccount salesAccount vatCollectedAccount bankAccount salesJournal bankJournal } }`,
  updateAccountingSettings: `mutation Update($input: AccountingSettingsInput!) { updateAccountingSettings(input: $input) { customersAccount salesAccount vatCollectedAccount bankAccount salesJournal bankJournal } }`,
};

/**
 * A studio with one issued invoice for `desks` desks × the week of `monday` (5 open days),
 * issued on the clock's day. Returns the invoice as the API gives it, and the studio's world.
 */
export async function issuedInvoice(t: TestApp, month: string, desks: string[], monday: string, friday: string) {
  const s = await makeBillableStudio(t);
  await s.book(desks, monday, friday);
  const draft = draftOf(await generate(t, month), s.studio.id)!;
  const issued = await issue(t, draft.id);
  return { ...s, invoice: { ...draft, ...issued } };
}

/** Records a payment as the operator; fails the test on an error. */
export async function pay(t: TestApp, invoiceId: string, amountCents: number, date: string, method = 'TRANSFER', reference: string | null = null) {
  const res = await t.gql(PAY.recordPayment, { input: { invoiceId, amountCents, date, method, reference } }, t.operatorToken);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.recordPayment;
}

export const paymentCount = async (t: TestApp): Promise<number> => (await t.dataSource.query(`SELECT count(*)::int AS n FROM invoice_payment`))[0].n;
