import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';

/** Why a session ended before its expiry. */
export enum SessionEndReason {
  LOGOUT = 'LOGOUT',
  PASSWORD_CHANGED = 'PASSWORD_CHANGED',
  PASSWORD_RESET = 'PASSWORD_RESET',
  DISABLED = 'DISABLED',
}

/**
 * One row per sign-in. The token the browser (cookie) or an API client (Bearer) holds carries
 * a random session secret; only its SHA-256 is kept here. Every request checks its row is
 * still live, so ending a session takes effect at once on every app instance.
 */
@Entity('user_session')
@Index('ux_user_session_secret_hash', ['secretHash'], { unique: true })
@Index('ix_user_session_user', ['userId', 'createdAt'])
@Check('ck_user_session_end_reason', `"end_reason" IS NULL OR "end_reason" IN ('LOGOUT', 'PASSWORD_CHANGED', 'PASSWORD_RESET', 'DISABLED')`)
export class UserSessionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) userId: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' }) user?: UserEntity;
  @Column({ type: 'text' }) secretHash: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz' }) expiresAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) endedAt: Date | null;
  @Column({ type: 'text', nullable: true }) endReason: SessionEndReason | null;
  /** Where the sign-in came from: an address the owner signed in from is spared the per-e-mail backoff. */
  @Column({ type: 'text', nullable: true }) address: string | null;
  @Column({ type: 'text', nullable: true }) userAgent: string | null;
}
