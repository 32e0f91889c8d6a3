import { graphql } from '../../../gql';

/** Contract operation (generateInvoices): makes or refreshes the month's drafts. */
export const GenerateInvoicesMutation = graphql(`
  mutation GenerateInvoices($month: String!) {
    generateInvoices(month: $month) {
      id status month
      studio { id }
      totalExclTaxCents vatCents totalInclTaxCents
      lines { kind description quantity unitPriceCents amountCents booking { id } }
    }
  }
`);

/** Contract operation (issueInvoice). */
export const IssueInvoiceMutation = graphql(`
  mutation IssueInvoice($id: ID!) {
    issueInvoice(id: $id) { id number status issuedAt dueDate }
  }
`);

/** Every draft of a month issued in one transaction (all or none); a month not over asks evenIfMonthNotOver. */
export const IssueMonthDraftsMutation = graphql(`
  mutation IssueMonthDrafts($month: String!, $evenIfMonthNotOver: Boolean) {
    issueMonthDrafts(month: $month, evenIfMonthNotOver: $evenIfMonthNotOver) { id number status issuedAt dueDate }
  }
`);

/** Contract operation (createCreditNote). */
export const CreateCreditNoteMutation = graphql(`
  mutation CreateCreditNote($input: CreateCreditNoteInput!) {
    createCreditNote(input: $input) { id number totalExclTaxCents totalInclTaxCents invoice { id } }
  }
`);

/** The operator's view of a month: every studio's invoice, drafts included. */
export const InvoicingMonthQuery = graphql(`
  query InvoicingMonth($month: String!) {
    invoices(month: $month) {
      id number status month billableDeskDays
      totalExclTaxCents vatCents totalInclTaxCents creditedInclTaxCents balanceDueCents paidCents
      issueDate dueDate paidOn
      studio { id name }
    }
  }
`);

export const InvoiceDetailQuery = graphql(`
  query InvoiceDetail($id: ID!) {
    invoice(id: $id) {
      id number status month pdfUrl
      issueDate dueDate paidOn
      billableDeskDays contractNumbers
      totalExclTaxCents vatRatePct vatCents totalInclTaxCents creditableExclTaxCents creditedInclTaxCents
      balanceDueCents daysOverdue
      payments { ...PaymentFields }
      reminders { id kind sentOn to language deliveryStatus }
      studio { id name legalName }
      lines {
        id kind description quantity unitPriceCents amountCents periodStart periodEnd deskCodes
        booking { id reference productionName }
      }
      creditNotes { id number reason issueDate wholeInvoice totalExclTaxCents vatCents totalInclTaxCents pdfUrl }
    }
  }
`);

/** A studio manager's invoices (issued ones only: the server never shows drafts to a studio). */
export const StudioInvoicesQuery = graphql(`
  query StudioInvoices {
    invoices {
      id number status month issueDate dueDate paidOn pdfUrl billableDeskDays
      totalExclTaxCents vatCents totalInclTaxCents creditedInclTaxCents balanceDueCents daysOverdue
    }
    studioAccount {
      studio { id }
      dueCents overdueCents paidThisYearCents
      payments { ...PaymentFields invoice { id number } }
    }
    creditNotes {
      id number reason issueDate totalExclTaxCents totalInclTaxCents pdfUrl
      invoice { id number }
    }
  }
`);
