import { Args, Query, Resolver } from '@nestjs/graphql';
import { SITE_ARG } from './site-arg.js';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor } from '../../common/auth/decorators.js';
import { DeskModel } from './desk.model.js';
import { SiteScope } from './site-scope.service.js';
import { SiteModel } from './site.model.js';
import { SiteRepository } from './site.repository.js';

/** Sites and desks; the desks' kit fields (kit, bookable) are resolved by the kits module (kits/desk-kit.resolver.ts). */
@Resolver(() => DeskModel)
export class DesksResolver {
  constructor(
    private readonly site: SiteRepository,
    private readonly scope: SiteScope,
  ) {}

  @Query(() => [DeskModel], { description: 'The desks of a site (siteId), or of every site the caller sees, by code.' })
  async desks(@CurrentActor() actor: Actor, @Args('siteId', SITE_ARG) siteId?: string): Promise<DeskModel[]> {
    return (await this.site.desks(await this.scope.many(actor, siteId))).map(DeskModel.from);
  }

  @Query(() => [SiteModel], { description: 'The sites the caller sees (a manager: those its contracts cover), first opened first.' })
  async sites(@CurrentActor() actor: Actor): Promise<SiteModel[]> {
    const sites = await this.scope.visible(actor);
    const zones = await this.site.zoneCounts(sites.map((s) => s.id));
    return sites.map((s) => SiteModel.from(s, zones));
  }
}
