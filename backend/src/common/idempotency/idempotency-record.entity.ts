import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The first result of a mutation sent with an idempotency key, per user. */
@Entity('idempotency_record')
export class IdempotencyRecordEntity {
  @PrimaryColumn({ type: 'uuid' }) userId: string;
  @PrimaryColumn({ type: 'text' }) key: string;
  @Column({ type: 'text' }) operation: string;
  /** Id of the entity the first call produced. */
  @Column({ type: 'uuid' }) resultId: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
