import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { LocalDate } from '../../common/time/dates.js';
import { BookingEntity, BookingStatus } from './booking.entity.js';
import { deskBookableSql, liveRowSql } from './desk-holds.js';

/** A live booking's hold on a desk (inclusive days). */
export interface Hold {
  bookingId: string;
  deskId: string;
  first: LocalDate;
  last: LocalDate;
  studioId: string;
  status: BookingStatus;
}

/** One day: desks held by a live booking, bookable desks nobody holds. */
export interface DayCount {
  day: LocalDate;
  booked: number;
  free: number;
}

/** A desk row of a booking, with what says which of its days invoicing bills at the rate. */
export interface BilledRow {
  bookingId: string;
  first: LocalDate;
  last: LocalDate;
  status: BookingStatus;
  billedThrough: LocalDate | null;
}

/** A desk with what allocation and the calendar need: floor position and whether it can be booked. */
export interface DeskInfo {
  id: string;
  siteId: string;
  code: string;
  zone: string;
  x: number;
  y: number;
  /** Its kit exists and is OPERATIONAL (deskBookable). */
  bookable: boolean;
}

/** A live hold as read at `$3` (now): the sweep may not have written EXPIRED yet, so reads never need to write. */
const LIVE = liveRowSql('bd', 'b', '$3');

const HOLD_COLUMNS = `bd.booking_id AS "bookingId", bd.desk_id AS "deskId", lower(bd.days)::text AS "first",
  (upper(bd.days) - 1)::text AS "last", b.studio_id AS "studioId", b.status`;

/**
 * Who holds which desk when: reads across every studio's bookings for availability and
 * conflicts. Rows come back without anything identifying beyond ids; callers decide what a
 * manager may see.
 */
@Injectable()
export class DeskHoldsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(em?: EntityManager) {
    return em ?? this.dataSource.manager;
  }

  /** Live holds sharing a day with [first, last], optionally of one studio, without one booking. */
  liveHolds(
    first: LocalDate,
    last: LocalDate,
    now: Date,
    opts: { studioId?: string; excludeBookingId?: string; siteId?: string; studioOrDesks?: { studioId: string; deskIds: readonly string[] } } = {},
    em?: EntityManager,
  ): Promise<Hold[]> {
    const params: unknown[] = [first, last, now];
    let extra = '';
    if (opts.siteId) {
      params.push(opts.siteId);
      extra += ` AND bd.desk_id IN (SELECT id FROM desk WHERE site_id = $${params.length})`;
    }
    if (opts.studioOrDesks) {
      // One read for a booking of known desks: the studio's holds (its limit) and those desks' (conflicts).
      params.push(opts.studioOrDesks.studioId, opts.studioOrDesks.deskIds);
      extra += ` AND (b.studio_id = $${params.length - 1} OR bd.desk_id = ANY($${params.length}::uuid[]))`;
    }
    if (opts.studioId) {
      params.push(opts.studioId);
      extra += ` AND b.studio_id = $${params.length}`;
    }
    if (opts.excludeBookingId) {
      params.push(opts.excludeBookingId);
      extra += ` AND b.id <> $${params.length}`;
    }
    return this.em(em).query(
      `SELECT ${HOLD_COLUMNS}
         FROM booking_desk bd JOIN booking b ON b.id = bd.booking_id
        WHERE ${LIVE} AND bd.days && daterange($1::date, $2::date, '[]')${extra}
        ORDER BY lower(bd.days), bd.desk_id`,
      params,
    );
  }

  /**
   * The calendar's read: the site's live holds over [first, last] with their bookings, in one
   * statement (each booking once, shared by its holds), so no block loads its booking.
   */
  async liveHoldsWithBookings(first: LocalDate, last: LocalDate, now: Date, siteId: string, em?: EntityManager): Promise<Array<Hold & { booking: BookingEntity }>> {
    const rows: Array<Hold & Omit<BookingEntity, 'id' | 'status' | 'studioId'>> = await this.em(em).query(
      `SELECT ${HOLD_COLUMNS}, b.reference, b.contract_id AS "contractId", b.production_name AS "productionName", b.start_date::text AS "startDate",
              b.end_date::text AS "endDate", b.option_expires_at AS "optionExpiresAt", b.confirmed_at AS "confirmedAt", b.cancelled_at AS "cancelledAt",
              b.late_fee_from::text AS "lateFeeFrom", b.late_fee_to::text AS "lateFeeTo", b.late_fee_pct AS "lateFeePct", b.billed_through::text AS "billedThrough",
              b.created_by_id AS "createdById", b.created_at AS "createdAt", b.updated_at AS "updatedAt"
         FROM booking_desk bd JOIN booking b ON b.id = bd.booking_id JOIN desk d ON d.id = bd.desk_id AND d.site_id = $4
        WHERE ${LIVE} AND bd.days && daterange($1::date, $2::date, '[]')
        ORDER BY lower(bd.days), bd.desk_id`,
      [first, last, now, siteId],
    );
    const bookings = new Map<string, BookingEntity>();
    return rows.map(({ bookingId, deskId, first: f, last: l, studioId, status, ...b }) => {
      let booking = bookings.get(bookingId);
      if (!booking) bookings.set(bookingId, (booking = Object.assign(new BookingEntity(), { ...b, id: bookingId, studioId, status })));
      return { bookingId, deskId, first: f, last: l, studioId, status, booking };
    });
  }

  /**
   * Every day of [first, last] at the site (null: every site): desks held by a live booking, and
   * bookable desks nobody holds, in one statement. Each hold is expanded to its days inside the
   * range once (no days × holds).
   */
  dayCounts(first: LocalDate, last: LocalDate, now: Date, siteId: string | null, em?: EntityManager): Promise<DayCount[]> {
    return this.em(em).query(
      `WITH desks AS (
         SELECT d.id, ${deskBookableSql('k')} AS bookable FROM desk d LEFT JOIN kit k ON k.desk_id = d.id WHERE $4::uuid IS NULL OR d.site_id = $4::uuid
       ), held AS (
         SELECT g.day::date AS day, count(*)::int AS booked, count(*) FILTER (WHERE dk.bookable)::int AS booked_bookable
           FROM booking_desk bd JOIN booking b ON b.id = bd.booking_id JOIN desks dk ON dk.id = bd.desk_id
          CROSS JOIN LATERAL generate_series(greatest(lower(bd.days), $1::date), least(upper(bd.days) - 1, $2::date), interval '1 day') AS g(day)
          WHERE ${LIVE} AND bd.days && daterange($1::date, $2::date, '[]')
          GROUP BY 1
       )
       SELECT d.day::date::text AS day, coalesce(h.booked, 0) AS booked,
              ((SELECT count(*) FROM desks WHERE bookable) - coalesce(h.booked_bookable, 0))::int AS free
         FROM generate_series($1::date, $2::date, interval '1 day') AS d(day) LEFT JOIN held h ON h.day = d.day::date
        ORDER BY d.day`,
      [first, last, now, siteId],
    );
  }

  /**
   * The studio's desk rows that invoicing may bill at the rate, sharing a day with [first, last],
   * without one booking: live rows of CONFIRMED bookings and the rows of CANCELLED ones with
   * days already billed (`rateBilledRows` cuts them to those days).
   */
  billedRowsOfStudio(studioId: string, first: LocalDate, last: LocalDate, excludeBookingId: string | null): Promise<BilledRow[]> {
    return this.em().query(
      `SELECT lower(bd.days)::text AS "first", (upper(bd.days) - 1)::text AS "last", b.id AS "bookingId", b.status, b.billed_through::text AS "billedThrough"
         FROM booking_desk bd JOIN booking b ON b.id = bd.booking_id
        WHERE ((bd.live AND b.status = 'CONFIRMED') OR (b.status = 'CANCELLED' AND b.billed_through IS NOT NULL))
          AND b.studio_id = $3 AND bd.days && daterange($1::date, $2::date, '[]') AND ($4::uuid IS NULL OR b.id <> $4::uuid)`,
      [first, last, studioId, excludeBookingId],
    );
  }

  /** Those desks, with position and bookable, by code. */
  desksByIds(ids: readonly string[], em?: EntityManager): Promise<DeskInfo[]> {
    return this.em(em).query(
      `SELECT d.id, d.site_id AS "siteId", d.code, d.zone, d.x, d.y, ${deskBookableSql('k')} AS bookable
         FROM desk d LEFT JOIN kit k ON k.desk_id = d.id
        WHERE d.id = ANY($1::uuid[])
        ORDER BY d.code`,
      [ids],
    );
  }

  /** The distinct sites of these desks. */
  async sitesOfDesks(deskIds: readonly string[], em?: EntityManager): Promise<string[]> {
    const rows: Array<{ site_id: string }> = await this.em(em).query(`SELECT DISTINCT site_id FROM desk WHERE id = ANY($1::uuid[])`, [[...deskIds]]);
    return rows.map((r) => r.site_id);
  }

  /** Every desk of one site (null: of every site) with its position and whether its kit lets it be booked, by code. */
  desks(siteId: string | null, em?: EntityManager): Promise<DeskInfo[]> {
    return this.em(em).query(
      `SELECT d.id, d.site_id AS "siteId", d.code, d.zone, d.x, d.y, ${deskBookableSql('k')} AS bookable
         FROM desk d LEFT JOIN kit k ON k.desk_id = d.id
        WHERE $1::uuid IS NULL OR d.site_id = $1::uuid
        ORDER BY d.code, d.site_id`,
      [siteId],
    );
  }
}
