import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { BookingEntity } from '../booking/booking.entity.js';
import { StudioEntity } from '../studios/studio.entity.js';
import { InvoiceLineKind } from './rules/invoice-lines.js';
import type { PartyIdentity } from './seller-identity.js';

export enum InvoiceStatus {
  DRAFT = 'DRAFT',
  ISSUED = 'ISSUED',
  PAID = 'PAID',
  /** Wholly cancelled by credit notes. */
  CANCELLED = 'CANCELLED',
}

/**
 * A studio's invoice for a month. A DRAFT is refreshed by each generation and has no number;
 * issuing freezes it (lines, rates, buyer and seller identity) and numbers it FLEX-YYYY-NNNNN.
 * At most one DRAFT per studio and month (partial unique index).
 */
@Entity('invoice')
@Check('ck_invoice_status', `"status" IN ('DRAFT', 'ISSUED', 'PAID', 'CANCELLED')`)
@Check('ck_invoice_month', `"month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`)
@Check('ck_invoice_number', `("status" = 'DRAFT') = ("number" IS NULL)`)
@Check('ck_invoice_issued', `"status" = 'DRAFT' OR ("issue_date" IS NOT NULL AND "due_date" IS NOT NULL AND "issued_at" IS NOT NULL AND "seller" IS NOT NULL AND "buyer" IS NOT NULL)`)
@Check('ck_invoice_paid', `("status" <> 'PAID' OR "paid_on" IS NOT NULL) AND ("paid_on" IS NULL OR "status" IN ('PAID', 'CANCELLED'))`)
@Check('ck_invoice_totals', `"total_incl_tax_cents" = "total_excl_tax_cents" + "vat_cents" AND "total_excl_tax_cents" >= 0 AND "vat_cents" >= 0`)
@Index('uq_invoice_draft_studio_month', ['studioId', 'month'], { unique: true, where: `"status" = 'DRAFT'` })
@Index('ix_invoice_month', ['month', 'studioId'])
export class InvoiceEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** FLEX-YYYY-NNNNN, given at issue. */
  @Column({ type: 'text', nullable: true, unique: true }) number: string | null;
  @Column({ type: 'uuid' }) studioId: string;
  @ManyToOne(() => StudioEntity, { onDelete: 'RESTRICT' }) studio?: StudioEntity;
  /** 'YYYY-MM': the month of occupancy billed. */
  @Column({ type: 'text' }) month: string;
  @Column({ type: 'text', default: InvoiceStatus.DRAFT }) status: InvoiceStatus;
  @Column({ type: 'integer', default: 0 }) totalExclTaxCents: number;
  @Column({ type: 'integer', default: 20 }) vatRatePct: number;
  @Column({ type: 'integer', default: 0 }) vatCents: number;
  @Column({ type: 'integer', default: 0 }) totalInclTaxCents: number;
  /** The studio's open desk-days of the month billed at the rate (what the volume tier looked at). */
  @Column({ type: 'integer', default: 0 }) billableDeskDays: number;
  /** Numbers of the contracts the lines are billed under. */
  @Column({ type: 'jsonb', default: () => `'[]'` }) contractNumbers: string[];
  @Column({ type: 'timestamptz', nullable: true }) issuedAt: Date | null;
  @Column({ type: 'date', nullable: true }) issueDate: string | null;
  @Column({ type: 'date', nullable: true }) dueDate: string | null;
  @Column({ type: 'date', nullable: true }) paidOn: string | null;
  /** Identities as they were at issue (the document never changes afterwards). */
  @Column({ type: 'jsonb', nullable: true }) seller: PartyIdentity | null;
  @Column({ type: 'jsonb', nullable: true }) buyer: PartyIdentity | null;
  @Column({ type: 'uuid', nullable: true }) issuedById: string | null;
  @OneToMany(() => InvoiceLineEntity, (l) => l.invoice) lines?: InvoiceLineEntity[];
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

@Entity('invoice_line')
@Check('ck_invoice_line_kind', `"kind" IN ('DESK_DAYS', 'LATE_CANCELLATION')`)
@Check('ck_invoice_line_amount', `"amount_cents" = "quantity" * "unit_price_cents" AND "quantity" > 0 AND "unit_price_cents" >= 0`)
@Index('ix_invoice_line_invoice', ['invoiceId', 'position'])
@Index('ix_invoice_line_booking', ['bookingId'])
export class InvoiceLineEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) invoiceId: string;
  @ManyToOne(() => InvoiceEntity, (i) => i.lines, { onDelete: 'CASCADE' }) invoice?: InvoiceEntity;
  @Column({ type: 'smallint' }) position: number;
  @Column({ type: 'text' }) kind: InvoiceLineKind;
  @Column({ type: 'uuid' }) bookingId: string;
  @ManyToOne(() => BookingEntity, { onDelete: 'RESTRICT' }) booking?: BookingEntity;
  @Column({ type: 'text' }) description: string;
  /** Desk-days. */
  @Column({ type: 'integer' }) quantity: number;
  @Column({ type: 'integer' }) unitPriceCents: number;
  @Column({ type: 'integer' }) amountCents: number;
  /** First and last day billed on the line, and the desks. */
  @Column({ type: 'date' }) periodStart: string;
  @Column({ type: 'date' }) periodEnd: string;
  @Column({ type: 'jsonb', default: () => `'[]'` }) deskCodes: string[];
}

/**
 * A credit note (avoir) AV-YYYY-NNNNN against an issued invoice: the only way to correct or
 * cancel one. Never more, in total, than the invoice's amount.
 */
@Entity('credit_note')
@Check('ck_credit_note_amounts', `"total_excl_tax_cents" > 0 AND "vat_cents" >= 0 AND "total_incl_tax_cents" = "total_excl_tax_cents" + "vat_cents"`)
@Check('ck_credit_note_reason', `length(btrim("reason")) > 0`)
@Index('ix_credit_note_invoice', ['invoiceId'])
@Index('ix_credit_note_studio', ['studioId'])
export class CreditNoteEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text', unique: true }) number: string;
  @Column({ type: 'uuid' }) invoiceId: string;
  @ManyToOne(() => InvoiceEntity, { onDelete: 'RESTRICT' }) invoice?: InvoiceEntity;
  @Column({ type: 'uuid' }) studioId: string;
  @ManyToOne(() => StudioEntity, { onDelete: 'RESTRICT' }) studio?: StudioEntity;
  @Column({ type: 'text' }) reason: string;
  /** The whole remaining amount of the invoice was credited. */
  @Column({ type: 'boolean' }) wholeInvoice: boolean;
  @Column({ type: 'integer' }) totalExclTaxCents: number;
  @Column({ type: 'integer' }) vatRatePct: number;
  @Column({ type: 'integer' }) vatCents: number;
  @Column({ type: 'integer' }) totalInclTaxCents: number;
  @Column({ type: 'timestamptz' }) issuedAt: Date;
  @Column({ type: 'date' }) issueDate: string;
  @Column({ type: 'jsonb' }) seller: PartyIdentity;
  @Column({ type: 'jsonb' }) buyer: PartyIdentity;
  @Column({ type: 'uuid', nullable: true }) issuedById: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
