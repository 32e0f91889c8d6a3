import { Args, Context, Float, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SITE_ARG } from '../site/site-arg.js';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor } from '../../common/auth/decorators.js';
import type { GqlContext } from '../../common/loaders/request-loaders.js';
import { DeskModel } from '../site/desk.model.js';
import { deskLoader } from '../site/desk.loaders.js';
import { KitStatus } from './kit.entity.js';
import { componentsByKitLoader, historyByKitLoader, ticketsByKitLoader } from './kit.loaders.js';
import { KitComponentModel, KitDeskStintModel, kitFootprint, KitModel } from './kit.model.js';
import { KitService } from './kit.service.js';
import { MaintenanceTicketModel } from './maintenance-ticket.model.js';
import { SiteScope } from '../site/site-scope.service.js';
import { SiteRepository } from '../site/site.repository.js';
import { KitRepository } from './kit.repository.js';
import { MaintenanceRepository } from './maintenance.repository.js';

/** Reading the kit inventory: any signed-in user (the equipment is no studio's secret); tickets are the operator's. */
@Resolver(() => KitModel)
export class KitsResolver {
  constructor(
    private readonly kitRepo: KitRepository,
    private readonly siteRepo: SiteRepository,
    private readonly ticketRepo: MaintenanceRepository,
    private readonly inventory: KitService,
    private readonly scope: SiteScope,
  ) {}

  @Query(() => [KitModel], { description: 'Every PC kit, on a desk or spare, by asset tag; filtered by status and/or spares; at one site (siteId: the kits on its desks) or every site the caller runs.' })
  async kits(
    @CurrentActor() actor: Actor,
    @Args('status', { type: () => KitStatus, nullable: true }) status?: KitStatus,
    @Args('spare', { type: () => Boolean, nullable: true, description: 'true: only kits on no desk (not retired); false: only kits on a desk.' }) spare?: boolean,
    @Args('siteId', SITE_ARG) siteId?: string,
  ): Promise<KitModel[]> {
    return (await this.inventory.list(actor, { status, spare }, siteId)).map(KitModel.from);
  }

  @Query(() => KitModel, { description: 'One kit, with its components, desk history and tickets.' })
  async kit(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<KitModel> {
    const kit = await this.inventory.get(id);
    // A site operator sees the kits of its sites' desks only.
    await this.scope.assertDesk(actor, kit.deskId);
    return KitModel.from(kit);
  }

  @ResolveField(() => DeskModel, { nullable: true, description: 'The desk it stands on; null for a spare.' })
  async desk(@Parent() kit: KitModel, @Context() ctx: GqlContext): Promise<DeskModel | null> {
    if (!kit.deskId) return null;
    const desk = await deskLoader(ctx.loaders, this.siteRepo).load(kit.deskId);
    return desk ? DeskModel.from(desk) : null;
  }

  @ResolveField(() => [KitComponentModel])
  async components(@Parent() kit: KitModel, @Context() ctx: GqlContext): Promise<KitComponentModel[]> {
    return (await componentsByKitLoader(ctx.loaders, this.kitRepo).load(kit.id)).map(KitComponentModel.from);
  }

  @ResolveField(() => Float, { description: 'Sum of the components\' manufacturing footprints, kg CO2e.' })
  async footprintKgCo2e(@Parent() kit: KitModel, @Context() ctx: GqlContext): Promise<number> {
    return kitFootprint(await componentsByKitLoader(ctx.loaders, this.kitRepo).load(kit.id));
  }

  @ResolveField(() => [KitDeskStintModel], { description: 'The desks it stood on, latest first.' })
  async deskHistory(@Parent() kit: KitModel, @Context() ctx: GqlContext): Promise<KitDeskStintModel[]> {
    return (await historyByKitLoader(ctx.loaders, this.kitRepo).load(kit.id)).map(KitDeskStintModel.from);
  }

  @ResolveField(() => [MaintenanceTicketModel], { description: 'Operators only (a site operator: kits of its sites): its maintenance tickets, latest first.' })
  async tickets(@Parent() kit: KitModel, @Context() ctx: GqlContext, @CurrentActor() actor: Actor): Promise<MaintenanceTicketModel[]> {
    this.scope.assertSiteOperatorOrOperator(actor);
    await this.scope.assertDesk(actor, kit.deskId);
    return (await ticketsByKitLoader(ctx.loaders, this.ticketRepo).load(kit.id)).map(MaintenanceTicketModel.from);
  }
}

@Resolver(() => KitDeskStintModel)
export class KitDeskStintResolver {
  constructor(
    private readonly siteRepo: SiteRepository,
  ) {}

  @ResolveField(() => DeskModel)
  async desk(@Parent() stint: KitDeskStintModel, @Context() ctx: GqlContext): Promise<DeskModel> {
    return DeskModel.from((await deskLoader(ctx.loaders, this.siteRepo).load(stint.deskId))!);
  }
}
