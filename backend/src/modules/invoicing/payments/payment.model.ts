import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '../../../common/graphql/date.scalar.js';
import { StudioModel } from '../../studios/studio.model.js';
import { InvoiceModel } from '../invoice.model.js';
import { InvoicePaymentEntity, PaymentMethod } from './payment.entity.js';

registerEnumType(PaymentMethod, { name: 'PaymentMethod', description: 'TRANSFER (bank transfer), DIRECT_DEBIT, CARD, CHEQUE.' });

@ObjectType('Payment', { description: 'Money received against an issued invoice. Amounts in cents, including VAT.' })
export class PaymentModel {
  @Field(() => ID) id: string;
  @Field(() => DateScalar, { description: 'The day the money arrived.' }) date: string;
  @Field(() => Int) amountCents: number;
  @Field(() => Int) vatRatePct: number;
  @Field(() => Int, { description: 'The VAT part of the amount (VAT on receipts), in proportion to the invoice\'s VAT.' }) vatCents: number;
  @Field(() => PaymentMethod) method: PaymentMethod;
  @Field(() => String, { nullable: true }) reference: string | null;
  @Field(() => Date) recordedAt: Date;
  invoiceId: string;
  studioId: string;

  static from(e: InvoicePaymentEntity): PaymentModel {
    return Object.assign(new PaymentModel(), {
      id: e.id,
      date: e.receivedOn,
      amountCents: e.amountCents,
      vatRatePct: e.vatRatePct,
      vatCents: e.vatCents,
      method: e.method,
      reference: e.reference,
      recordedAt: e.recordedAt,
      invoiceId: e.invoiceId,
      studioId: e.studioId,
    });
  }
}

@ObjectType('StudioAccount', { description: "What a studio owes and has paid: its unpaid invoices and its payments. Amounts in cents, including VAT." })
export class StudioAccountModel {
  @Field(() => StudioModel) studio: StudioModel;
  @Field(() => Int, { description: 'Still due on its issued invoices (after credit notes and payments).' }) dueCents: number;
  @Field(() => Int, { description: 'The part of dueCents whose due date has passed.' }) overdueCents: number;
  @Field(() => Int, { description: 'Received since 1 January of this year.' }) paidThisYearCents: number;
  @Field(() => [InvoiceModel], { description: 'Issued invoices with something due, oldest due date first.' }) unpaidInvoices: InvoiceModel[];
  @Field(() => [PaymentModel], { description: 'Payments of the last 12 months, newest first.' }) payments: PaymentModel[];
}
