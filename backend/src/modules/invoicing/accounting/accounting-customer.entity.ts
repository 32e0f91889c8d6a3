import { Column, CreateDateColumn, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { StudioEntity } from '../../studios/studio.entity.js';

/**
 * A studio's auxiliary (subsidiary ledger) account under the customers' account, given once,
 * the first time an accounting export needs it, and never changed: the accountant's ledger
 * follows it from one FEC to the next.
 */
@Entity('accounting_customer')
export class AccountingCustomerEntity {
  @PrimaryColumn({ type: 'uuid' }) studioId: string;
  @ManyToOne(() => StudioEntity, { onDelete: 'RESTRICT' }) studio?: StudioEntity;
  /** e.g. C00012. */
  @Column({ type: 'text', unique: true }) code: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
