import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { LocalDate } from '../../common/time/dates.js';
import { BookingStatus } from './booking.entity.js';
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
  liveHolds(first: LocalDate, last: LocalDate, now: Date, opts: { studioId?: string; excludeBookingId?: string; siteId?: string } = {}, em?: EntityManager): Promise<Hold[]> {
    const params: unknown[] = [first, last, now];
    let extra = '';
    if (opts.siteId) {
      params.push(opts.siteId);
      extra += ` AND bd.desk_id IN (SELECT id FROM desk WHERE site_id = $${params.length})`;
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
