import { Injectable } from '@nestjs/common';
import { Actor, assertOperator } from '../../common/auth/actor.js';
import { Transactions } from '../../common/database/transactions.js';
import { badInput, notFound } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { isSupportedDate } from '../../common/time/dates.js';
import { CreateSiteInput, SiteClosureInput, UpdateSiteInput } from './dto/site.input.js';
import { floorPlan } from './floor-plan.js';
import { frenchPublicHolidays } from './french-holidays.js';
import { SiteAdminRepository } from './site-admin.repository.js';
import { SiteScope } from './site-scope.service.js';
import { SiteEntity } from './site.entity.js';

/** Most desks one site may have. */
export const MAX_SITE_DESKS = 400;
/** Years of French public holidays a new site is closed on: this one and the next three (as the first site's seed). */
const HOLIDAY_YEARS = 4;

/** Whether the runtime knows this IANA time zone (Europe/Paris, America/Montreal…). */
export function isIanaTimezone(zone: string): boolean {
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+$|^UTC$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function checkWeekdays(days: readonly number[]): number[] {
  const unique = [...new Set(days)].sort((a, b) => a - b);
  if (unique.length !== days.length) throw badInput('openWeekdays', 'openWeekdays lists each weekday once (1 = Monday … 7 = Sunday)');
  return unique;
}

/** The network operator creates and changes sites (network-wide: site operators may not). */
@Injectable()
export class SiteAdminService {
  constructor(
    private readonly transactions: Transactions,
    private readonly repo: SiteAdminRepository,
    private readonly scope: SiteScope,
    private readonly clock: Clock,
  ) {}

  /** A site with its desks (codes and floor positions as the first site's), optionally a kit per desk; all or nothing. */
  async create(actor: Actor, input: CreateSiteInput): Promise<SiteEntity> {
    assertOperator(actor);
    const name = input.name.trim();
    if (!isIanaTimezone(input.timezone)) throw badInput('timezone', `${input.timezone} is not an IANA time zone (e.g. Europe/Paris)`);
    const openWeekdays = checkWeekdays(input.openWeekdays);
    const letters = input.zones.map((z) => z.name);
    if (new Set(letters).size !== letters.length) throw badInput('zones', 'Each zone has its own letter');
    const total = input.zones.reduce((s, z) => s + z.desks, 0);
    if (total > MAX_SITE_DESKS) throw badInput('zones', `A site has at most ${MAX_SITE_DESKS} desks; these zones make ${total}`);
    return this.transactions.run(async (em) => {
      if (await this.repo.nameTaken(name, null, em)) throw badInput('name', `A site is already called ${name}`, { reason: 'NAME_TAKEN' });
      const site = await this.repo.insertSite({ name, address: input.address.trim(), timezone: input.timezone, areaSqm: input.areaSqm, openWeekdays }, em);
      const deskIds = await this.repo.insertDesks(site.id, floorPlan(input.zones), em);
      const today = this.clock.today();
      if (input.withKits) await this.repo.insertKits([...deskIds.values()], today, actor.userId, em);
      if (input.frenchHolidays ?? true) {
        const year = Number(today.slice(0, 4));
        const holidays = Array.from({ length: HOLIDAY_YEARS }, (_, i) => frenchPublicHolidays(year + i)).flat();
        await this.repo.addClosures(site.id, holidays, em);
      }
      return site;
    });
  }

  async update(actor: Actor, input: UpdateSiteInput): Promise<SiteEntity> {
    assertOperator(actor);
    if (input.timezone != null && !isIanaTimezone(input.timezone)) throw badInput('timezone', `${input.timezone} is not an IANA time zone (e.g. Europe/Paris)`);
    const openWeekdays = input.openWeekdays ? checkWeekdays(input.openWeekdays) : undefined;
    const name = input.name?.trim();
    return this.transactions.run(async (em) => {
      if (name && (await this.repo.nameTaken(name, input.id, em))) throw badInput('name', `A site is already called ${name}`, { reason: 'NAME_TAKEN' });
      const fields = Object.fromEntries(
        Object.entries({ name, address: input.address?.trim(), timezone: input.timezone, areaSqm: input.areaSqm, openWeekdays }).filter(([, v]) => v != null),
      );
      const site = await this.repo.updateSite(input.id, fields, em);
      if (!site) throw notFound('Site', input.id);
      return site;
    });
  }

  /** The network operator, or a site operator at its own sites. */
  async addClosure(actor: Actor, input: SiteClosureInput): Promise<boolean> {
    this.scope.assertSiteOperatorOrOperator(actor);
    this.scope.assertSite(actor, input.siteId);
    if (!isSupportedDate(input.date)) throw badInput('date', 'date is written YYYY-MM-DD');
    return this.transactions.run(async (em) => {
      if (!(await this.repo.updateSite(input.siteId, {}, em))) throw notFound('Site', input.siteId);
      return (await this.repo.addClosures(input.siteId, [{ date: input.date, label: input.label.trim() }], em)) > 0;
    });
  }

  async removeClosure(actor: Actor, siteId: string, date: string): Promise<boolean> {
    this.scope.assertSiteOperatorOrOperator(actor);
    this.scope.assertSite(actor, siteId);
    return this.transactions.run((em) => this.repo.removeClosure(siteId, date, em));
  }
}
