import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor } from '../../common/auth/actor.js';
import { notFound } from '../../common/errors/domain-error.js';
import { SiteEntity } from './site.entity.js';
import { SiteRepository } from './site.repository.js';

/**
 * The one place that says which sites a caller reads (SPEC: sites and roles). Every read that
 * takes a `siteId` asks here:
 * - `one`: reads of one site (calendar, availability, board): the site asked, else the caller's first;
 * - `many`: lists and reports: the site asked, else every site the caller may see (null: the whole network).
 * A site the caller may not see answers NOT_FOUND when it does not exist.
 */
@Injectable()
export class SiteScope {
  constructor(private readonly sites: SiteRepository) {}

  /** The sites the caller may see (null: every site), first created first. */
  async visible(actor: Actor | null, em?: EntityManager): Promise<SiteEntity[]> {
    return this.sites.sites(em);
  }

  /** The one site a read covers. */
  async one(actor: Actor, siteId?: string | null, em?: EntityManager): Promise<SiteEntity> {
    const visible = await this.visible(actor, em);
    if (siteId) return this.allowed(visible, siteId);
    if (!visible.length) throw notFound('Site');
    return visible[0];
  }

  /**
   * The site ids a list covers; null when it covers the whole network (the operator, and a
   * manager, whose lists are its studio's anyway, when no site is asked).
   */
  async many(actor: Actor, siteId?: string | null, em?: EntityManager): Promise<string[] | null> {
    if (!siteId) return null;
    return [this.allowed(await this.visible(actor, em), siteId).id];
  }

  private allowed(visible: readonly SiteEntity[], siteId: string): SiteEntity {
    const site = visible.find((s) => s.id === siteId);
    if (!site) throw notFound('Site', siteId);
    return site;
  }
}
