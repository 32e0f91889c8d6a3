import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '../../common/graphql/date.scalar.js';
import { CreditNoteEntity, InvoiceEntity, InvoiceLineEntity, InvoiceStatus } from './invoice.entity.js';
import { InvoiceLineKind } from './rules/invoice-lines.js';

registerEnumType(InvoiceStatus, {
  name: 'InvoiceStatus',
  description: 'DRAFT (refreshed by each generation, no number), ISSUED (numbered, frozen), PAID, CANCELLED (wholly cancelled by a credit note).',
});
registerEnumType(InvoiceLineKind, { name: 'InvoiceLineKind', description: 'DESK_DAYS: desk-days at the rate; LATE_CANCELLATION: late-cancellation fee days.' });

export const invoicePdfUrl = (id: string) => `/api/invoices/${id}/pdf`;
export const creditNotePdfUrl = (id: string) => `/api/credit-notes/${id}/pdf`;

@ObjectType('InvoiceLine')
export class InvoiceLineModel {
  @Field(() => ID) id: string;
  @Field(() => InvoiceLineKind) kind: InvoiceLineKind;
  @Field({ description: 'Production, booking reference, billed days and desks (French, as printed).' }) description: string;
  @Field(() => Int, { description: 'Desk-days.' }) quantity: number;
  @Field(() => Int) unitPriceCents: number;
  @Field(() => Int, { description: 'quantity × unitPriceCents.' }) amountCents: number;
  @Field(() => DateScalar, { description: 'First day billed on the line.' }) periodStart: string;
  @Field(() => DateScalar, { description: 'Last day billed on the line.' }) periodEnd: string;
  @Field(() => [String], { description: 'Desks billed on the line, by code.' }) deskCodes: string[];
  bookingId: string;
  studioId: string;

  static from(e: InvoiceLineEntity, studioId: string): InvoiceLineModel {
    return Object.assign(new InvoiceLineModel(), {
      id: e.id,
      kind: e.kind,
      description: e.description,
      quantity: e.quantity,
      unitPriceCents: e.unitPriceCents,
      amountCents: e.amountCents,
      periodStart: e.periodStart,
      periodEnd: e.periodEnd,
      deskCodes: e.deskCodes,
      bookingId: e.bookingId,
      studioId,
    });
  }
}

@ObjectType('Invoice', { description: "A studio's monthly invoice for its desk occupancy. Amounts in cents." })
export class InvoiceModel {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true, description: 'FLEX-YYYY-NNNNN once issued; null for a draft.' }) number: string | null;
  @Field(() => InvoiceStatus) status: InvoiceStatus;
  @Field({ description: 'YYYY-MM' }) month: string;
  @Field(() => Int) totalExclTaxCents: number;
  @Field(() => Int, { description: 'VAT rate in percent.' }) vatRatePct: number;
  @Field(() => Int) vatCents: number;
  @Field(() => Int) totalInclTaxCents: number;
  @Field(() => Int, { description: "The studio's open desk-days of the month billed at the rate (what decides the volume tier)." }) billableDeskDays: number;
  @Field(() => [String], { description: 'Contracts the lines are billed under.' }) contractNumbers: string[];
  @Field(() => Date, { nullable: true }) issuedAt: Date | null;
  @Field(() => DateScalar, { nullable: true }) issueDate: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Issue date + 30 days.' }) dueDate: string | null;
  @Field(() => DateScalar, { nullable: true }) paidOn: string | null;
  @Field({
    description:
      'Where to download the PDF (GET, same bearer token). For an issued invoice: the Factur-X PDF (EN 16931, CII XML embedded) stored at issue, never changed (header X-Content-SHA256); for a draft, a preview marked as such.',
  })
  pdfUrl: string;
  studioId: string;

  static from(e: InvoiceEntity): InvoiceModel {
    return Object.assign(new InvoiceModel(), {
      id: e.id,
      number: e.number,
      status: e.status,
      month: e.month,
      totalExclTaxCents: e.totalExclTaxCents,
      vatRatePct: e.vatRatePct,
      vatCents: e.vatCents,
      totalInclTaxCents: e.totalInclTaxCents,
      billableDeskDays: e.billableDeskDays,
      contractNumbers: e.contractNumbers,
      issuedAt: e.issuedAt,
      issueDate: e.issueDate,
      dueDate: e.dueDate,
      paidOn: e.paidOn,
      pdfUrl: invoicePdfUrl(e.id),
      studioId: e.studioId,
    });
  }
}

@ObjectType('CreditNote', { description: 'A credit note (avoir) AV-YYYY-NNNNN against an issued invoice. Amounts in cents, positive.' })
export class CreditNoteModel {
  @Field(() => ID) id: string;
  @Field() number: string;
  @Field() reason: string;
  @Field({ description: 'True when it cancels the rest of the invoice (the invoice is then CANCELLED).' }) wholeInvoice: boolean;
  @Field(() => Int) totalExclTaxCents: number;
  @Field(() => Int) vatRatePct: number;
  @Field(() => Int) vatCents: number;
  @Field(() => Int) totalInclTaxCents: number;
  @Field(() => Date) issuedAt: Date;
  @Field(() => DateScalar) issueDate: string;
  @Field() pdfUrl: string;
  invoiceId: string;
  studioId: string;

  static from(e: CreditNoteEntity): CreditNoteModel {
    return Object.assign(new CreditNoteModel(), {
      id: e.id,
      number: e.number,
      reason: e.reason,
      wholeInvoice: e.wholeInvoice,
      totalExclTaxCents: e.totalExclTaxCents,
      vatRatePct: e.vatRatePct,
      vatCents: e.vatCents,
      totalInclTaxCents: e.totalInclTaxCents,
      issuedAt: e.issuedAt,
      issueDate: e.issueDate,
      pdfUrl: creditNotePdfUrl(e.id),
      invoiceId: e.invoiceId,
      studioId: e.studioId,
    });
  }
}
