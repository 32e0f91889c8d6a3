import pg from 'pg';
import { performance } from 'node:perf_hooks';
import { generateActivity } from './generate-activity.js';

/*
 * The bench's data generator: realistic data of a given size written straight in SQL,
 * set-based (generate_series, unnest, window sums), into a database already migrated and
 * seeded with the base data (and the demo). Every row goes through the real schema, so the
 * exclusion constraints, foreign keys and checks hold it to the same rules as the app.
 */

export type SizeName = 'S' | 'M' | 'L';

export interface Size {
  name: SizeName;
  sites: number;
  /** Studios booking at each site (M: ten times S's). */
  studiosPerSite: number;
  years: number;
}

export const SIZES: Record<SizeName, Size> = {
  S: { name: 'S', sites: 1, studiosPerSite: 12, years: 5 },
  M: { name: 'M', sites: 1, studiosPerSite: 120, years: 5 },
  L: { name: 'L', sites: 50, studiosPerSite: 12, years: 5 },
};

export function sizesFromEnv(raw = process.env.BENCH_SIZES): Size[] {
  const names = (raw && raw.trim() ? raw : 'S,L').split(',').map((s) => s.trim().toUpperCase());
  return names.map((n) => {
    if (!(n in SIZES)) throw new Error(`BENCH_SIZES: unknown size "${n}" (S, M or L)`);
    return SIZES[n as SizeName];
  });
}

export interface GeneratedCounts {
  sites: number;
  desks: number;
  studios: number;
  bookings: number;
  bookingDesks: number;
  deskDays: number;
  crewAssignments: number;
  checkIns: number;
  invoices: number;
  seconds: number;
}

/** Sites 2…n as copies of the first (desks, kits with their components, closures). */
async function addSites(sql: pg.Client, size: Size): Promise<void> {
  if (size.sites <= 1) return;
  await sql.query(`
    CREATE TEMP TABLE gen_site ON COMMIT DROP AS
    SELECT gen_random_uuid() AS id, n FROM generate_series(2, $1::int) AS n`, [size.sites]);
  await sql.query(`
    INSERT INTO site (id, name, timezone, area_sqm, open_weekdays, address)
    SELECT g.id, 'Studio FLEX Site ' || lpad(g.n::text, 2, '0'), s.timezone, s.area_sqm, s.open_weekdays, 'Site ' || g.n || ', France'
      FROM gen_site g CROSS JOIN (SELECT * FROM site ORDER BY created_at LIMIT 1) s`);
  await sql.query(`
    INSERT INTO closure_date (site_id, date, label)
    SELECT g.id, c.date, c.label FROM gen_site g CROSS JOIN closure_date c
     WHERE c.site_id = (SELECT id FROM site ORDER BY created_at LIMIT 1)`);
  await sql.query(`
    INSERT INTO desk (site_id, code, zone, x, y)
    SELECT g.id, d.code, d.zone, d.x, d.y FROM gen_site g CROSS JOIN desk d
     WHERE d.site_id = (SELECT id FROM site ORDER BY created_at LIMIT 1)`);
  // One operational kit per new desk, with the components of the first site's kits.
  await sql.query(`
    CREATE TEMP TABLE gen_kit ON COMMIT DROP AS
    SELECT gen_random_uuid() AS id, d.id AS desk_id, g.n, d.code,
           (SELECT k.id FROM kit k JOIN desk d1 ON d1.id = k.desk_id WHERE d1.code = d.code
             AND d1.site_id = (SELECT id FROM site ORDER BY created_at LIMIT 1)) AS model_kit
      FROM desk d JOIN gen_site g ON g.id = d.site_id`);
  await sql.query(`
    INSERT INTO kit (id, asset_tag, status, desk_id, purchased_on)
    SELECT gk.id, 'KIT-S' || lpad(gk.n::text, 2, '0') || '-' || gk.code, 'OPERATIONAL', gk.desk_id, k.purchased_on
      FROM gen_kit gk JOIN kit k ON k.id = gk.model_kit`);
  await sql.query(`
    INSERT INTO kit_desk_history (kit_id, desk_id, from_date, arrived_by)
    SELECT gk.id, gk.desk_id, k.purchased_on, h.arrived_by
      FROM gen_kit gk JOIN kit k ON k.id = gk.model_kit
      JOIN kit_desk_history h ON h.kit_id = k.id AND h.to_date IS NULL`);
  await sql.query(`
    INSERT INTO kit_component (kit_id, type, model, serial_number, embodied_kg_co2e, refurbished, footprint_source)
    SELECT gk.id, c.type, c.model, c.serial_number || '-S' || gk.n, c.embodied_kg_co2e, c.refurbished, c.footprint_source
      FROM gen_kit gk JOIN kit_component c ON c.kit_id = gk.model_kit`);
}

/** Studios (each with an active contract over the whole span), spread over the sites. */
async function addStudios(sql: pg.Client, size: Size, first: string, last: string): Promise<void> {
  await sql.query(`
    CREATE TEMP TABLE gen_studio ON COMMIT DROP AS
    SELECT gen_random_uuid() AS id, gen_random_uuid() AS contract_id, s.id AS site_id, s.ord, i,
           row_number() OVER (ORDER BY s.ord, i) AS n
      FROM (SELECT id, row_number() OVER (ORDER BY created_at, name) AS ord FROM site) s
     CROSS JOIN generate_series(1, $1::int) AS i`, [size.studiosPerSite]);
  await sql.query(`
    INSERT INTO studio (id, name, legal_name, siret, billing_address, contact_email, electronic_address)
    SELECT id, 'Banc ' || n, 'Studio Banc ' || n || ' SAS', lpad((732829320 + n)::text, 9, '0') || '00017',
           n || ' rue du Banc, 16000 Angoulême', 'banc' || n || '@bench.example', lpad((732829320 + n)::text, 9, '0')
      FROM gen_studio`);
  const { rows } = await sql.query<{ year: number; last: number }>(
    `SELECT extract(year FROM $1::date)::int AS year, coalesce((SELECT last_number FROM document_counter WHERE kind = 'CT' AND year = extract(year FROM $1::date)), 0) AS last`,
    [first],
  );
  const { year, last: counter } = rows[0];
  await sql.query(
    `
    INSERT INTO contract (id, number, studio_id, status, start_date, end_date, daily_rate_cents, max_desks,
                          insurance_policy_ref, insurance_expires_on, activated_at)
    SELECT contract_id, 'CT-' || $3::int || '-' || lpad(($4::int + n)::text, 3, '0'), id, 'ACTIVE', $1::date - 30, $2::date + 365,
           3000 + (n % 5) * 250, 40, 'POL-BANC-' || n, $2::date + 365, $1::date - 30
      FROM gen_studio`,
    [first, last, year, counter],
  );
  await sql.query(
    `INSERT INTO document_counter (kind, year, last_number) VALUES ('CT', $1, $2)
     ON CONFLICT (kind, year) DO UPDATE SET last_number = EXCLUDED.last_number`,
    [year, counter + (await sql.query(`SELECT count(*)::int AS c FROM gen_studio`)).rows[0].c],
  );
}

async function counts(sql: pg.Client, seconds: number): Promise<GeneratedCounts> {
  const { rows } = await sql.query(`
    SELECT (SELECT count(*) FROM site)::int AS sites, (SELECT count(*) FROM desk)::int AS desks,
           (SELECT count(*) FROM studio)::int AS studios, (SELECT count(*) FROM booking)::int AS bookings,
           (SELECT count(*) FROM booking_desk)::int AS "bookingDesks",
           (SELECT coalesce(sum(upper(days) - lower(days)), 0) FROM booking_desk WHERE live)::int AS "deskDays",
           (SELECT count(*) FROM crew_assignment)::int AS "crewAssignments",
           (SELECT count(*) FROM crew_check_in)::int AS "checkIns", (SELECT count(*) FROM invoice)::int AS invoices`);
  return { ...rows[0], seconds };
}

/**
 * Generates `size` in one transaction (deterministic: seeded random) around `today`: the span
 * is `size.years` years, the last one ahead of today.
 */
export async function generate(sql: pg.Client, size: Size, today: string, now: Date): Promise<GeneratedCounts> {
  const start = performance.now();
  const span = await sql.query<{ first: string; last: string }>(
    `SELECT (date_trunc('week', $1::date - make_interval(years => $2::int - 1)))::date::text AS first,
            ($1::date + interval '1 year')::date::text AS last`,
    [today, size.years],
  );
  const { first, last } = span.rows[0];
  await sql.query('BEGIN');
  try {
    await sql.query(`SELECT setseed(0.15)`);
    await addSites(sql, size);
    await addStudios(sql, size, first, last);
    await generateActivity(sql, { first, last, today, now });
    await sql.query('COMMIT');
  } catch (e) {
    await sql.query('ROLLBACK');
    throw e;
  }
  await sql.query('ANALYZE');
  return counts(sql, Math.round((performance.now() - start) / 100) / 10);
}
