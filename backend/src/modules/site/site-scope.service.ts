import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, isOperator, isSiteOperator } from '../../common/auth/actor.js';
import { Role } from '../../common/auth/role.js';
import { forbidden, notFound } from '../../common/errors/domain-error.js';
import { SiteEntity } from './site.entity.js';
import { SiteRepository } from './site.repository.js';

/**
 * The one place that says which sites a caller reads and acts on (README "Sites and roles").
 * - the network operator: every site;
 * - a site operator: the sites it runs (user_site); any other site answers FORBIDDEN;
 * - a studio manager: sees the sites its contracts cover (the first site when none), and may
 *   read the (anonymous) calendar of any site.
 * `one`: reads of one site (calendar, availability, board): the site asked, else the caller's first.
 * `many`: lists and reports: the site asked, else the caller's sites (null: the whole network).
 * A site that does not exist answers NOT_FOUND.
 */
@Injectable()
export class SiteScope {
  constructor(private readonly sites: SiteRepository) {}

  /** The sites the caller may see (null: every site), first created first. */
  async visible(actor: Actor | null, em?: EntityManager): Promise<SiteEntity[]> {
    const all = await this.sites.sites(em);
    if (!actor || isOperator(actor)) return all;
    if (isSiteOperator(actor)) return all.filter((s) => actor.siteIds?.includes(s.id));
    if (actor.role === Role.STUDIO_MANAGER && actor.studioId) {
      const covered = new Set(await this.sites.siteIdsCoveredFor(actor.studioId, em));
      const own = all.filter((s) => covered.has(s.id));
      return own.length ? own : all.slice(0, 1);
    }
    return [];
  }

  /** The one site a read covers. */
  async one(actor: Actor, siteId?: string | null, em?: EntityManager): Promise<SiteEntity> {
    const visible = await this.visible(actor, em);
    if (!siteId) {
      if (!visible.length) throw forbidden('You run no site');
      return visible[0];
    }
    const own = visible.find((s) => s.id === siteId);
    if (own) return own;
    const [site] = await this.sites.sitesByIds([siteId], em);
    if (!site) throw notFound('Site', siteId);
    // A manager reads any site's anonymous calendar; a site operator only its own sites.
    if (isSiteOperator(actor)) throw forbidden('This belongs to a site you do not run');
    return site;
  }

  /**
   * The site ids a list covers; null when it covers the whole network (the network operator,
   * and a manager, whose lists are its studio's anyway, when no site is asked).
   */
  async many(actor: Actor, siteId?: string | null, em?: EntityManager): Promise<string[] | null> {
    if (siteId) return [(await this.one(actor, siteId, em)).id];
    return isSiteOperator(actor) ? [...(actor.siteIds ?? [])] : null;
  }

  /** Refuses a site operator anything of a site it does not run (others pass). */
  assertSite(actor: Actor, siteId: string | null): void {
    if (isSiteOperator(actor) && (!siteId || !actor.siteIds?.includes(siteId))) throw forbidden('This belongs to a site you do not run');
  }

  /** The same, for a desk (null: a spare kit's missing desk, which only the network operator handles). */
  async assertDesk(actor: Actor, deskId: string | null, em?: EntityManager): Promise<void> {
    if (!isSiteOperator(actor)) return;
    const [desk] = deskId ? await this.sites.desksByIds([deskId], em) : [];
    this.assertSite(actor, desk?.siteId ?? null);
  }

  /** Network-wide, or (a site operator) at one of its sites. */
  assertSiteOperatorOrOperator(actor: Actor): void {
    if (!isOperator(actor) && !isSiteOperator(actor)) throw forbidden('Only an operator can do this');
  }
}
