import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { LocalDate } from '../../common/time/dates.js';
import { SiteCalendar } from './opening.js';
import { SiteRepository } from './site.repository.js';

@Injectable()
export class SiteService {
  constructor(private readonly site: SiteRepository) {}

  /** Opening rules and closures of the main site between two dates (inclusive). */
  async calendar(from: LocalDate, to: LocalDate, em?: EntityManager): Promise<SiteCalendar> {
    const site = await this.site.mainSite(em);
    const closures = await this.site.closures(site.id, from, to, em);
    return { openWeekdays: site.openWeekdays, closures: new Set(closures.map((c) => c.date)) };
  }
}
