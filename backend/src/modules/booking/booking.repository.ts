import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { LocalDate } from '../../common/time/dates.js';
import { BookingEntity } from './booking.entity.js';
import type { PlannedRow } from './booking-rules.js';

/** A studio scope: the studio a read is limited to, or null for the operator's "all". */
export type Scope = string | null;

/** A booking_desk row as the rules see it. */
export interface BookingRow extends PlannedRow {
  id: string;
  live: boolean;
}

/** Bookings and their desk rows: the only place with their SQL. Every read of a booking takes a scope. */
@Injectable()
export class BookingRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(em?: EntityManager) {
    return em ?? this.dataSource.manager;
  }

  find(id: string, scope: Scope, em?: EntityManager, lock = false): Promise<BookingEntity | null> {
    const qb = this.em(em).getRepository(BookingEntity).createQueryBuilder('b').where('b.id = :id', { id });
    if (scope) qb.andWhere('b.studioId = :scope', { scope });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  /** Bookings sharing a day with [from, to], every status, by start date; of these sites only (null: every site). */
  list(scope: Scope, from: LocalDate, to: LocalDate, siteIds: readonly string[] | null = null): Promise<BookingEntity[]> {
    const qb = this.em()
      .getRepository(BookingEntity)
      .createQueryBuilder('b')
      .where('b.startDate <= :to AND b.endDate >= :from', { from, to });
    if (scope) qb.andWhere('b.studioId = :scope', { scope });
    if (siteIds) qb.andWhere('EXISTS (SELECT 1 FROM booking_desk bd JOIN desk d ON d.id = bd.desk_id WHERE bd.booking_id = b.id AND d.site_id = ANY(:siteIds))', { siteIds: [...siteIds] });
    return qb.orderBy('b.startDate').addOrderBy('b.reference').getMany();
  }

  byIds(ids: readonly string[]): Promise<BookingEntity[]> {
    return this.em().getRepository(BookingEntity).findBy({ id: In([...ids]) });
  }

  /** The rows of some bookings, in each booking's desk order. */
  rowsOfBookings(bookingIds: readonly string[], em?: EntityManager): Promise<Array<BookingRow & { bookingId: string }>> {
    return this.em(em).query(
      `SELECT bd.id, bd.booking_id AS "bookingId", bd.desk_id AS "deskId", lower(bd.days)::text AS "first",
              (upper(bd.days) - 1)::text AS "last", bd.position, bd.live
         FROM booking_desk bd JOIN desk d ON d.id = bd.desk_id
        WHERE bd.booking_id = ANY($1::uuid[])
        ORDER BY bd.position, lower(bd.days), d.code`,
      [[...bookingIds]],
    );
  }

  async rowsOf(bookingId: string, em?: EntityManager): Promise<BookingRow[]> {
    return this.rowsOfBookings([bookingId], em);
  }

  /** A new booking: one INSERT (its id is set, so no SELECT first as save() would do). */
  async insert(booking: BookingEntity, em: EntityManager): Promise<BookingEntity> {
    await em.getRepository(BookingEntity).insert(booking);
    return booking;
  }

  /** The next booking reference number: a sequence (references need no gap-free numbering, so nothing waits on a counter row). */
  async nextReferenceNumber(em: EntityManager): Promise<number> {
    const [{ n }] = await em.query(`SELECT nextval('booking_reference_seq')::int AS n`);
    return n;
  }

  save(booking: BookingEntity, em: EntityManager): Promise<BookingEntity> {
    return em.getRepository(BookingEntity).save(booking);
  }

  /**
   * Writes a live booking's rows: its previous live rows go, the planned ones come. Rows are
   * inserted in desk-id order, so concurrent bookings wait for each other's desks in one
   * order and never deadlock; `position` keeps the booking's own desk order. A row that the
   * exclusion constraint refuses (another live booking holds one of its desk-days, committed
   * or committing) is skipped rather than raised: the answer is how many rows were written.
   */
  async replaceLiveRows(bookingId: string, rows: readonly PlannedRow[], em: EntityManager): Promise<number> {
    await em.query(`DELETE FROM booking_desk WHERE booking_id = $1 AND live`, [bookingId]);
    const sorted = [...rows].sort((a, b) => (a.deskId < b.deskId ? -1 : a.deskId > b.deskId ? 1 : a.first.localeCompare(b.first)));
    if (!sorted.length) return 0;
    const written: unknown[] = await em.query(
      `INSERT INTO booking_desk (booking_id, desk_id, days, live, position)
       SELECT $1, r.desk_id, daterange(r.first, r.last, '[]'), true, r.position
         FROM unnest($2::uuid[], $3::date[], $4::date[], $5::smallint[]) WITH ORDINALITY AS r(desk_id, first, last, position, n)
        ORDER BY r.n
       ON CONFLICT DO NOTHING
       RETURNING id`,
      [bookingId, sorted.map((r) => r.deskId), sorted.map((r) => r.first), sorted.map((r) => r.last), sorted.map((r) => r.position)],
    );
    return written.length;
  }

  /** The booking no longer holds its desks (cancelled, expired); the rows stay for invoicing. */
  async releaseRows(bookingId: string, em: EntityManager): Promise<void> {
    await em.query(`UPDATE booking_desk SET live = false WHERE booking_id = $1 AND live`, [bookingId]);
  }

  /** Live options expiring in (from, to], that were placed more than `minLifeMs` before their expiry. */
  optionsExpiringBetween(from: Date, to: Date, minLifeMs: number, em?: EntityManager): Promise<BookingEntity[]> {
    return this.em(em)
      .getRepository(BookingEntity)
      .createQueryBuilder('b')
      .where(`b.status = 'OPTION' AND b.optionExpiresAt > :from AND b.optionExpiresAt <= :to`, { from, to })
      .andWhere(`b.optionExpiresAt - b.createdAt > make_interval(secs => :secs)`, { secs: minLifeMs / 1000 })
      .orderBy('b.optionExpiresAt')
      .getMany();
  }

  /**
   * Options whose expiry has passed become EXPIRED and stop holding their desks, in one
   * statement: several instances (or transactions) running it at once each expire a row once.
   */
  async expireOptions(now: Date, em: EntityManager, on?: { deskIds: readonly string[]; first: LocalDate; last: LocalDate }): Promise<BookingEntity[]> {
    // With `on`: only the options holding one of those desks on one of those days (what a new booking's rows need freed).
    const only = on ? ` AND id IN (SELECT booking_id FROM booking_desk WHERE live AND desk_id = ANY($2::uuid[]) AND days && daterange($3::date, $4::date, '[]'))` : '';
    const rows: Array<{ id: string }> = await em.query(
      `WITH expired AS (
         UPDATE booking SET status = 'EXPIRED', updated_at = now()
          WHERE status = 'OPTION' AND option_expires_at <= $1${only}
         RETURNING id
       ), released AS (
         UPDATE booking_desk SET live = false WHERE live AND booking_id IN (SELECT id FROM expired) RETURNING id
       )
       SELECT id FROM expired ORDER BY id`,
      on ? [now, on.deskIds, on.first, on.last] : [now],
    );
    if (!rows.length) return [];
    return em.getRepository(BookingEntity).findBy({ id: In(rows.map((r) => r.id)) });
  }
}
