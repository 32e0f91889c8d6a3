import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Fixed-window counters of the rate limits (door attempts per address, sign-in failures per
 * e-mail and address…), in PostgreSQL so every app instance counts into the same window.
 * Keys holding an e-mail or an address are hashed.
 */
@Entity('rate_limit_window')
@Index('ix_rate_limit_window_started', ['windowStartedAt'])
export class RateLimitWindowEntity {
  @PrimaryColumn({ type: 'text' }) key: string;
  @Column({ type: 'integer' }) hits: number;
  @Column({ type: 'timestamptz' }) windowStartedAt: Date;
}

/**
 * The per-e-mail sign-in backoff: after a few failures, each next attempt from an address the
 * owner never signed in from waits twice as long as the one before (capped).
 */
@Entity('sign_in_backoff')
@Index('ix_sign_in_backoff_last_failure', ['lastFailureAt'])
export class SignInBackoffEntity {
  /** SHA-256 of the lower-cased e-mail. */
  @PrimaryColumn({ type: 'text' }) emailHash: string;
  @Column({ type: 'integer' }) failures: number;
  @Column({ type: 'timestamptz' }) lastFailureAt: Date;
}
