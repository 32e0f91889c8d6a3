import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CrewAssignmentEntity } from '../crew/crew-assignment.entity.js';

export enum PassRevokeReason {
  REVOKED = 'REVOKED',
  REISSUED = 'REISSUED',
  UNASSIGNED = 'UNASSIGNED',
  BOOKING_CANCELLED = 'BOOKING_CANCELLED',
  BOOKING_CHANGED = 'BOOKING_CHANGED',
  CREW_REMOVED = 'CREW_REMOVED',
}

/**
 * The access pass of an assignment. Only the SHA-256 of the code is stored: the code has
 * 100 random bits, so the hash reveals nothing usable, and a database leak yields no valid
 * code. The plain code exists only in the answer that created it and in the e-mail.
 */
@Entity('access_pass')
// At most one usable pass per assignment; reissuing revokes the previous one first.
@Index('uq_access_pass_active', ['assignmentId'], { unique: true, where: `"revoked_at" IS NULL` })
export class AccessPassEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) assignmentId: string;
  @ManyToOne(() => CrewAssignmentEntity, { onDelete: 'RESTRICT' }) assignment?: CrewAssignmentEntity;
  /** Hex SHA-256 of the normalised code. */
  @Column({ type: 'text', unique: true }) codeHash: string;
  /** First day 00:00 Europe/Paris. */
  @Column({ type: 'timestamptz' }) validFrom: Date;
  /** Last day 23:59:59 Europe/Paris. */
  @Column({ type: 'timestamptz' }) validTo: Date;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt: Date | null;
  @Column({ type: 'text', nullable: true }) revokeReason: PassRevokeReason | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
