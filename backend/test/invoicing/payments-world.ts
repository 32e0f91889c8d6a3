import { TestApp } from '../harness.js';
import { draftOf, generate, issue, makeBillableStudio } from './invoicing-world.js';
import { AccountDocument, AccountingSettingsDocument, CreditNoteDocument, InvoiceBalanceDocument, OverdueDocument, PaymentMethod, PaymentsDocument, RecordPaymentPaymentsWorldDocument, SendRemindersDocument, UpdateDocument } from '../documents.js';

/** The operations payments, reminders and the accountant's files add, as a client sends them. */
export const PAY = {
  recordPayment: RecordPaymentPaymentsWorldDocument,
  invoiceBalance: InvoiceBalanceDocument,
  overdue: OverdueDocument,
  account: AccountDocument,
  payments: PaymentsDocument,
  sendReminders: SendRemindersDocument,
  creditNote: CreditNoteDocument,
  accountingSettings: AccountingSettingsDocument,
  updateAccountingSettings: UpdateDocument,
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
export async function pay(t: TestApp, invoiceId: string, amountCents: number, date: string, method: PaymentMethod = 'TRANSFER', reference: string | null = null) {
  const res = await t.gql(PAY.recordPayment, { input: { invoiceId, amountCents, date, method, reference } }, t.operatorToken);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.recordPayment;
}

export const paymentCount = async (t: TestApp): Promise<number> => (await t.dataSource.query(`SELECT count(*)::int AS n FROM invoice_payment`))[0].n;
