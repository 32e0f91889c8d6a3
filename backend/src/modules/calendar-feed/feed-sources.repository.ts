import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { LocalDate } from '../../common/time/dates.js';
import type { AssignmentFacts, BookingFacts, SiteFacts } from './feed-events.js';

/** A booking as the feeds read it; its status is the stored one (effectiveStatus is applied by the caller). */
export interface BookingSource extends BookingFacts {
  studioId: string;
}

/**
 * What the feeds show, read in one statement each. A booking's desks are its current rows:
 * the live ones while it holds desks, else the ones it held when it was cancelled or expired.
 */
@Injectable()
export class FeedSourcesRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(em?: EntityManager) {
    return em ?? this.dataSource.manager;
  }

  async site(siteId: string, em?: EntityManager): Promise<SiteFacts> {
    const rows: SiteFacts[] = await this.em(em).query(`SELECT name, address FROM site WHERE id = $1`, [siteId]);
    return rows[0] ?? { name: 'Studio FLEX', address: '' };
  }

  async studioName(studioId: string): Promise<string | null> {
    const rows: Array<{ name: string }> = await this.em().query(`SELECT name FROM studio WHERE id = $1`, [studioId]);
    return rows[0]?.name ?? null;
  }

  /** Bookings of a studio (or every studio: null) ending on or after `since`, by start date; or the ones listed in `ids`. */
  bookings(filter: { studioId: string | null; since: LocalDate } | { ids: string[] }, em?: EntityManager): Promise<BookingSource[]> {
    const byIds = 'ids' in filter;
    return this.em(em).query(
      `SELECT b.id, b.reference, b.studio_id AS "studioId", s.name AS "studioName", b.production_name AS "productionName", b.status,
              b.start_date::text AS "startDate", b.end_date::text AS "endDate", b.option_expires_at AS "optionExpiresAt",
              coalesce(array_agg(DISTINCT d.code ORDER BY d.code) FILTER (WHERE d.code IS NOT NULL), '{}') AS "deskCodes"
         FROM booking b
         JOIN studio s ON s.id = b.studio_id
         LEFT JOIN booking_desk bd ON bd.booking_id = b.id AND bd.live = (b.status IN ('OPTION', 'CONFIRMED'))
         LEFT JOIN desk d ON d.id = bd.desk_id
        WHERE ${byIds ? `b.id = ANY($1::uuid[])` : `b.end_date >= $1::date AND ($2::uuid IS NULL OR b.studio_id = $2::uuid)`}
        GROUP BY b.id, s.name
        ORDER BY b.start_date, b.reference`,
      byIds ? [filter.ids] : [filter.since, filter.studioId],
    );
  }

  /** A studio's crew assignments ending on or after `since`, live or ended, with who and where. */
  assignments(studioId: string, since: LocalDate, em?: EntityManager): Promise<AssignmentFacts[]> {
    return this.em(em).query(
      `SELECT a.id, a.live, m.full_name AS "fullName", m.job_title AS "jobTitle", d.code AS "deskCode",
              lower(a.days)::text AS "first", (upper(a.days) - 1)::text AS "last",
              b.production_name AS "productionName", b.reference
         FROM crew_assignment a
         JOIN crew_member m ON m.id = a.crew_member_id
         JOIN desk d ON d.id = a.desk_id
         JOIN booking b ON b.id = a.booking_id
        WHERE a.studio_id = $1 AND upper(a.days) > $2::date
        ORDER BY lower(a.days), d.code, a.id`,
      [studioId, since],
    );
  }
}
