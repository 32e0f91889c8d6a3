import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import type { GqlContext } from '../../common/loaders/request-loaders.js';
import { deskBookable } from '../booking/desk-holds.js';
import { kitByDeskLoader } from '../kits/kit.loaders.js';
import { KitModel } from '../kits/kit.model.js';
import { DeskModel } from './desk.model.js';
import { SiteRepository } from './site.repository.js';

@Resolver(() => DeskModel)
export class DesksResolver {
  constructor(
    private readonly site: SiteRepository,
    private readonly dataSource: DataSource,
  ) {}

  @Query(() => [DeskModel], { description: 'The 40 desks, by code.' })
  async desks(): Promise<DeskModel[]> {
    return (await this.site.desks()).map(DeskModel.from);
  }

  @ResolveField(() => KitModel, { nullable: true, description: 'The PC kit on the desk; null when none is.' })
  async kit(@Parent() desk: DeskModel, @Context() ctx: GqlContext): Promise<KitModel | null> {
    const kit = await kitByDeskLoader(ctx.loaders, this.dataSource).load(desk.id);
    return kit ? KitModel.from(kit) : null;
  }

  @ResolveField(() => Boolean, { description: 'False while the desk has no operational kit (maintenance, none): it cannot be booked or checked into.' })
  async bookable(@Parent() desk: DeskModel, @Context() ctx: GqlContext): Promise<boolean> {
    const kit = await kitByDeskLoader(ctx.loaders, this.dataSource).load(desk.id);
    return deskBookable(kit);
  }
}
