import { graphql } from '../../../gql';

export const PaymentFieldsFragment = graphql(`
  fragment PaymentFields on Payment { id date amountCents method reference }
`);

/** Records money received; the invoice comes back with its new status, balance and payments (the cache updates the panel). */
export const RecordPaymentMutation = graphql(`
  mutation RecordPayment($input: RecordPaymentInput!) {
    recordPayment(input: $input) {
      ...PaymentFields
      invoice { id status paidOn balanceDueCents paidCents daysOverdue payments { ...PaymentFields } }
    }
  }
`);

/** The operator's overdue invoices with the reminders already sent. */
export const OverdueInvoicesQuery = graphql(`
  query OverdueInvoices {
    overdueInvoices {
      id number month issueDate dueDate totalInclTaxCents balanceDueCents daysOverdue
      studio { id name contactEmail language }
      reminders { id kind sentOn to language deliveryStatus }
    }
  }
`);

export const SendPaymentRemindersMutation = graphql(`
  mutation SendPaymentReminders {
    sendPaymentReminders { id kind sentOn to language deliveryStatus }
  }
`);
