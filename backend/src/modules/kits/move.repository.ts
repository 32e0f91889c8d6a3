import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { LocalDate } from '../../common/time/dates.js';
import { deskBookableSql, liveRowSql } from '../booking/desk-holds.js';

/** A live booking's hold on a desk from `first` to `last` (inclusive). */
export interface DeskHold {
  bookingDeskId: string;
  bookingId: string;
  deskId: string;
  position: number;
  /** The row's own days. */
  first: LocalDate;
  last: LocalDate;
  reference: string;
  productionName: string;
  status: string;
  studioId: string;
  kitId: string | null;
}

/** A crew member placed on a desk of a booking (the crew module's assignments). */
export interface CrewHold {
  assignmentId: string;
  bookingId: string;
  deskId: string;
  crewMemberId: string;
  fullName: string;
  first: LocalDate;
  last: LocalDate;
}

const HOLD_COLUMNS = `bd.id AS "bookingDeskId", bd.booking_id AS "bookingId", bd.desk_id AS "deskId", bd.position,
  lower(bd.days) AS "first", (upper(bd.days) - 1) AS "last",
  b.reference, b.production_name AS "productionName", b.status, b.studio_id AS "studioId", k.id AS "kitId"`;

/**
 * What moving bookings off out-of-service desks reads (the live holds on those desks) and the
 * crew assignments it moves with them when the crew module's tables exist; the booking rows
 * themselves are written by the booking module. Every row it reads is shown to the operator
 * only (no studio scope).
 */
@Injectable()
export class MoveRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(em?: EntityManager) {
    return em ?? this.dataSource.manager;
  }

  /** Live holds (holdsDesks) with days from `today` on, on desks that are not bookable (deskBookable). */
  holdsOnOutOfServiceDesks(today: LocalDate, now: Date): Promise<DeskHold[]> {
    return this.em().query(
      `SELECT ${HOLD_COLUMNS}
         FROM booking_desk bd
         JOIN booking b ON b.id = bd.booking_id
         JOIN desk d ON d.id = bd.desk_id
         LEFT JOIN kit k ON k.desk_id = bd.desk_id
        WHERE ${liveRowSql('bd', 'b', '$2')} AND upper(bd.days) > $1::date AND NOT ${deskBookableSql('k')}
        ORDER BY d.code, lower(bd.days), b.reference`,
      [today, now],
    );
  }

  /** Whether the crew module's tables are there (it is optional to this module). */
  async hasCrew(em?: EntityManager): Promise<{ assignments: boolean; passes: boolean }> {
    const [row] = await this.em(em).query(`SELECT to_regclass('crew_assignment') IS NOT NULL AS a, to_regclass('access_pass') IS NOT NULL AS p`);
    return { assignments: row.a, passes: row.p };
  }

  /** Live crew on these bookings' desks with days from `today` on. */
  async crewOnHolds(holds: ReadonlyArray<Pick<DeskHold, 'bookingId' | 'deskId'>>, today: LocalDate, em?: EntityManager): Promise<CrewHold[]> {
    if (!holds.length || !(await this.hasCrew(em)).assignments) return [];
    return this.em(em).query(
      `SELECT a.id AS "assignmentId", a.booking_id AS "bookingId", a.desk_id AS "deskId", a.crew_member_id AS "crewMemberId",
              m.full_name AS "fullName", lower(a.days) AS "first", (upper(a.days) - 1) AS "last"
         FROM crew_assignment a
         JOIN crew_member m ON m.id = a.crew_member_id
         JOIN unnest($1::uuid[], $2::uuid[]) AS h(booking_id, desk_id) ON h.booking_id = a.booking_id AND h.desk_id = a.desk_id
        WHERE a.live AND upper(a.days) > $3::date
        ORDER BY lower(a.days), m.full_name`,
      [holds.map((h) => h.bookingId), holds.map((h) => h.deskId), today],
    );
  }

  /**
   * Moves the booking's crew on `fromDeskId` to `toDeskId` from `from` on. An assignment that
   * started before keeps its past days on the old desk and a new one takes the rest; the
   * person's access pass follows to the new assignment, so their code keeps working.
   * Returns how many people moved.
   */
  async moveCrew(bookingId: string, fromDeskId: string, toDeskId: string, from: LocalDate, userId: string, em: EntityManager): Promise<number> {
    const crew = await this.hasCrew(em);
    if (!crew.assignments) return 0;
    const rows: Array<{ id: string; started: boolean; end: LocalDate }> = await em.query(
      `SELECT id, lower(days) < $3::date AS started, upper(days) AS "end" FROM crew_assignment
        WHERE booking_id = $1 AND desk_id = $2 AND live AND upper(days) > $3::date
        FOR UPDATE`,
      [bookingId, fromDeskId, from],
    );
    for (const row of rows) {
      if (!row.started) {
        await em.query(`UPDATE crew_assignment SET desk_id = $2 WHERE id = $1`, [row.id, toDeskId]);
        continue;
      }
      // The old one gives up its days from `from` first: one person holds one desk a day.
      await em.query(`UPDATE crew_assignment SET days = daterange(lower(days), $2::date) WHERE id = $1`, [row.id, from]);
      const [created]: Array<{ id: string }> = await em.query(
        `INSERT INTO crew_assignment (studio_id, booking_id, crew_member_id, desk_id, days, live, created_by_id)
         SELECT studio_id, booking_id, crew_member_id, $2, daterange($3::date, $4::date), true, $5 FROM crew_assignment WHERE id = $1
         RETURNING id`,
        [row.id, toDeskId, from, row.end, userId],
      );
      if (crew.passes) await em.query(`UPDATE access_pass SET assignment_id = $2 WHERE assignment_id = $1 AND revoked_at IS NULL`, [row.id, created.id]);
    }
    return rows.length;
  }
}
