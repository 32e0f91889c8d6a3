import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum OutboxStatus {
  /** No SMTP server configured: kept for the operator to read and pass on. */
  HELD = 'HELD',
  /** Waiting for the SMTP sender (written in the same transaction as what caused it). */
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

export interface StoredAttachment {
  filename: string;
  contentType: string;
  contentBase64: string;
}

/** Placeholder in the bodies for the secret (an access code), kept apart so it can be dropped once sent. */
export const SECRET_PLACEHOLDER = '{{secret}}';

/** The context the outbox's secrets are sealed for (see SecretBox). */
export const OUTBOX_SECRET_CONTEXT = 'outbox_message.sealed_secret';

/**
 * Every e-mail the application sends, written in the transaction that causes it (a
 * transactional outbox): delivered by SMTP after commit when FLEX_SMTP_URL is set,
 * otherwise held here for the operator to read in the app.
 */
@Entity('outbox_message')
@Check('ck_outbox_message_status', `"status" IN ('HELD', 'PENDING', 'SENT', 'FAILED')`)
@Index('ix_outbox_message_status', ['status', 'createdAt'])
@Index('ix_outbox_message_crew_member', ['crewMemberId'])
// An event's e-mail to one recipient is written once, however many instances or retries saw the event.
@Index('uq_outbox_message_event_key', ['eventKey'], { unique: true, where: `"event_key" IS NOT NULL` })
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Null once the recipient's personal data was erased. */
  @Column({ type: 'text', nullable: true }) toAddress: string | null;
  @Column({ type: 'text' }) subject: string;
  /** May contain SECRET_PLACEHOLDER where `secret` goes. */
  @Column({ type: 'text' }) textBody: string;
  @Column({ type: 'text', nullable: true }) htmlBody: string | null;
  /**
   * The secret the message carries (an access code, an invitation or reset link's token),
   * sealed with the app's secret key (never stored readable); cleared once delivered, erased,
   * or when it no longer opens anything.
   */
  @Column({ type: 'text', nullable: true }) sealedSecret: string | null;
  @Column({ type: 'text' }) status: OutboxStatus;
  @Column({ type: 'text' }) kind: string;
  @Column({ type: 'uuid', nullable: true }) studioId: string | null;
  @Column({ type: 'uuid', nullable: true }) crewMemberId: string | null;
  /** The access pass whose code `secret` is: cleared when that pass is revoked or expires. */
  @Column({ type: 'uuid', nullable: true }) accessPassId: string | null;
  /** The invitation or reset link whose token `sealedSecret` is: cleared when it is used or replaced. */
  @Column({ type: 'uuid', nullable: true }) accountTokenId: string | null;
  /** What the message is about and to whom, e.g. `booking-confirmed:<id>:<address>`: unique, so it is sent once. */
  @Column({ type: 'text', nullable: true }) eventKey: string | null;
  /** Files sent with the message (a booking's .ics, an invoice's PDF), base64. */
  @Column({ type: 'jsonb', nullable: true }) attachments: StoredAttachment[] | null;
  @Column({ type: 'integer', default: 0 }) attempts: number;
  @Column({ type: 'text', nullable: true }) lastError: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) sentAt: Date | null;
}
