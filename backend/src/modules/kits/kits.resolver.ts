import { Context, Float, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import type { GqlContext } from '../../common/loaders/request-loaders.js';
import { DeskModel } from '../site/desk.model.js';
import { deskLoader } from '../site/desk.loaders.js';
import { KitEntity } from './kit.entity.js';
import { componentsByKitLoader } from './kit.loaders.js';
import { KitComponentModel, kitFootprint, KitModel } from './kit.model.js';

@Resolver(() => KitModel)
export class KitsResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Query(() => [KitModel], { description: 'Every PC kit, on a desk or spare, by asset tag.' })
  async kits(): Promise<KitModel[]> {
    const kits = await this.dataSource.getRepository(KitEntity).find({ order: { assetTag: 'ASC' } });
    return kits.map(KitModel.from);
  }

  @ResolveField(() => DeskModel, { nullable: true, description: 'The desk it stands on; null for a spare.' })
  async desk(@Parent() kit: KitModel, @Context() ctx: GqlContext): Promise<DeskModel | null> {
    if (!kit.deskId) return null;
    const desk = await deskLoader(ctx.loaders, this.dataSource).load(kit.deskId);
    return desk ? DeskModel.from(desk) : null;
  }

  @ResolveField(() => [KitComponentModel])
  async components(@Parent() kit: KitModel, @Context() ctx: GqlContext): Promise<KitComponentModel[]> {
    return (await componentsByKitLoader(ctx.loaders, this.dataSource).load(kit.id)).map(KitComponentModel.from);
  }

  @ResolveField(() => Float, { description: 'Sum of the components\' manufacturing footprints, kg CO2e.' })
  async footprintKgCo2e(@Parent() kit: KitModel, @Context() ctx: GqlContext): Promise<number> {
    return kitFootprint(await componentsByKitLoader(ctx.loaders, this.dataSource).load(kit.id));
  }
}
