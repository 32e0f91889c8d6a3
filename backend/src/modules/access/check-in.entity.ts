import { Check, Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CrewAssignmentEntity } from '../crew/crew-assignment.entity.js';
import { CrewMemberEntity } from '../crew/crew-member.entity.js';
import { DeskEntity } from '../site/desk.entity.js';
import { StudioEntity } from '../studios/studio.entity.js';

/**
 * A crew member's arrival (and departure) at the assigned desk on one day: real occupancy,
 * beside booked occupancy. Kept when the person is anonymised.
 */
@Entity('crew_check_in')
// Not twice the same day, whatever the concurrency.
@Unique('uq_crew_check_in_member_day', ['crewMemberId', 'day'])
@Check('ck_crew_check_in_out_after_in', `"checked_out_at" IS NULL OR "checked_out_at" >= "checked_in_at"`)
@Index('ix_crew_check_in_day', ['day'])
@Index('ix_crew_check_in_assignment', ['assignmentId'])
export class CheckInEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) assignmentId: string;
  @ManyToOne(() => CrewAssignmentEntity, { onDelete: 'RESTRICT' }) assignment?: CrewAssignmentEntity;
  @Column({ type: 'uuid' }) crewMemberId: string;
  @ManyToOne(() => CrewMemberEntity, { onDelete: 'RESTRICT' }) crewMember?: CrewMemberEntity;
  @Column({ type: 'uuid' }) deskId: string;
  @ManyToOne(() => DeskEntity, { onDelete: 'RESTRICT' }) desk?: DeskEntity;
  @Column({ type: 'uuid' }) studioId: string;
  @ManyToOne(() => StudioEntity, { onDelete: 'RESTRICT' }) studio?: StudioEntity;
  /** The Europe/Paris day of the arrival. */
  @Column({ type: 'date' }) day: string;
  @Column({ type: 'timestamptz' }) checkedInAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) checkedOutAt: Date | null;
  /** Closed by the end-of-day job (at 23:59:59 Europe/Paris) rather than by the person. */
  @Column({ type: 'boolean', default: false }) autoClosed: boolean;
}
