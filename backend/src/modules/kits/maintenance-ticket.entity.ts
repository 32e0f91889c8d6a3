import { Check, Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';
import { KitEntity } from './kit.entity.js';

export enum TicketSeverity {
  LOW = 'LOW',
  HIGH = 'HIGH',
  /** The kit cannot be worked on: it goes into MAINTENANCE and its desk out of service. */
  BLOCKING = 'BLOCKING',
}

export enum TicketStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  RESOLVED = 'RESOLVED',
}

/** A problem with a kit, from opening to resolution; who and when at each step. */
@Entity('maintenance_ticket')
@Check('ck_maintenance_ticket_severity', `"severity" IN ('LOW', 'HIGH', 'BLOCKING')`)
@Check('ck_maintenance_ticket_status', `"status" IN ('OPEN', 'IN_PROGRESS', 'RESOLVED')`)
@Check('ck_maintenance_ticket_title', `length(btrim("title")) > 0`)
@Check('ck_maintenance_ticket_started', `"status" = 'OPEN' OR "status" = 'RESOLVED' OR "started_at" IS NOT NULL`)
@Check('ck_maintenance_ticket_resolved', `("status" = 'RESOLVED') = ("resolved_at" IS NOT NULL AND "resolution" IS NOT NULL)`)
@Index('ix_maintenance_ticket_kit', ['kitId', 'openedAt'])
@Index('ix_maintenance_ticket_status', ['status', 'openedAt'])
export class MaintenanceTicketEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) kitId: string;
  @ManyToOne(() => KitEntity, { onDelete: 'CASCADE' }) kit?: KitEntity;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column({ type: 'text' }) severity: TicketSeverity;
  @Column({ type: 'text' }) status: TicketStatus;
  @Column({ type: 'timestamptz' }) openedAt: Date;
  @Column({ type: 'uuid', nullable: true }) openedById: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' }) openedBy?: UserEntity | null;
  @Column({ type: 'timestamptz', nullable: true }) startedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) startedById: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' }) startedBy?: UserEntity | null;
  @Column({ type: 'timestamptz', nullable: true }) resolvedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) resolvedById: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' }) resolvedBy?: UserEntity | null;
  @Column({ type: 'text', nullable: true }) resolution: string | null;
}
