import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per document kind and year (`FLEX` invoices, `AV` credit notes, `CT` contracts,
 * `BK` bookings). The row is locked while a number is taken, so numbers are gap-free.
 */
@Entity('document_counter')
export class DocumentCounterEntity {
  @PrimaryColumn({ type: 'text' }) kind: string;
  @PrimaryColumn({ type: 'integer' }) year: number;
  @Column({ type: 'integer', default: 0 }) lastNumber: number;
}
