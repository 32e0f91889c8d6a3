import { Query, Resolver } from '@nestjs/graphql';
import { DeskModel } from './desk.model.js';
import { SiteRepository } from './site.repository.js';

/** The desks; their kit fields (kit, bookable) are resolved by the kits module (kits/desk-kit.resolver.ts). */
@Resolver(() => DeskModel)
export class DesksResolver {
  constructor(private readonly site: SiteRepository) {}

  @Query(() => [DeskModel], { description: 'The 40 desks, by code.' })
  async desks(): Promise<DeskModel[]> {
    return (await this.site.desks()).map(DeskModel.from);
  }
}
