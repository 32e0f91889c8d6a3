import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor } from '../../common/auth/decorators.js';
import { DateScalar } from '../../common/graphql/date.scalar.js';
import { CreateSiteInput, SiteClosureInput, UpdateSiteInput } from './dto/site.input.js';
import { SiteAdminService } from './site-admin.service.js';
import { SiteScope } from './site-scope.service.js';
import { SiteClosureModel, SiteModel } from './site.model.js';
import { SiteRepository } from './site.repository.js';

/** The operator's site pages: creating and changing sites, their closures. */
@Resolver(() => SiteModel)
export class SiteAdminResolver {
  constructor(
    private readonly admin: SiteAdminService,
    private readonly sites: SiteRepository,
    private readonly scope: SiteScope,
  ) {}

  private async model(id: string): Promise<SiteModel> {
    const [site] = await this.sites.sitesByIds([id]);
    return SiteModel.from(site, await this.sites.zoneCounts([id]));
  }

  @Mutation(() => SiteModel, { description: 'Network operator: a new site with its zones of desks (codes A01…, floor positions as the first site), optionally a kit per desk. BAD_USER_INPUT with the field; nothing written.' })
  async createSite(@CurrentActor() actor: Actor, @Args('input') input: CreateSiteInput): Promise<SiteModel> {
    return this.model((await this.admin.create(actor, input)).id);
  }

  @Mutation(() => SiteModel, { description: 'Network operator: changes a site’s name, address, time zone, area or opening days.' })
  async updateSite(@CurrentActor() actor: Actor, @Args('input') input: UpdateSiteInput): Promise<SiteModel> {
    return this.model((await this.admin.update(actor, input)).id);
  }

  @Query(() => [SiteClosureModel], { description: 'The closures of one site between two dates (inclusive).' })
  async siteClosures(
    @CurrentActor() actor: Actor,
    @Args('siteId', { type: () => ID }) siteId: string,
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
  ): Promise<SiteClosureModel[]> {
    const site = await this.scope.one(actor, siteId);
    return (await this.sites.closures([site.id], from, to)).map((c) => Object.assign(new SiteClosureModel(), { siteId: c.siteId, date: c.date, label: c.label }));
  }

  @Mutation(() => Boolean, { description: 'Closes a site on a day (true; false when it was already closed then).' })
  async addSiteClosure(@CurrentActor() actor: Actor, @Args('input') input: SiteClosureInput): Promise<boolean> {
    return this.admin.addClosure(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Opens a site again on a day it was closed (false when it was not).' })
  async removeSiteClosure(@CurrentActor() actor: Actor, @Args('siteId', { type: () => ID }) siteId: string, @Args('date', { type: () => DateScalar }) date: string): Promise<boolean> {
    return this.admin.removeClosure(actor, siteId, date);
  }
}
