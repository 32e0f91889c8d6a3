import { useMutation, useQuery } from '@apollo/client/react';
import { OutboxQuery } from '../../crew/graphql/crew';
import { useRefresh } from '../../../lib/refresh';
import {
  CreateCreditNoteMutation, GenerateInvoicesMutation, InvoiceDetailQuery, InvoicingMonthQuery, IssueInvoiceMutation, IssueMonthDraftsMutation, StudioInvoicesQuery,
} from '../graphql/invoicing';
import { OverdueInvoicesQuery, SendPaymentRemindersMutation } from '../graphql/payments';

/**
 * What invoicing changes show up in, refreshed by name where on screen (lib/refresh.ts): an
 * invoice generated, issued or credited changes the month's list, its panel, the studio's
 * invoices and the overdue list.
 */
export const INVOICE_VIEWS = [InvoicingMonthQuery, InvoiceDetailQuery, StudioInvoicesQuery, OverdueInvoicesQuery];

/** Reminders sent: the overdue list (their count and date) and the outbox (the e-mails). */
export const REMINDER_VIEWS = [OverdueInvoicesQuery, OutboxQuery];

/** The invoices of a month (the operator). */
export function useInvoicingMonth(month: string) {
  return useQuery(InvoicingMonthQuery, { variables: { month }, fetchPolicy: 'cache-and-network' });
}

/** One invoice with its lines, documents, credit notes and payments. */
export function useInvoiceDetail(id: string) {
  return useQuery(InvoiceDetailQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
}

/** A studio manager's invoices and credit notes. */
export function useStudioInvoices() {
  return useQuery(StudioInvoicesQuery, { fetchPolicy: 'cache-and-network' });
}

/** Issued invoices past their due date with a balance left. */
export function useOverdueInvoices() {
  return useQuery(OverdueInvoicesQuery, { fetchPolicy: 'cache-and-network' });
}

/** Generates (or regenerates) the month's drafts. */
export function useGenerateInvoices() {
  return useMutation(GenerateInvoicesMutation, useRefresh(INVOICE_VIEWS));
}

/** Issues a draft: it gets its number, its due date and its frozen PDF. */
export function useIssueInvoice() {
  return useMutation(IssueInvoiceMutation, useRefresh(INVOICE_VIEWS));
}

/** Issues every draft of a month at once (all or none, numbered one after the other). */
export function useIssueMonthDrafts() {
  return useMutation(IssueMonthDraftsMutation, useRefresh(INVOICE_VIEWS));
}

/** Credits an issued invoice, in part or all that remains. */
export function useCreateCreditNote() {
  return useMutation(CreateCreditNoteMutation, useRefresh(INVOICE_VIEWS));
}

/** Sends the reminders due now. */
export function useSendPaymentReminders() {
  return useMutation(SendPaymentRemindersMutation, useRefresh(REMINDER_VIEWS));
}
