import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { KitEntity } from '../../kits/kit.entity.js';
import { StudioEntity } from '../../studios/studio.entity.js';

const numeric = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/**
 * One version of a CO2 factor, appended whenever the operator sets it (never changed): the
 * history the settings page shows, and what an issued statement names.
 */
@Entity('co2_factor_version')
@Check('ck_co2_factor_version_key', `"key" IN ('gridKgPerKwh', 'kwhPerDeskDay', 'referenceKitKg', 'kitLifetimeYears', 'refurbishedFactor')`)
@Index('ix_co2_factor_version_key', ['key', 'id'])
export class Co2FactorVersionEntity {
  @PrimaryGeneratedColumn('increment') id: number;
  @Column({ type: 'text' }) key: string;
  @Column({ type: 'numeric', precision: 14, scale: 6, transformer: numeric }) value: number;
  @Column({ type: 'text' }) source: string;
  @Column({ type: 'uuid', nullable: true }) createdById: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

/** A kit's electricity meter index (kWh, cumulative) as the operator read it on a day. */
@Entity('kit_meter_reading')
@Unique('uq_kit_meter_reading_day', ['kitId', 'readOn'])
@Check('ck_kit_meter_reading_kwh', `"kwh" >= 0`)
export class KitMeterReadingEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) kitId: string;
  @ManyToOne(() => KitEntity, { onDelete: 'CASCADE' }) kit?: KitEntity;
  @Column({ type: 'date' }) readOn: string;
  @Column({ type: 'numeric', precision: 14, scale: 3, transformer: numeric }) kwh: number;
  @Column({ type: 'uuid', nullable: true }) createdById: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

/**
 * An issued carbon statement of one production over a period, frozen like an invoice: the
 * figures, the factor versions and the rendered documents are stored once; the database
 * refuses any change (trigger) and checks the SHA-256 of the French PDF.
 */
@Entity('carbon_statement')
@Check('ck_carbon_statement_period', `"period_to" >= "period_from"`)
@Check('ck_carbon_statement_sha256', `"sha256" = encode(sha256("pdf_fr"), 'hex')`)
@Index('ix_carbon_statement_studio', ['studioId', 'productionName'])
export class CarbonStatementEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** CO2-2027-00001 */
  @Column({ type: 'text', unique: true }) number: string;
  @Column({ type: 'uuid' }) studioId: string;
  @ManyToOne(() => StudioEntity, { onDelete: 'RESTRICT' }) studio?: StudioEntity;
  @Column({ type: 'text' }) productionName: string;
  @Column({ type: 'date' }) periodFrom: string;
  @Column({ type: 'date' }) periodTo: string;
  @Column({ type: 'timestamptz' }) issuedAt: Date;
  /** The computed figures (ProductionFootprint). */
  @Column({ type: 'jsonb' }) figures: Record<string, unknown>;
  /** The factors in force, each with its value, source and version id. */
  @Column({ type: 'jsonb' }) factors: Record<string, unknown>;
  @Column({ type: 'bytea' }) pdfFr: Buffer;
  @Column({ type: 'bytea' }) pdfEn: Buffer;
  @Column({ type: 'text' }) csv: string;
  /** Hex SHA-256 of `pdfFr`. */
  @Column({ type: 'text' }) sha256: string;
  @Column({ type: 'uuid', nullable: true }) createdById: string | null;
}
