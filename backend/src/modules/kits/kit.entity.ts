import { Check, Column, CreateDateColumn, Entity, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { DeskEntity } from '../site/desk.entity.js';

export enum KitStatus {
  OPERATIONAL = 'OPERATIONAL',
  MAINTENANCE = 'MAINTENANCE',
  RETIRED = 'RETIRED',
}

export enum ComponentType {
  WORKSTATION = 'WORKSTATION',
  MONITOR = 'MONITOR',
  TABLET = 'TABLET',
  PERIPHERAL = 'PERIPHERAL',
}

@Entity('kit')
@Check('ck_kit_status', `"status" IN ('OPERATIONAL', 'MAINTENANCE', 'RETIRED')`)
export class KitEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text', unique: true }) assetTag: string;
  @Column({ type: 'text', default: KitStatus.OPERATIONAL }) status: KitStatus;
  /** The desk the kit stands on; null for a spare. One kit per desk at most. */
  @Column({ type: 'uuid', nullable: true, unique: true }) deskId: string | null;
  @ManyToOne(() => DeskEntity, { onDelete: 'SET NULL', nullable: true }) desk?: DeskEntity | null;
  @Column({ type: 'date' }) purchasedOn: string;
  /** Last day in service (retired kits); null while in service. */
  @Column({ type: 'date', nullable: true }) retiredOn: string | null;
  @OneToMany(() => KitComponentEntity, (c) => c.kit) components?: KitComponentEntity[];
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

@Entity('kit_component')
@Check('ck_kit_component_type', `"type" IN ('WORKSTATION', 'MONITOR', 'TABLET', 'PERIPHERAL')`)
@Check('ck_kit_component_footprint', `"embodied_kg_co2e" >= 0`)
export class KitComponentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) kitId: string;
  @ManyToOne(() => KitEntity, (k) => k.components, { onDelete: 'CASCADE' }) kit?: KitEntity;
  @Column({ type: 'text' }) type: ComponentType;
  @Column({ type: 'text' }) model: string;
  @Column({ type: 'text' }) serialNumber: string;
  @Column({ type: 'numeric', precision: 10, scale: 2, transformer: { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  embodiedKgCo2e: number;
  @Column({ type: 'boolean', default: false }) refurbished: boolean;
  /** Where the embodied figure comes from (ADEME Impact CO2, 2025 update, for the seeded kits). */
  @Column({ type: 'text' }) footprintSource: string;
}
