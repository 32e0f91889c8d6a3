import { Check, Column, CreateDateColumn, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreditNoteEntity, InvoiceEntity } from './invoice.entity.js';

export enum IssuedDocumentKind {
  INVOICE = 'INVOICE',
  CREDIT_NOTE = 'CREDIT_NOTE',
}

/**
 * The Factur-X PDF of an issued invoice or credit note, rendered once (at issue) and served
 * unchanged ever after: French law keeps an issued invoice unaltered for 10 years. The database
 * refuses to change or delete a row (trigger), and checks that the SHA-256 is the PDF's.
 */
@Entity('issued_document')
@Check(
  'ck_issued_document_target',
  `("kind" = 'INVOICE' AND "invoice_id" IS NOT NULL AND "credit_note_id" IS NULL) OR ("kind" = 'CREDIT_NOTE' AND "credit_note_id" IS NOT NULL AND "invoice_id" IS NULL)`,
)
@Check('ck_issued_document_sha256', `"sha256" = encode(sha256("pdf"), 'hex')`)
export class IssuedDocumentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) kind: IssuedDocumentKind;
  @Column({ type: 'uuid', nullable: true, unique: true }) invoiceId: string | null;
  @ManyToOne(() => InvoiceEntity, { onDelete: 'RESTRICT' }) invoice?: InvoiceEntity;
  @Column({ type: 'uuid', nullable: true, unique: true }) creditNoteId: string | null;
  @ManyToOne(() => CreditNoteEntity, { onDelete: 'RESTRICT' }) creditNote?: CreditNoteEntity;
  /** FLEX-2026-00001.pdf */
  @Column({ type: 'text' }) filename: string;
  @Column({ type: 'bytea' }) pdf: Buffer;
  /** The CII XML embedded in the PDF as factur-x.xml. */
  @Column({ type: 'text' }) xml: string;
  /** Hex SHA-256 of `pdf`. */
  @Column({ type: 'text' }) sha256: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
