import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CrewAssignmentEntity } from '../crew/crew-assignment.entity.js';

/** The context access codes are sealed for (see SecretBox). */
export const PASS_CODE_CONTEXT = 'access_pass.sealed_code';

export enum PassRevokeReason {
  REVOKED = 'REVOKED',
  REISSUED = 'REISSUED',
  UNASSIGNED = 'UNASSIGNED',
  BOOKING_CANCELLED = 'BOOKING_CANCELLED',
  BOOKING_CHANGED = 'BOOKING_CHANGED',
  CREW_REMOVED = 'CREW_REMOVED',
}

/**
 * The access pass of an assignment. The door checks the SHA-256 of the code (100 random bits:
 * the hash reveals nothing usable). So that the crew member and the studio's manager can show
 * the pass again, the code is also kept sealed (AES-GCM with FLEX_SECRET_KEY), never readable;
 * a database leak without the key yields no valid code.
 */
@Entity('access_pass')
// At most one usable pass per assignment; reissuing revokes the previous one first.
@Index('uq_access_pass_active', ['assignmentId'], { unique: true, where: `"revoked_at" IS NULL` })
@Index('uq_access_pass_link_token', ['linkTokenHash'], { unique: true, where: `"link_token_hash" IS NOT NULL` })
export class AccessPassEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) assignmentId: string;
  @ManyToOne(() => CrewAssignmentEntity, { onDelete: 'RESTRICT' }) assignment?: CrewAssignmentEntity;
  /** Hex SHA-256 of the normalised code. */
  @Column({ type: 'text', unique: true }) codeHash: string;
  /** The code sealed with the app's secret key (PASS_CODE_CONTEXT), so the pass can be shown again; cleared once revoked. Null for passes made before. */
  @Column({ type: 'text', nullable: true }) sealedCode: string | null;
  /** SHA-256 of the token of the pass link e-mailed to the crew member (opens the pass without signing in). */
  @Column({ type: 'text', nullable: true }) linkTokenHash: string | null;
  /** First day 00:00 Europe/Paris. */
  @Column({ type: 'timestamptz' }) validFrom: Date;
  /** Last day 23:59:59 Europe/Paris. */
  @Column({ type: 'timestamptz' }) validTo: Date;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt: Date | null;
  @Column({ type: 'text', nullable: true }) revokeReason: PassRevokeReason | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
