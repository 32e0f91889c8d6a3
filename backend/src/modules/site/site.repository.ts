import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { LocalDate } from '../../common/time/dates.js';
import { DeskEntity } from './desk.entity.js';
import { ClosureDateEntity, SiteEntity } from './site.entity.js';

/** Desks of one zone of a site. */
export interface ZoneCount {
  siteId: string;
  zone: string;
  desks: number;
}

/** Sites, desks and closures: shared by every studio, so no studio scope applies (sites scope them: site-scope.service.ts). */
@Injectable()
export class SiteRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(em?: EntityManager) {
    return em ?? this.dataSource.manager;
  }

  /** Every site, first created first (the first one is the default site of a single-site reading). */
  sites(em?: EntityManager): Promise<SiteEntity[]> {
    return this.em(em).getRepository(SiteEntity).find({ order: { createdAt: 'ASC', name: 'ASC' } });
  }

  sitesByIds(ids: readonly string[], em?: EntityManager): Promise<SiteEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.em(em).getRepository(SiteEntity).find({ where: { id: In([...ids]) }, order: { createdAt: 'ASC', name: 'ASC' } });
  }

  /** Desks of these sites (null: every site), by site then code. */
  desks(siteIds: readonly string[] | null = null, em?: EntityManager): Promise<DeskEntity[]> {
    const qb = this.em(em).getRepository(DeskEntity).createQueryBuilder('d');
    if (siteIds) qb.where('d.siteId = ANY(:siteIds)', { siteIds: [...siteIds] });
    return qb.orderBy('d.code').addOrderBy('d.siteId').getMany();
  }

  desksByIds(ids: readonly string[], em?: EntityManager): Promise<DeskEntity[]> {
    return this.em(em).getRepository(DeskEntity).findBy({ id: In([...ids]) });
  }

  /** The site of a booking's desks (a booking stays within one site); null when it has none. */
  async siteIdOfBooking(bookingId: string, em?: EntityManager): Promise<string | null> {
    const [row] = await this.em(em).query(`SELECT d.site_id AS "siteId" FROM booking_desk bd JOIN desk d ON d.id = bd.desk_id WHERE bd.booking_id = $1 LIMIT 1`, [bookingId]);
    return row?.siteId ?? null;
  }

  /** The sites the studio's contracts (not terminated) cover. */
  async siteIdsCoveredFor(studioId: string, em?: EntityManager): Promise<string[]> {
    const rows: Array<{ site_id: string }> = await this.em(em).query(
      `SELECT DISTINCT cs.site_id FROM contract_site cs JOIN contract c ON c.id = cs.contract_id WHERE c.studio_id = $1 AND c.status <> 'TERMINATED'`,
      [studioId],
    );
    return rows.map((r) => r.site_id);
  }

  /** Desk counts per zone of these sites. */
  zoneCounts(siteIds: readonly string[], em?: EntityManager): Promise<ZoneCount[]> {
    return this.em(em).query(
      `SELECT site_id AS "siteId", zone, count(*)::int AS desks FROM desk WHERE site_id = ANY($1::uuid[]) GROUP BY site_id, zone ORDER BY zone`,
      [[...siteIds]],
    );
  }

  /** Each site's opening weekdays with its closures in [from, to], in one statement. */
  calendarRows(siteIds: readonly string[], from: LocalDate, to: LocalDate, em?: EntityManager): Promise<Array<{ id: string; openWeekdays: number[]; closures: LocalDate[] }>> {
    return this.em(em).query(
      `SELECT s.id, s.open_weekdays AS "openWeekdays",
              coalesce(array_agg(c.date::text ORDER BY c.date) FILTER (WHERE c.date IS NOT NULL), '{}') AS closures
         FROM site s LEFT JOIN closure_date c ON c.site_id = s.id AND c.date BETWEEN $2::date AND $3::date
        WHERE s.id = ANY($1::uuid[])
        GROUP BY s.id`,
      [siteIds, from, to],
    );
  }

  /** Closures of these sites between two dates (inclusive). */
  closures(siteIds: readonly string[], from: LocalDate, to: LocalDate, em?: EntityManager): Promise<ClosureDateEntity[]> {
    return this.em(em)
      .getRepository(ClosureDateEntity)
      .createQueryBuilder('c')
      .where('c.siteId = ANY(:siteIds) AND c.date BETWEEN :from AND :to', { siteIds: [...siteIds], from, to })
      .orderBy('c.date')
      .getMany();
  }
}
