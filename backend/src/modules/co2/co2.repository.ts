import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { LocalDate } from '../../common/time/dates.js';
import { StudioEntity } from '../studios/studio.entity.js';
import { KitInService } from './kit-allocation.js';
import { DeskSpan } from './studio-occupancy.js';

/**
 * What the CO2 report reads: confirmed desk holds, Studio FLEX's kits, studios. Desk holds
 * are read for every studio because a studio's share of the footprint is its desk-days over
 * all desk-days; only aggregates leave the service for a manager (the calendar already shows
 * other studios' blocks as anonymous "booked").
 */
@Injectable()
export class Co2Repository {
  constructor(private readonly dataSource: DataSource) {}

  private em(em?: EntityManager) {
    return em ?? this.dataSource.manager;
  }

  /** booking_desk rows of CONFIRMED bookings overlapping [from, to], as inclusive dates. */
  /** Confirmed desk spans of these sites (null: every site). */
  async confirmedDeskSpans(from: LocalDate, to: LocalDate, siteIds: readonly string[] | null, em?: EntityManager): Promise<DeskSpan[]> {
    const rows: Array<{ studioId: string; status: string; first: string; last: string }> = await this.em(em).query(
      `SELECT b.studio_id AS "studioId", b.status, lower(bd.days)::text AS "first", (upper(bd.days) - 1)::text AS "last"
         FROM booking_desk bd JOIN booking b ON b.id = bd.booking_id
        WHERE b.status = 'CONFIRMED' AND bd.live AND bd.days && daterange($1::date, $2::date, '[]')
          AND ($3::uuid[] IS NULL OR bd.desk_id IN (SELECT id FROM desk WHERE site_id = ANY($3::uuid[])))`,
      [from, to, siteIds],
    );
    return rows;
  }

  /** Kits in service on at least one day of [from, to], with their components' footprints. */
  /** Of these sites (null: every kit, spares included): the kits on their desks. */
  async kitsInService(from: LocalDate, to: LocalDate, siteIds: readonly string[] | null, em?: EntityManager): Promise<KitInService[]> {
    const rows: Array<{ id: string; purchasedOn: string; retiredOn: string | null; kg: string | null; refurbished: boolean | null }> = await this.em(em).query(
      `SELECT k.id, k.purchased_on::text AS "purchasedOn", k.retired_on::text AS "retiredOn", c.embodied_kg_co2e AS kg, c.refurbished
         FROM kit k LEFT JOIN kit_component c ON c.kit_id = k.id
        WHERE k.purchased_on <= $2::date AND (k.retired_on IS NULL OR k.retired_on >= $1::date)
          AND ($3::uuid[] IS NULL OR k.desk_id IN (SELECT id FROM desk WHERE site_id = ANY($3::uuid[])))
        ORDER BY k.id`,
      [from, to, siteIds],
    );
    const kits = new Map<string, KitInService>();
    for (const r of rows) {
      let kit = kits.get(r.id);
      if (!kit) kits.set(r.id, (kit = { purchasedOn: r.purchasedOn, retiredOn: r.retiredOn, components: [] }));
      if (r.kg !== null) kit.components.push({ embodiedKgCo2e: Number(r.kg), refurbished: !!r.refurbished });
    }
    return [...kits.values()];
  }

  /** The day Studio FLEX's first kit went into service: the start of "since opening". */
  async firstKitPurchase(em?: EntityManager): Promise<LocalDate | null> {
    const [row] = await this.em(em).query(`SELECT min(purchased_on)::text AS first FROM kit`);
    return row?.first ?? null;
  }

  studioExists(id: string, em?: EntityManager): Promise<boolean> {
    return this.em(em).getRepository(StudioEntity).existsBy({ id });
  }
}
