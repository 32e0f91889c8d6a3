import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { LocalDate } from '../../../common/time/dates.js';
import type { SiteCalendar } from '../../site/opening.js';
import type { ComponentFootprint } from '../kit-allocation.js';
import type { FactorVersionRow } from './factor-versions.js';
import type { KitStay, MeterReading, ProductionDeskRow } from './production-footprint.js';
import { CarbonStatementEntity, Co2FactorVersionEntity, KitMeterReadingEntity } from './statement.entity.js';

export interface ProductionKey {
  studioId: string;
  productionName: string;
}

/** What a carbon statement reads and writes; every query names its studio or the operator's whole network. */
@Injectable()
export class StatementRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(em?: EntityManager) {
    return em ?? this.dataSource.manager;
  }

  /** Productions (studio + name) with a CONFIRMED desk held in [from, to]; one studio, or all when null. */
  async productions(studioId: string | null, from: LocalDate, to: LocalDate, em?: EntityManager): Promise<ProductionKey[]> {
    return this.em(em).query(
      `SELECT DISTINCT b.studio_id AS "studioId", b.production_name AS "productionName"
         FROM booking b JOIN booking_desk bd ON bd.booking_id = b.id
        WHERE b.status = 'CONFIRMED' AND bd.live AND bd.days && daterange($2::date, $3::date, '[]') AND ($1::uuid IS NULL OR b.studio_id = $1)
        ORDER BY 2, 1`,
      [studioId, from, to],
    );
  }

  async deskRows(p: ProductionKey, from: LocalDate, to: LocalDate, em?: EntityManager): Promise<ProductionDeskRow[]> {
    return this.em(em).query(
      `SELECT bd.desk_id AS "deskId", d.site_id AS "siteId", lower(bd.days)::text AS "first", (upper(bd.days) - 1)::text AS "last"
         FROM booking_desk bd JOIN booking b ON b.id = bd.booking_id JOIN desk d ON d.id = bd.desk_id
        WHERE b.status = 'CONFIRMED' AND bd.live AND b.studio_id = $1 AND b.production_name = $2 AND bd.days && daterange($3::date, $4::date, '[]')
        ORDER BY bd.desk_id, lower(bd.days)`,
      [p.studioId, p.productionName, from, to],
    );
  }

  async stays(deskIds: string[], em?: EntityManager): Promise<KitStay[]> {
    return this.em(em).query(
      `SELECT kit_id AS "kitId", desk_id AS "deskId", from_date::text AS "from", to_date::text AS "to" FROM kit_desk_history WHERE desk_id = ANY($1::uuid[]) ORDER BY from_date, created_at`,
      [deskIds],
    );
  }

  async components(kitIds: string[], em?: EntityManager): Promise<Map<string, ComponentFootprint[]>> {
    const rows: Array<{ kitId: string; kg: string; refurbished: boolean }> = await this.em(em).query(
      `SELECT kit_id AS "kitId", embodied_kg_co2e AS kg, refurbished FROM kit_component WHERE kit_id = ANY($1::uuid[]) ORDER BY kit_id, id`,
      [kitIds],
    );
    const out = new Map<string, ComponentFootprint[]>();
    for (const r of rows) out.set(r.kitId, [...(out.get(r.kitId) ?? []), { embodiedKgCo2e: Number(r.kg), refurbished: r.refurbished }]);
    return out;
  }

  async readings(kitIds: string[], em?: EntityManager): Promise<MeterReading[]> {
    const rows: Array<{ kitId: string; readOn: string; kwh: string }> = await this.em(em).query(
      `SELECT kit_id AS "kitId", read_on::text AS "readOn", kwh FROM kit_meter_reading WHERE kit_id = ANY($1::uuid[]) ORDER BY kit_id, read_on`,
      [kitIds],
    );
    return rows.map((r) => ({ ...r, kwh: Number(r.kwh) }));
  }

  async calendar(siteId: string, from: LocalDate, to: LocalDate, em?: EntityManager): Promise<SiteCalendar> {
    const [site] = await this.em(em).query(`SELECT open_weekdays AS "openWeekdays" FROM site WHERE id = $1`, [siteId]);
    const closures: Array<{ date: string }> = await this.em(em).query(`SELECT date::text AS date FROM closure_date WHERE site_id = $1 AND date BETWEEN $2 AND $3`, [siteId, from, to]);
    return { openWeekdays: site.openWeekdays.map(Number), closures: new Set(closures.map((c) => c.date)) };
  }

  async siteNames(em?: EntityManager): Promise<Record<string, string>> {
    const rows: Array<{ id: string; name: string }> = await this.em(em).query(`SELECT id, name FROM site`);
    return Object.fromEntries(rows.map((r) => [r.id, r.name]));
  }

  /** Person-days checked in on the production's bookings (one per crew member and day). */
  async checkInDays(p: ProductionKey, from: LocalDate, to: LocalDate, em?: EntityManager): Promise<number> {
    const [row] = await this.em(em).query(
      `SELECT count(DISTINCT (ci.crew_member_id, ci.day))::int AS n
         FROM crew_check_in ci JOIN crew_assignment a ON a.id = ci.assignment_id JOIN booking b ON b.id = a.booking_id
        WHERE b.studio_id = $1 AND b.production_name = $2 AND ci.day BETWEEN $3 AND $4`,
      [p.studioId, p.productionName, from, to],
    );
    return row.n;
  }

  async studioName(studioId: string, em?: EntityManager): Promise<string | null> {
    const [row] = await this.em(em).query(`SELECT name FROM studio WHERE id = $1`, [studioId]);
    return row?.name ?? null;
  }

  /** The latest version of each factor key. */
  async latestFactors(em?: EntityManager): Promise<Map<string, Co2FactorVersionEntity>> {
    const rows: Co2FactorVersionEntity[] = await this.em(em).query(
      `SELECT DISTINCT ON (key) id, key, value::float8 AS value, source, created_by_id AS "createdById", created_at AS "createdAt" FROM co2_factor_version ORDER BY key, id DESC`,
    );
    return new Map(rows.map((r) => [r.key, r]));
  }

  factorHistory(em?: EntityManager): Promise<Co2FactorVersionEntity[]> {
    return this.em(em).getRepository(Co2FactorVersionEntity).find({ order: { id: 'DESC' }, take: 200 });
  }

  /** Appends factor versions (none: nothing written). */
  async addFactorVersions(rows: FactorVersionRow[], em?: EntityManager): Promise<void> {
    if (rows.length) await this.em(em).getRepository(Co2FactorVersionEntity).insert(rows);
  }

  async addReading(row: Pick<KitMeterReadingEntity, 'kitId' | 'readOn' | 'kwh' | 'createdById'>, em?: EntityManager): Promise<KitMeterReadingEntity> {
    const repo = this.em(em).getRepository(KitMeterReadingEntity);
    await repo.upsert(row, ['kitId', 'readOn']);
    return (await repo.findOneBy({ kitId: row.kitId, readOn: row.readOn }))!;
  }

  kitExists(kitId: string, em?: EntityManager): Promise<boolean> {
    return this.em(em).query(`SELECT 1 FROM kit WHERE id = $1`, [kitId]).then((r: unknown[]) => r.length > 0);
  }

  async insertStatement(row: Omit<CarbonStatementEntity, 'id' | 'studio'>, em: EntityManager): Promise<CarbonStatementEntity> {
    const repo = em.getRepository(CarbonStatementEntity);
    const { identifiers } = await repo.insert(row as never);
    return (await repo.findOneBy({ id: identifiers[0].id }))!;
  }

  /** Statements without their documents; one studio, or all when null. */
  statements(studioId: string | null, em?: EntityManager): Promise<CarbonStatementEntity[]> {
    return this.em(em)
      .getRepository(CarbonStatementEntity)
      .find({
        where: studioId ? { studioId } : {},
        select: { id: true, number: true, studioId: true, productionName: true, periodFrom: true, periodTo: true, issuedAt: true, figures: true, factors: true, sha256: true, createdById: true },
        order: { issuedAt: 'DESC', number: 'DESC' },
        take: 500,
      });
  }

  findStatement(id: string, em?: EntityManager): Promise<CarbonStatementEntity | null> {
    return this.em(em).getRepository(CarbonStatementEntity).findOneBy({ id });
  }
}
