import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { SiteEntity } from '../site/site.entity.js';
import { StudioEntity } from '../studios/studio.entity.js';

/** What a feed shows: one studio's bookings and crew, or every studio's bookings on the site. */
export enum CalendarFeedScope {
  STUDIO = 'STUDIO',
  SITE = 'SITE',
}

/**
 * A private iCalendar URL. The token is looked up by its SHA-256 (`token_hash`); it is also
 * kept sealed (AES-256-GCM, `sealed_token`) so the people who manage the feed can copy the URL
 * again, and dropped once the feed is revoked. At most one live feed per studio and per site.
 */
@Entity('calendar_feed')
@Check('ck_calendar_feed_scope', `("scope" = 'STUDIO' AND "studio_id" IS NOT NULL) OR ("scope" = 'SITE' AND "studio_id" IS NULL)`)
@Check('ck_calendar_feed_sealed', `"revoked_at" IS NOT NULL OR "sealed_token" IS NOT NULL`)
@Index('uq_calendar_feed_studio_live', ['studioId'], { unique: true, where: `"revoked_at" IS NULL AND "scope" = 'STUDIO'` })
@Index('uq_calendar_feed_site_live', ['siteId'], { unique: true, where: `"revoked_at" IS NULL AND "scope" = 'SITE'` })
export class CalendarFeedEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) scope: CalendarFeedScope;
  @Column({ type: 'uuid' }) siteId: string;
  @ManyToOne(() => SiteEntity, { onDelete: 'CASCADE' }) site?: SiteEntity;
  @Column({ type: 'uuid', nullable: true }) studioId: string | null;
  @ManyToOne(() => StudioEntity, { onDelete: 'CASCADE' }) studio?: StudioEntity;
  /** sha256(token), hex. */
  @Column({ type: 'text', unique: true }) tokenHash: string;
  /** The token sealed with the calendar secret; null once revoked. */
  @Column({ type: 'text', nullable: true }) sealedToken: string | null;
  @Column({ type: 'uuid', nullable: true }) createdById: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  /** Last time a calendar read the feed (at most once a minute is written). */
  @Column({ type: 'timestamptz', nullable: true }) lastFetchedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) revokedById: string | null;
}

/**
 * What each event (`booking-<id>@…`, `assignment-<id>@…`) last looked like, so its SEQUENCE
 * goes up exactly when something a calendar shows changed, whoever changed it (a booking
 * update, a desk move, a trimmed assignment) and whichever feed or attachment saw it first.
 */
@Entity('calendar_event_revision')
@Check('ck_calendar_event_revision_sequence', `"sequence" >= 0`)
export class CalendarEventRevisionEntity {
  @PrimaryColumn({ type: 'text' }) uid: string;
  /** sha256 of the facts the event shows. */
  @Column({ type: 'text' }) fingerprint: string;
  @Column({ type: 'integer', default: 0 }) sequence: number;
  /** When the facts last changed (the event's DTSTAMP and LAST-MODIFIED). */
  @Column({ type: 'timestamptz', default: () => 'now()' }) changedAt: Date;
}
