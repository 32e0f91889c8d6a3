import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './user.entity.js';

export enum AccountTokenPurpose {
  /** A new account sets its first password (7 days). */
  INVITATION = 'INVITATION',
  /** The operator sent a reset: the user sets a new password (1 hour). */
  PASSWORD_RESET = 'PASSWORD_RESET',
}

/**
 * The one-time link of an invitation or a password reset. Only the token's SHA-256 is kept;
 * the link itself goes by e-mail (sealed in the outbox while it waits).
 */
@Entity('account_token')
@Index('ux_account_token_hash', ['tokenHash'], { unique: true })
@Index('ix_account_token_user', ['userId'])
@Check('ck_account_token_purpose', `"purpose" IN ('INVITATION', 'PASSWORD_RESET')`)
export class AccountTokenEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) userId: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' }) user?: UserEntity;
  @Column({ type: 'text' }) purpose: AccountTokenPurpose;
  @Column({ type: 'text' }) tokenHash: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz' }) expiresAt: Date;
  /** Used, or replaced by a newer link: it opens nothing any more. */
  @Column({ type: 'timestamptz', nullable: true }) usedAt: Date | null;
}
