import pg from 'pg';
import { DEFAULT_SELLER } from '../src/modules/invoicing/seller-identity.js';

/*
 * Bookings, crew, check-ins and invoices of the generated studios, set-based. Each site's 40
 * desks (by code) form lanes of 2–20 desks (three partitions, by site); along each lane
 * blocks of 1–12 weeks (Monday to Friday) follow gaps of 0–3 weeks: about 80 % of the open
 * days held. Past blocks are confirmed (4 % cancelled beforehand), blocks ahead are options
 * (a quarter), confirmed or cancelled. A desk-day a booking already holds (the demo's) is
 * left out of the generated block, so the exclusion constraint holds by construction.
 */

export interface Span {
  first: string;
  last: string;
  today: string;
  now: Date;
}

const PARTITIONS = `ARRAY[ARRAY[20,28,34,38,40,40], ARRAY[12,22,30,36,40,40], ARRAY[15,25,30,35,38,40]]`;
/** Days before today with crew on their desks and check-ins (a sample: L stays quick to generate). */
const CREW_DAYS = 182;

/** Moves the document counter `kind` past the numbers given to the rows of `table` (per year). */
async function advanceCounter(sql: pg.Client, kind: string, table: string): Promise<void> {
  await sql.query(
    `INSERT INTO document_counter (kind, year, last_number)
     SELECT $1, g.year, coalesce(max(c.last_number), 0) + count(*) FROM ${table} g
       LEFT JOIN document_counter c ON c.kind = $1 AND c.year = g.year GROUP BY g.year
     ON CONFLICT (kind, year) DO UPDATE SET last_number = EXCLUDED.last_number`,
    [kind],
  );
}

async function bookings(sql: pg.Client, span: Span): Promise<void> {
  await sql.query(`
    CREATE TEMP TABLE gen_lane ON COMMIT DROP AS
    SELECT d.site_id, d.id AS desk_id, d.code,
           (SELECT count(*) FROM unnest((${PARTITIONS})[(1 + s.ord % 3):(1 + s.ord % 3)][1:6]) AS b WHERE b <= d.i)::int AS lane,
           d.i
      FROM (SELECT id, site_id, code, (row_number() OVER (PARTITION BY site_id ORDER BY code) - 1)::int AS i FROM desk) d
      JOIN (SELECT id, row_number() OVER (ORDER BY created_at, name) AS ord FROM site) s ON s.id = d.site_id`);
  await sql.query(
    `
    CREATE TEMP TABLE gen_booking ON COMMIT DROP AS
    WITH seg AS (
      SELECT l.site_id, l.lane, k, 1 + floor(random() * 12)::int AS weeks, floor(random() * 4)::int AS gap,
             random() AS r, random() AS pick, random() AS expiry
        FROM (SELECT DISTINCT site_id, lane FROM gen_lane) l CROSS JOIN generate_series(1, 90) AS k
    ), placed AS (
      SELECT *, sum(gap + weeks) OVER (PARTITION BY site_id, lane ORDER BY k) - weeks AS week_offset FROM seg
    ), dated AS (
      SELECT *, $1::date + 7 * week_offset::int AS start_date, $1::date + 7 * (week_offset::int + weeks) - 3 AS end_date FROM placed
    )
    SELECT gen_random_uuid() AS id, d.site_id, d.lane, d.start_date, d.end_date, st.id AS studio_id, st.contract_id,
           CASE WHEN d.end_date < $3::date THEN (CASE WHEN d.r < 0.04 THEN 'CANCELLED' ELSE 'CONFIRMED' END)
                WHEN d.start_date > $3::date THEN (CASE WHEN d.r < 0.04 THEN 'CANCELLED' WHEN d.r < 0.30 THEN 'OPTION' ELSE 'CONFIRMED' END)
                ELSE 'CONFIRMED' END AS status,
           d.expiry, extract(year FROM d.start_date)::int AS year
      FROM dated d
      JOIN gen_studio st ON st.site_id = d.site_id AND st.i = 1 + floor(d.pick * (SELECT max(i) FROM gen_studio))::int
     WHERE d.end_date <= $2::date`,
    [span.first, span.last, span.today],
  );
  await sql.query(
    `
    INSERT INTO booking (id, reference, studio_id, contract_id, production_name, start_date, end_date, status,
                         option_expires_at, confirmed_at, cancelled_at, created_at, updated_at)
    SELECT g.id, 'BK-' || g.year || '-' || lpad(g.n::text, greatest(5, length(g.n::text)), '0'),
           g.studio_id, g.contract_id, 'Production ' || (1 + floor(g.expiry * 40))::int, g.start_date, g.end_date, g.status,
           CASE WHEN g.status = 'OPTION' THEN $1::timestamptz + make_interval(days => 1 + floor(g.expiry * 14)::int) END,
           CASE WHEN g.status = 'CONFIRMED' THEN least($1::timestamptz - interval '1 day', g.start_date - 20 + time '10:00') END,
           CASE WHEN g.status = 'CANCELLED' THEN least($1::timestamptz - interval '1 day', g.start_date - 10 + time '10:00') END,
           least($1::timestamptz - interval '2 days', g.start_date - 30 + time '10:00'), least($1::timestamptz, g.start_date - 20 + time '10:00')
      FROM (SELECT *, nextval('booking_reference_seq') AS n FROM (SELECT * FROM gen_booking ORDER BY start_date, site_id, lane) o) g`,
    [span.now],
  );
  await sql.query(`
    INSERT INTO booking_desk (booking_id, desk_id, days, live, position)
    SELECT g.id, l.desk_id, daterange(g.start_date, g.end_date + 1), g.status <> 'CANCELLED',
           (row_number() OVER (PARTITION BY g.id ORDER BY l.code) - 1)::smallint
      FROM gen_booking g JOIN gen_lane l ON l.site_id = g.site_id AND l.lane = g.lane
     WHERE g.status = 'CANCELLED' OR NOT EXISTS (
             SELECT 1 FROM booking_desk x WHERE x.live AND x.desk_id = l.desk_id AND x.days && daterange(g.start_date, g.end_date + 1))`);
  await sql.query(`DELETE FROM booking b USING gen_booking g WHERE b.id = g.id AND NOT EXISTS (SELECT 1 FROM booking_desk bd WHERE bd.booking_id = b.id)`);
}

async function crew(sql: pg.Client, span: Span): Promise<void> {
  await sql.query(
    `
    CREATE TEMP TABLE gen_crew ON COMMIT DROP AS
    SELECT gen_random_uuid() AS member_id, gen_random_uuid() AS assignment_id, g.studio_id, bd.booking_id, bd.desk_id, bd.days, d.site_id,
           row_number() OVER (ORDER BY bd.id) AS n
      FROM gen_booking g JOIN booking_desk bd ON bd.booking_id = g.id AND bd.live JOIN desk d ON d.id = bd.desk_id
     WHERE g.status = 'CONFIRMED' AND bd.days && daterange($1::date - ${CREW_DAYS}, $1::date + 28)
       AND NOT EXISTS (SELECT 1 FROM crew_assignment a WHERE a.live AND a.desk_id = bd.desk_id AND a.days && bd.days)`,
    [span.today],
  );
  await sql.query(`INSERT INTO crew_member (id, studio_id, full_name, job_title) SELECT member_id, studio_id, 'Équipier ' || n, 'Animation' FROM gen_crew`);
  await sql.query(`INSERT INTO crew_assignment (id, studio_id, booking_id, crew_member_id, desk_id, days) SELECT assignment_id, studio_id, booking_id, member_id, desk_id, days FROM gen_crew`);
  await sql.query(
    `
    INSERT INTO crew_check_in (assignment_id, crew_member_id, desk_id, studio_id, day, checked_in_at, checked_out_at)
    SELECT c.assignment_id, c.member_id, c.desk_id, c.studio_id, day::date,
           (day::date + time '08:45' + random() * interval '75 minutes') AT TIME ZONE 'Europe/Paris',
           (day::date + time '17:30' + random() * interval '90 minutes') AT TIME ZONE 'Europe/Paris'
      FROM gen_crew c
     CROSS JOIN LATERAL generate_series(greatest(lower(c.days), $1::date - ${CREW_DAYS}), least(upper(c.days) - 1, $1::date - 1), interval '1 day') AS day
     WHERE extract(isodow FROM day) <= 5 AND random() < 0.92
       AND NOT EXISTS (SELECT 1 FROM closure_date cd WHERE cd.site_id = c.site_id AND cd.date = day::date)`,
    [span.today],
  );
}

/** Past months invoiced: open desk-days of the confirmed generated bookings, issued (paid when older). */
async function invoices(sql: pg.Client, span: Span): Promise<void> {
  await sql.query(
    `
    CREATE TEMP TABLE gen_line ON COMMIT DROP AS
    SELECT g.studio_id, g.id AS booking_id, to_char(day, 'YYYY-MM') AS month, min(day)::date AS period_start, max(day)::date AS period_end,
           (count(*) * (SELECT count(*) FROM booking_desk bd WHERE bd.booking_id = g.id AND bd.live))::int AS quantity,
           ct.daily_rate_cents AS unit_price_cents
      FROM gen_booking g JOIN contract ct ON ct.id = g.contract_id
     CROSS JOIN LATERAL generate_series(g.start_date, least(g.end_date, date_trunc('month', $1::date)::date - 1), interval '1 day') AS day
     WHERE g.status = 'CONFIRMED' AND extract(isodow FROM day) <= 5
       AND NOT EXISTS (SELECT 1 FROM closure_date cd WHERE cd.site_id = g.site_id AND cd.date = day::date)
     GROUP BY g.studio_id, g.id, ct.daily_rate_cents, to_char(day, 'YYYY-MM')`,
    [span.today],
  );
  await sql.query(`DELETE FROM gen_line WHERE quantity = 0`);
  await sql.query(
    `
    CREATE TEMP TABLE gen_invoice ON COMMIT DROP AS
    SELECT gen_random_uuid() AS id, l.studio_id, l.month, sum(l.quantity * l.unit_price_cents)::int AS excl, sum(l.quantity)::int AS desk_days,
           ((l.month || '-01')::date + interval '1 month')::date AS issue_date, substr(l.month, 1, 4)::int AS year,
           (l.month || '-01')::date + interval '3 months' <= date_trunc('month', $1::date) AS paid
      FROM gen_line l GROUP BY l.studio_id, l.month`,
    [span.today],
  );
  await sql.query(
    `
    INSERT INTO invoice (id, number, studio_id, month, status, total_excl_tax_cents, vat_rate_pct, vat_cents, total_incl_tax_cents,
                         billable_desk_days, contract_numbers, issued_at, issue_date, due_date, paid_on, seller, buyer)
    SELECT i.id, 'FLEX-' || i.year || '-' || lpad((coalesce(c.last_number, 0) + row_number() OVER (PARTITION BY i.year ORDER BY i.month, i.studio_id))::text, 5, '0'),
           i.studio_id, i.month, CASE WHEN i.paid THEN 'PAID' ELSE 'ISSUED' END, i.excl, 20, round(i.excl * 0.2)::int, i.excl + round(i.excl * 0.2)::int,
           i.desk_days, jsonb_build_array(ct.number), i.issue_date + time '09:00', i.issue_date, i.issue_date + 30,
           CASE WHEN i.paid THEN (i.issue_date + 21)::date END, $1::jsonb,
           jsonb_build_object('legalName', s.legal_name, 'tradeName', s.name, 'legalForm', null, 'addressLines', jsonb_build_array(s.name || ' rue du Banc'),
                              'postCode', '16000', 'city', 'Angoulême', 'countryCode', 'FR', 'siret', s.siret, 'vatNumber', null, 'rcs', null,
                              'email', s.contact_email, 'phone', null, 'iban', null, 'bic', null)
      FROM gen_invoice i JOIN studio s ON s.id = i.studio_id JOIN contract ct ON ct.studio_id = s.id
      LEFT JOIN document_counter c ON c.kind = 'FLEX' AND c.year = i.year`,
    [JSON.stringify(DEFAULT_SELLER)],
  );
  await advanceCounter(sql, 'FLEX', 'gen_invoice');
  await sql.query(`
    INSERT INTO invoice_line (invoice_id, position, kind, booking_id, description, quantity, unit_price_cents, amount_cents, period_start, period_end)
    SELECT i.id, (row_number() OVER (PARTITION BY i.id ORDER BY l.period_start, l.booking_id))::smallint, 'DESK_DAYS', l.booking_id,
           'Postes ' || l.period_start || ' – ' || l.period_end, l.quantity, l.unit_price_cents, l.quantity * l.unit_price_cents, l.period_start, l.period_end
      FROM gen_line l JOIN gen_invoice i ON i.studio_id = l.studio_id AND i.month = l.month`);
}

export async function generateActivity(sql: pg.Client, span: Span): Promise<void> {
  await bookings(sql, span);
  await crew(sql, span);
  await invoices(sql, span);
}
