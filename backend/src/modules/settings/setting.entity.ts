import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Operator-editable settings (CO2 factors, seller identity, …) as JSON values by key. */
@Entity('setting')
export class SettingEntity {
  @PrimaryColumn({ type: 'text' }) key: string;
  @Column({ type: 'jsonb' }) value: unknown;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
