import { DataSource } from 'typeorm';
import { floorPlan } from '../../src/modules/site/floor-plan.js';

export const VALENCE = 'Studio FLEX Valence (test)';

/**
 * A second site written straight to the tables (no rule checked): three zones of eight desks,
 * each with an operational kit, and one closure of its own (a day Angoulême stays open).
 */
export async function makeSecondSite(db: DataSource, closure = '2027-03-10'): Promise<{ id: string; deskIds: Record<string, string> }> {
  const [site] = await db.query(
    `INSERT INTO site (name, timezone, area_sqm, open_weekdays, address) VALUES ($1, 'Europe/Paris', 180, '{1,2,3,4,5}', 'La Cartoucherie, 26500 Bourg-lès-Valence') RETURNING id`,
    [VALENCE],
  );
  const plan = floorPlan(['A', 'B', 'C'].map((name) => ({ name, desks: 8 })));
  const deskIds: Record<string, string> = {};
  for (const d of plan) {
    const [desk] = await db.query(`INSERT INTO desk (site_id, code, zone, x, y) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [site.id, d.code, d.zone, d.x, d.y]);
    deskIds[d.code] = desk.id;
    await db.query(`INSERT INTO kit (asset_tag, status, desk_id, purchased_on) VALUES ($1, 'OPERATIONAL', $2, '2026-01-05')`, [`KIT-V${d.code}`, desk.id]);
  }
  await db.query(`INSERT INTO closure_date (site_id, date, label) VALUES ($1, $2, 'Fermeture Valence')`, [site.id, closure]);
  return { id: site.id, deskIds };
}

export async function firstSiteId(db: DataSource): Promise<string> {
  const [row] = await db.query(`SELECT id FROM site ORDER BY created_at, name LIMIT 1`);
  return row.id;
}
