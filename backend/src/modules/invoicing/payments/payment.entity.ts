import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { InvoiceEntity } from '../invoice.entity.js';

export enum PaymentMethod {
  TRANSFER = 'TRANSFER',
  DIRECT_DEBIT = 'DIRECT_DEBIT',
  CARD = 'CARD',
  CHEQUE = 'CHEQUE',
}

/**
 * Money received against an issued invoice (all of it, or a part). Never edited: a mistake is
 * corrected by the accountant, the FEC keeps what was recorded. The VAT share is frozen at
 * recording (what the e-reporting of payments declares for VAT on receipts).
 */
@Entity('invoice_payment')
@Check('ck_invoice_payment_amount', `"amount_cents" > 0 AND "vat_cents" >= 0 AND "vat_cents" <= "amount_cents"`)
@Check('ck_invoice_payment_method', `"method" IN ('TRANSFER', 'DIRECT_DEBIT', 'CARD', 'CHEQUE')`)
@Index('ix_invoice_payment_invoice', ['invoiceId', 'receivedOn'])
@Index('ix_invoice_payment_received', ['receivedOn'])
@Index('ix_invoice_payment_studio', ['studioId', 'receivedOn'])
export class InvoicePaymentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) invoiceId: string;
  @ManyToOne(() => InvoiceEntity, { onDelete: 'RESTRICT' }) invoice?: InvoiceEntity;
  /** The invoice's studio, for scoped reads. */
  @Column({ type: 'uuid' }) studioId: string;
  /** The day the money arrived. */
  @Column({ type: 'date' }) receivedOn: string;
  /** Including VAT. */
  @Column({ type: 'integer' }) amountCents: number;
  @Column({ type: 'integer' }) vatRatePct: number;
  /** The VAT part of the amount (its base is amount − VAT). */
  @Column({ type: 'integer' }) vatCents: number;
  @Column({ type: 'text' }) method: PaymentMethod;
  /** Bank reference, cheque number… */
  @Column({ type: 'text', nullable: true }) reference: string | null;
  @Column({ type: 'uuid', nullable: true }) recordedById: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) recordedAt: Date;
}
