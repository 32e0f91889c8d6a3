import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { LocalDate } from '../../common/time/dates.js';
import type { PlannedDesk } from './floor-plan.js';
import { SiteEntity } from './site.entity.js';

type SiteFields = Pick<SiteEntity, 'name' | 'address' | 'timezone' | 'areaSqm' | 'openWeekdays'>;

/** The writes of the operator's site pages: a site, its desks (and their first kits), its closures. */
@Injectable()
export class SiteAdminRepository {
  async nameTaken(name: string, exceptId: string | null, em: EntityManager): Promise<boolean> {
    const rows = await em.query(`SELECT 1 FROM site WHERE lower(name) = lower($1) AND ($2::uuid IS NULL OR id <> $2::uuid)`, [name, exceptId]);
    return rows.length > 0;
  }

  async insertSite(fields: SiteFields, em: EntityManager): Promise<SiteEntity> {
    return em.getRepository(SiteEntity).save(em.getRepository(SiteEntity).create(fields));
  }

  async updateSite(id: string, fields: Partial<SiteFields>, em: EntityManager): Promise<SiteEntity | null> {
    const repo = em.getRepository(SiteEntity);
    const site = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!site) return null;
    return repo.save(Object.assign(site, fields));
  }

  /** The desks of a new site, in one statement; their ids by code. */
  async insertDesks(siteId: string, desks: readonly PlannedDesk[], em: EntityManager): Promise<Map<string, string>> {
    const rows: Array<{ id: string; code: string }> = await em.query(
      `INSERT INTO desk (site_id, code, zone, x, y)
       SELECT $1, code, zone, x, y FROM unnest($2::text[], $3::text[], $4::real[], $5::real[]) AS d(code, zone, x, y)
       RETURNING id, code`,
      [siteId, desks.map((d) => d.code), desks.map((d) => d.zone), desks.map((d) => d.x), desks.map((d) => d.y)],
    );
    return new Map(rows.map((r) => [r.code, r.id]));
  }

  /** One OPERATIONAL kit per desk, asset tags continuing the highest KIT-NNN, installed on `day`. */
  async insertKits(deskIds: readonly string[], day: LocalDate, userId: string, em: EntityManager): Promise<number> {
    await em.query(`LOCK TABLE kit IN SHARE ROW EXCLUSIVE MODE`);
    const [{ top }] = await em.query(`SELECT coalesce(max(substring(asset_tag FROM '^KIT-([0-9]+)$')::int), 0) AS top FROM kit`);
    const rows: Array<{ id: string; desk_id: string }> = await em.query(
      `INSERT INTO kit (asset_tag, status, desk_id, purchased_on)
       SELECT 'KIT-' || lpad((($2::int) + ord)::text, 3, '0'), 'OPERATIONAL', desk_id, $3::date
         FROM unnest($1::uuid[]) WITH ORDINALITY AS d(desk_id, ord)
       RETURNING id, desk_id`,
      [[...deskIds], top, day],
    );
    await em.query(
      `INSERT INTO kit_desk_history (kit_id, desk_id, from_date, arrived_by, created_by_id)
       SELECT unnest($1::uuid[]), unnest($2::uuid[]), $3::date, 'INSTALLED', $4::uuid`,
      [rows.map((r) => r.id), rows.map((r) => r.desk_id), day, userId],
    );
    return rows.length;
  }

  /** Adds the closures (a date already closed keeps its label); answers how many were new. */
  async addClosures(siteId: string, closures: ReadonlyArray<{ date: LocalDate; label: string }>, em: EntityManager): Promise<number> {
    const added: unknown[] = await em.query(
      `INSERT INTO closure_date (site_id, date, label) SELECT $1, unnest($2::date[]), unnest($3::text[]) ON CONFLICT DO NOTHING RETURNING date`,
      [siteId, closures.map((c) => c.date), closures.map((c) => c.label)],
    );
    return added.length;
  }

  async removeClosure(siteId: string, date: LocalDate, em: EntityManager): Promise<boolean> {
    const [, count]: [unknown, number] = await em.query(`DELETE FROM closure_date WHERE site_id = $1 AND date = $2`, [siteId, date]);
    return count > 0;
  }
}
