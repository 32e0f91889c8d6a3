import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { CalendarEventRevisionEntity, CalendarFeedEntity, CalendarFeedScope } from './calendar-feed.entity.js';
import type { EventRevision } from './ics-document.js';

/** A feed's target: one studio, or the whole site (studioId null). */
export interface FeedTarget {
  scope: CalendarFeedScope;
  siteId: string;
  studioId: string | null;
}

/** Calendar feeds and event revisions: the only place with their SQL. */
@Injectable()
export class CalendarFeedRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(em?: EntityManager) {
    return em ?? this.dataSource.manager;
  }

  /** The live feed of a target, if any. */
  live(target: FeedTarget, em?: EntityManager): Promise<CalendarFeedEntity | null> {
    const qb = this.em(em)
      .getRepository(CalendarFeedEntity)
      .createQueryBuilder('f')
      .where('f.revokedAt IS NULL AND f.scope = :scope AND f.siteId = :siteId', { scope: target.scope, siteId: target.siteId });
    if (target.studioId) qb.andWhere('f.studioId = :studioId', { studioId: target.studioId });
    return qb.getOne();
  }

  find(id: string, em?: EntityManager): Promise<CalendarFeedEntity | null> {
    return this.em(em).getRepository(CalendarFeedEntity).findOneBy({ id });
  }

  /** The live feed a token opens. */
  liveByTokenHash(tokenHash: string): Promise<CalendarFeedEntity | null> {
    return this.em().getRepository(CalendarFeedEntity).createQueryBuilder('f').where('f.tokenHash = :tokenHash AND f.revokedAt IS NULL', { tokenHash }).getOne();
  }

  /** Serialises creations for one target, so two at once leave one live feed (the unique index has the final word). */
  async lockTarget(target: FeedTarget, em: EntityManager): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`calendar_feed:${target.scope}:${target.studioId ?? target.siteId}`]);
  }

  insert(row: Partial<CalendarFeedEntity>, em: EntityManager): Promise<CalendarFeedEntity> {
    const repo = em.getRepository(CalendarFeedEntity);
    return repo.save(repo.create(row));
  }

  async revoke(id: string, byUserId: string, em: EntityManager): Promise<void> {
    await em.query(`UPDATE calendar_feed SET revoked_at = now(), revoked_by_id = $2, sealed_token = NULL WHERE id = $1 AND revoked_at IS NULL`, [id, byUserId]);
  }

  /** Notes a calendar's read, at most once a minute (a feed read often stays cheap). */
  async touch(id: string): Promise<void> {
    await this.em().query(`UPDATE calendar_feed SET last_fetched_at = now() WHERE id = $1 AND (last_fetched_at IS NULL OR last_fetched_at < now() - interval '1 minute')`, [id]);
  }

  /**
   * The revision of each event: new events start at SEQUENCE 0; an event whose facts changed
   * goes up by one. Rows are written in uid order, so concurrent reads never deadlock, and a
   * second reader seeing the same change finds the row already updated and adds nothing.
   */
  async revisions(events: ReadonlyArray<{ uid: string; fingerprint: string }>, em?: EntityManager): Promise<Map<string, EventRevision>> {
    if (!events.length) return new Map();
    const sorted = [...events].sort((a, b) => (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
    await this.em(em).query(
      `INSERT INTO calendar_event_revision (uid, fingerprint, sequence, changed_at)
       SELECT e.uid, e.fingerprint, 0, now() FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS e(uid, fingerprint, n) ORDER BY e.n
       ON CONFLICT (uid) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, sequence = calendar_event_revision.sequence + 1, changed_at = now()
        WHERE calendar_event_revision.fingerprint <> EXCLUDED.fingerprint`,
      [sorted.map((e) => e.uid), sorted.map((e) => e.fingerprint)],
    );
    const rows = await this.em(em).getRepository(CalendarEventRevisionEntity).findBy({ uid: In(sorted.map((e) => e.uid)) });
    return new Map(rows.map((r) => [r.uid, { sequence: r.sequence, changedAt: r.changedAt }]));
  }
}
