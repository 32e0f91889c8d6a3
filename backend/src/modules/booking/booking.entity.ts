import { Check, Column, CreateDateColumn, Entity, Exclusion, Index, ManyToOne, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { StudioEntity } from '../studios/studio.entity.js';
import { ContractEntity } from '../studios/contract.entity.js';
import { DeskEntity } from '../site/desk.entity.js';

/**
 * Stored statuses. `EXPIRED` is written by the sweep (and read as such as soon as
 * `optionExpiresAt` has passed, before the sweep runs).
 */
export enum BookingStatus {
  OPTION = 'OPTION',
  CONFIRMED = 'CONFIRMED',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
}

@Entity('booking')
@Check('ck_booking_status', `"status" IN ('OPTION', 'CONFIRMED', 'CANCELLED', 'EXPIRED')`)
@Check('ck_booking_dates', `"end_date" >= "start_date" AND "end_date" - "start_date" < 366`)
@Check('ck_booking_production', `length(btrim("production_name")) > 0`)
@Check('ck_booking_option_expiry', `"status" <> 'OPTION' OR "option_expires_at" IS NOT NULL`)
@Index('ix_booking_studio_dates', ['studioId', 'startDate', 'endDate'])
// The expiry sweep (every minute, and at the start of every booking transaction) reads live options only.
@Index('ix_booking_option_expiry', ['optionExpiresAt'], { where: `"status" = 'OPTION'` })
export class BookingEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** BK-YYYY-NNNNN */
  @Column({ type: 'text', unique: true }) reference: string;
  @Column({ type: 'uuid' }) studioId: string;
  @ManyToOne(() => StudioEntity, { onDelete: 'RESTRICT' }) studio?: StudioEntity;
  /** The contract that covered the booking when it was made or last changed. */
  @Column({ type: 'uuid' }) contractId: string;
  @ManyToOne(() => ContractEntity, { onDelete: 'RESTRICT' }) contract?: ContractEntity;
  @Column({ type: 'text' }) productionName: string;
  /** First day, inclusive (Europe/Paris calendar date). */
  @Column({ type: 'date' }) startDate: string;
  /** Last day, inclusive. */
  @Column({ type: 'date' }) endDate: string;
  @Column({ type: 'text' }) status: BookingStatus;
  @Column({ type: 'timestamptz', nullable: true }) optionExpiresAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) confirmedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) cancelledAt: Date | null;
  /**
   * Late-cancellation window (Europe/Paris dates, inclusive) whose open desk-days are billed
   * at `lateFeePct` % of the rate; null when the cancellation was free.
   */
  @Column({ type: 'date', nullable: true }) lateFeeFrom: string | null;
  @Column({ type: 'date', nullable: true }) lateFeeTo: string | null;
  @Column({ type: 'integer', nullable: true }) lateFeePct: number | null;
  /** For a cancelled booking: the last day billed at the normal rate (days already past); null if none. */
  @Column({ type: 'date', nullable: true }) billedThrough: string | null;
  @Column({ type: 'uuid', nullable: true }) createdById: string | null;
  @OneToMany(() => BookingDeskEntity, (d) => d.booking) desks?: BookingDeskEntity[];
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/**
 * One desk of a booking over the booking's days, as a half-open `daterange`.
 * `live` is true while the booking holds the desk (OPTION not expired, or CONFIRMED):
 * the exclusion constraint makes PostgreSQL itself refuse two live rows on one desk-day.
 */
@Entity('booking_desk')
@Exclusion('ex_booking_desk_no_double_booking', `USING gist ("desk_id" WITH =, "days" WITH &&) WHERE ("live")`)
@Index('ix_booking_desk_booking', ['bookingId'])
// GiST (days) WHERE live, for range reads: created by its migration (TypeORM cannot declare it).
@Index('ix_booking_desk_live_days', { synchronize: false })
export class BookingDeskEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) bookingId: string;
  @ManyToOne(() => BookingEntity, (b) => b.desks, { onDelete: 'CASCADE' }) booking?: BookingEntity;
  @Column({ type: 'uuid' }) deskId: string;
  @ManyToOne(() => DeskEntity, { onDelete: 'RESTRICT' }) desk?: DeskEntity;
  @Column({ type: 'daterange' }) days: string;
  @Column({ type: 'boolean' }) live: boolean;
  /** Order of the desk in the booking (the allocator's choice, team together first). */
  @Column({ type: 'smallint', default: 0 }) position: number;
}
