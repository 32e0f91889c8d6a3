import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { OutboxMessageEntity } from '../../mail/outbox-message.entity.js';
import { InvoiceEntity } from '../invoice.entity.js';

export enum ReminderKind {
  /** The day after the due date. */
  FIRST = 'FIRST',
  /** 15 days after the first. */
  SECOND = 'SECOND',
}

/**
 * A reminder e-mail sent for an overdue invoice. One row per invoice and kind (unique), written
 * in the same transaction as its outbox message: however many instances run the reminder job
 * at once, each reminder is sent once.
 */
@Entity('payment_reminder')
@Unique('uq_payment_reminder_invoice_kind', ['invoiceId', 'kind'])
@Check('ck_payment_reminder_kind', `"kind" IN ('FIRST', 'SECOND')`)
@Check('ck_payment_reminder_language', `"language" IN ('fr', 'en')`)
@Index('ix_payment_reminder_sent', ['sentOn'])
export class PaymentReminderEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) invoiceId: string;
  @ManyToOne(() => InvoiceEntity, { onDelete: 'RESTRICT' }) invoice?: InvoiceEntity;
  @Column({ type: 'text' }) kind: ReminderKind;
  /** The day (Europe/Paris) it was sent. */
  @Column({ type: 'date' }) sentOn: string;
  @Column({ type: 'text' }) toAddress: string;
  @Column({ type: 'text' }) language: string;
  /** What was still due when it was sent. */
  @Column({ type: 'integer' }) balanceDueCents: number;
  @Column({ type: 'uuid', nullable: true }) outboxMessageId: string | null;
  @ManyToOne(() => OutboxMessageEntity, { onDelete: 'SET NULL', nullable: true }) outboxMessage?: OutboxMessageEntity | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
