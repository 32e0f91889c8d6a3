import { Check, Column, CreateDateColumn, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { StudioEntity } from './studio.entity.js';

export enum ContractStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  TERMINATED = 'TERMINATED',
}

export interface VolumeTier {
  fromDeskDays: number;
  dailyRateCents: number;
}

@Entity('contract')
@Check('ck_contract_status', `"status" IN ('DRAFT', 'ACTIVE', 'TERMINATED')`)
@Check('ck_contract_dates', `"end_date" >= "start_date"`)
@Check('ck_contract_rate', `"daily_rate_cents" >= 0`)
@Check('ck_contract_max_desks', `"max_desks" > 0`)
@Check('ck_contract_fee_pct', `"late_cancellation_fee_pct" BETWEEN 0 AND 100`)
@Check('ck_contract_notice', `"cancellation_notice_days" >= 0`)
export class ContractEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** CT-YYYY-NNN */
  @Column({ type: 'text', unique: true }) number: string;
  @Column({ type: 'uuid' }) studioId: string;
  @ManyToOne(() => StudioEntity, { onDelete: 'RESTRICT' }) studio?: StudioEntity;
  @Column({ type: 'text', default: ContractStatus.DRAFT }) status: ContractStatus;
  @Column({ type: 'date' }) startDate: string;
  @Column({ type: 'date' }) endDate: string;
  @Column({ type: 'integer' }) dailyRateCents: number;
  /** Sorted by fromDeskDays; the highest tier reached applies to every desk-day of the month. */
  @Column({ type: 'jsonb', default: () => `'[]'` }) volumeTiers: VolumeTier[];
  @Column({ type: 'integer' }) maxDesks: number;
  @Column({ type: 'text' }) insurancePolicyRef: string;
  @Column({ type: 'date' }) insuranceExpiresOn: string;
  @Column({ type: 'integer', default: 14 }) cancellationNoticeDays: number;
  @Column({ type: 'integer', default: 50 }) lateCancellationFeePct: number;
  @Column({ type: 'timestamptz', nullable: true }) activatedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) terminatedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
