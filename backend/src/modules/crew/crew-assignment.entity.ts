import { Check, Column, CreateDateColumn, Entity, Exclusion, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { BookingEntity } from '../booking/booking.entity.js';
import { DeskEntity } from '../site/desk.entity.js';
import { StudioEntity } from '../studios/studio.entity.js';
import { CrewMemberEntity } from './crew-member.entity.js';

/** Why an assignment stopped holding its desk. */
export enum AssignmentEndReason {
  UNASSIGNED = 'UNASSIGNED',
  BOOKING_CANCELLED = 'BOOKING_CANCELLED',
  BOOKING_CHANGED = 'BOOKING_CHANGED',
  CREW_REMOVED = 'CREW_REMOVED',
}

/**
 * A crew member on one desk of a booking for a range of days (half-open `daterange`, like
 * booking_desk). While `live`, PostgreSQL itself refuses two people on one desk-day and one
 * person on two desks the same day (two exclusion constraints, btree_gist).
 */
@Entity('crew_assignment')
@Exclusion('ex_crew_assignment_desk_day', `USING gist ("desk_id" WITH =, "days" WITH &&) WHERE ("live")`)
@Exclusion('ex_crew_assignment_member_day', `USING gist ("crew_member_id" WITH =, "days" WITH &&) WHERE ("live")`)
@Check('ck_crew_assignment_days', `NOT isempty("days") AND NOT lower_inf("days") AND NOT upper_inf("days")`)
@Check('ck_crew_assignment_end', `"live" OR "end_reason" IS NOT NULL`)
@Index('ix_crew_assignment_booking', ['bookingId'])
@Index('ix_crew_assignment_member', ['crewMemberId'])
@Index('ix_crew_assignment_studio', ['studioId'])
// GiST (days) WHERE live, for the board's reads of a day: created by its migration.
@Index('ix_crew_assignment_live_days', { synchronize: false })
export class CrewAssignmentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** The booking's studio, which is also the crew member's (checked on assignment). */
  @Column({ type: 'uuid' }) studioId: string;
  @ManyToOne(() => StudioEntity, { onDelete: 'RESTRICT' }) studio?: StudioEntity;
  @Column({ type: 'uuid' }) bookingId: string;
  @ManyToOne(() => BookingEntity, { onDelete: 'RESTRICT' }) booking?: BookingEntity;
  @Column({ type: 'uuid' }) crewMemberId: string;
  @ManyToOne(() => CrewMemberEntity, { onDelete: 'RESTRICT' }) crewMember?: CrewMemberEntity;
  @Column({ type: 'uuid' }) deskId: string;
  @ManyToOne(() => DeskEntity, { onDelete: 'RESTRICT' }) desk?: DeskEntity;
  /** Europe/Paris days, half-open: '[first,last+1)'. */
  @Column({ type: 'daterange' }) days: string;
  @Column({ type: 'boolean', default: true }) live: boolean;
  @Column({ type: 'timestamptz', nullable: true }) endedAt: Date | null;
  @Column({ type: 'text', nullable: true }) endReason: AssignmentEndReason | null;
  @Column({ type: 'uuid', nullable: true }) createdById: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
