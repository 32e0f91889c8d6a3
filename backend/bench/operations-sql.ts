import { DESK_CALENDAR_SQL } from './operations.js';

/*
 * The hand-written floors of the side-by-side table: one SQL statement each, returning the
 * JSON the API answers, and the GraphQL documents measured beside them.
 */

export const BOOKINGS = `query BenchBookings($from: Date!, $to: Date!, $siteId: ID) {
  bookings(from: $from, to: $to, siteId: $siteId) {
    id reference status productionName startDate endDate
    studio { id name }
    desks { id code }
  }
}`;

const LIVE = `bd.live AND (b.status = 'CONFIRMED' OR (b.status = 'OPTION' AND b.option_expires_at > $3))`;

/** The operator's calendar over [$1, $2] at $3 as one JSON document (the desks of site $4, or all when NULL, with their live blocks). */
export const DESK_CALENDAR_JSON_SQL = `
SELECT coalesce(json_agg(json_build_object('desk', json_build_object('id', c.id, 'code', c.code, 'zone', c.zone, 'bookable', c.bookable),
                                           'blocks', c.blocks) ORDER BY c.code), '[]')::text AS doc
  FROM (${DESK_CALENDAR_SQL.replace('GROUP BY d.id', 'WHERE ($4::uuid IS NULL OR d.site_id = $4::uuid)\n GROUP BY d.id')}) c`;

/**
 * Per day of [$1, $2] at $3 for the site $4 (NULL: every desk, the first site's days): open (weekday and closures), bookable desks
 * nobody holds, desks held, as one JSON document. Holds are expanded to their days inside
 * the range once (no days × holds comparison).
 */
export const AVAILABILITY_JSON_SQL = `
WITH site AS (SELECT id, open_weekdays FROM site WHERE $4::uuid IS NULL OR id = $4::uuid ORDER BY created_at LIMIT 1),
desks AS (SELECT d.id, coalesce(k.status = 'OPERATIONAL', false) AS bookable FROM desk d LEFT JOIN kit k ON k.desk_id = d.id
           WHERE $4::uuid IS NULL OR d.site_id = $4::uuid),
held AS (
  SELECT g.day::date AS day, count(*)::int AS booked, count(*) FILTER (WHERE dk.bookable)::int AS booked_bookable
    FROM booking_desk bd JOIN booking b ON b.id = bd.booking_id JOIN desks dk ON dk.id = bd.desk_id
   CROSS JOIN LATERAL generate_series(greatest(lower(bd.days), $1::date), least(upper(bd.days) - 1, $2::date), interval '1 day') AS g(day)
   WHERE ${LIVE} AND bd.days && daterange($1::date, $2::date, '[]')
   GROUP BY 1
)
SELECT json_agg(json_build_object(
         'date', d.day::date, 'open', extract(isodow FROM d.day)::smallint = ANY (s.open_weekdays)
            AND NOT EXISTS (SELECT 1 FROM closure_date c WHERE c.site_id = s.id AND c.date = d.day::date),
         'freeDesks', (SELECT count(*) FROM desks WHERE bookable) - coalesce(h.booked_bookable, 0),
         'bookedDesks', coalesce(h.booked, 0)) ORDER BY d.day)::text AS doc
  FROM generate_series($1::date, $2::date, interval '1 day') AS d(day)
 CROSS JOIN site s
  LEFT JOIN held h ON h.day = d.day::date`;

/** Ten thousand live blocks on one desk would still be one line each: a digest to compare answers. */
export function calendarDigest(rows: Array<{ desk: { id: string; bookable: boolean }; blocks: Array<{ startDate: string; endDate: string; status: string; booking: { id: string } | null }> }>): string[] {
  return rows.flatMap((r) => [`${r.desk.id}:${r.desk.bookable}`, ...r.blocks.map((b) => `${r.desk.id}|${b.startDate}|${b.endDate}|${b.status}|${b.booking?.id ?? '-'}`)]).sort();
}

/** The first difference between two digests, or null. */
export function firstDifference(a: string[], b: string[]): string | null {
  if (a.length !== b.length) return `${a.length} vs ${b.length} entries`;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return `${a[i]} vs ${b[i]}`;
  return null;
}
