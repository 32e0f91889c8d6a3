import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../common/loaders/request-loaders.js';
import { deskBookable } from '../booking/desk-holds.js';
import { DeskModel } from '../site/desk.model.js';
import { kitByDeskLoader } from './kit.loaders.js';
import { KitModel } from './kit.model.js';
import { KitRepository } from './kit.repository.js';

/** The desk's kit fields: the kits module's, on the site's Desk type. "Bookable" itself is booking/desk-holds' rule. */
@Resolver(() => DeskModel)
export class DeskKitResolver {
  constructor(private readonly kitRepo: KitRepository) {}

  @ResolveField(() => KitModel, { nullable: true, description: 'The PC kit on the desk; null when none is.' })
  async kit(@Parent() desk: DeskModel, @Context() ctx: GqlContext): Promise<KitModel | null> {
    const kit = await kitByDeskLoader(ctx.loaders, this.kitRepo).load(desk.id);
    return kit ? KitModel.from(kit) : null;
  }

  @ResolveField(() => Boolean, { description: 'False while the desk has no operational kit (maintenance, none): it cannot be booked or checked into.' })
  // Plain (parent, args, context) parameters, no decorator: Nest calls it directly, without its per-field pipeline (a calendar asks it for every desk).
  async bookable(desk: DeskModel, _args: unknown, ctx: GqlContext): Promise<boolean> {
    if (desk.bookable !== undefined) return desk.bookable;
    return deskBookable(await kitByDeskLoader(ctx.loaders, this.kitRepo).load(desk.id));
  }
}
