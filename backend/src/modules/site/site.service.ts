import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { LocalDate } from '../../common/time/dates.js';
import { SiteCalendar } from './opening.js';
import { SiteRepository } from './site.repository.js';

/** Each site's calendar by site id; `of` answers the calendar of one of them. */
export class SiteCalendars {
  constructor(private readonly bySite: ReadonlyMap<string, SiteCalendar>) {}
  of(siteId: string): SiteCalendar {
    const calendar = this.bySite.get(siteId);
    if (!calendar) throw new Error(`No calendar read for site ${siteId}`);
    return calendar;
  }
}

@Injectable()
export class SiteService {
  constructor(private readonly site: SiteRepository) {}

  /** Opening rules and closures of one site between two dates (inclusive). */
  async calendar(siteId: string, from: LocalDate, to: LocalDate, em?: EntityManager): Promise<SiteCalendar> {
    return (await this.calendars([siteId], from, to, em)).of(siteId);
  }

  /** The calendars of several sites in two statements. */
  async calendars(siteIds: readonly string[], from: LocalDate, to: LocalDate, em?: EntityManager): Promise<SiteCalendars> {
    const ids = [...new Set(siteIds)];
    const rows = ids.length ? await this.site.calendarRows(ids, from, to, em) : [];
    return new SiteCalendars(new Map<string, SiteCalendar>(rows.map((r) => [r.id, { openWeekdays: r.openWeekdays, closures: new Set<LocalDate>(r.closures) }])));
  }

  /** The first site created: where a booking without desks left is counted. */
  async defaultSiteId(em?: EntityManager): Promise<string> {
    const [first] = await this.site.sites(em);
    if (!first) throw new Error('No site: run the migrations and the base seed');
    return first.id;
  }

  /** The calendar of the site a desk stands in. */
  async calendarOfDesk(deskId: string, from: LocalDate, to: LocalDate, em?: EntityManager): Promise<SiteCalendar> {
    const [desk] = await this.site.desksByIds([deskId], em);
    if (!desk) throw new Error(`Unknown desk ${deskId}`);
    return this.calendar(desk.siteId, from, to, em);
  }
}
