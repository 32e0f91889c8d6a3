import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DeskEntity } from '../site/desk.entity.js';
import { KitEntity } from './kit.entity.js';

/** Why a kit came onto, or left, a desk. */
export enum KitDeskChange {
  /** Installed when the site was equipped (base data). */
  INSTALLED = 'INSTALLED',
  /** Put on the desk, or taken off it, by `swapKit`. */
  SWAPPED = 'SWAPPED',
  /** Taken off because it was retired. */
  RETIRED = 'RETIRED',
}

/**
 * One stay of a kit on a desk, Europe/Paris days, inclusive; `toDate` is null while the kit
 * is still there. A swap closes the old kit's stay and opens the new one's on the same day.
 */
@Entity('kit_desk_history')
@Check('ck_kit_desk_history_dates', `"to_date" IS NULL OR "to_date" >= "from_date"`)
// A kit stands on one desk at a time, a desk holds one kit at a time.
@Index('uq_kit_desk_history_open_kit', ['kitId'], { unique: true, where: `"to_date" IS NULL` })
@Index('uq_kit_desk_history_open_desk', ['deskId'], { unique: true, where: `"to_date" IS NULL` })
@Index('ix_kit_desk_history_kit', ['kitId', 'fromDate'])
export class KitDeskHistoryEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) kitId: string;
  @ManyToOne(() => KitEntity, { onDelete: 'CASCADE' }) kit?: KitEntity;
  @Column({ type: 'uuid' }) deskId: string;
  @ManyToOne(() => DeskEntity, { onDelete: 'RESTRICT' }) desk?: DeskEntity;
  @Column({ type: 'date' }) fromDate: string;
  @Column({ type: 'date', nullable: true }) toDate: string | null;
  @Column({ type: 'text' }) arrivedBy: KitDeskChange;
  @Column({ type: 'text', nullable: true }) leftBy: KitDeskChange | null;
  /** Who made the change; null for the base data. */
  @Column({ type: 'uuid', nullable: true }) createdById: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
