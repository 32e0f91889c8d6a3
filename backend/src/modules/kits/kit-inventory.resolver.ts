import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import { DeskModel } from '../site/desk.model.js';
import { Role } from '../users/user.entity.js';
import { AddKitInput, KitComponentInput, UpdateKitComponentInput, UpdateKitInput } from './dto/kit.input.js';
import { KitModel } from './kit.model.js';
import { KitService } from './kit.service.js';

/** Changing the kit inventory: the site operator only. */
@Resolver(() => KitModel)
export class KitInventoryResolver {
  constructor(private readonly kits: KitService) {}

  @Mutation(() => KitModel, { description: 'Adds a kit to the inventory as a spare (OPERATIONAL, on no desk).' })
  @Roles(Role.OPERATOR)
  async addKit(@CurrentActor() actor: Actor, @Args('input') input: AddKitInput): Promise<KitModel> {
    return KitModel.from(await this.kits.add(actor, input));
  }

  @Mutation(() => KitModel)
  @Roles(Role.OPERATOR)
  async updateKit(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateKitInput): Promise<KitModel> {
    return KitModel.from(await this.kits.update(actor, id, input));
  }

  @Mutation(() => KitModel, { description: 'RETIRED from today, off its desk (swap a spare in), open tickets closed.' })
  @Roles(Role.OPERATOR)
  async retireKit(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<KitModel> {
    return KitModel.from(await this.kits.retire(actor, id));
  }

  @Mutation(() => KitModel, { description: 'Adds a component; answers the kit (with its new footprint).' })
  @Roles(Role.OPERATOR)
  async addKitComponent(@CurrentActor() actor: Actor, @Args('kitId', { type: () => ID }) kitId: string, @Args('input') input: KitComponentInput): Promise<KitModel> {
    return KitModel.from(await this.kits.addComponent(actor, kitId, input));
  }

  @Mutation(() => KitModel)
  @Roles(Role.OPERATOR)
  async updateKitComponent(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateKitComponentInput): Promise<KitModel> {
    return KitModel.from(await this.kits.updateComponent(actor, id, input));
  }

  @Mutation(() => KitModel)
  @Roles(Role.OPERATOR)
  async removeKitComponent(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<KitModel> {
    return KitModel.from(await this.kits.removeComponent(actor, id));
  }

  @Mutation(() => DeskModel, { description: 'Puts a spare OPERATIONAL kit on the desk; the kit there before becomes a spare. The desk is bookable at once.' })
  @Roles(Role.OPERATOR)
  async swapKit(@CurrentActor() actor: Actor, @Args('deskId', { type: () => ID }) deskId: string, @Args('kitId', { type: () => ID }) kitId: string): Promise<DeskModel> {
    return DeskModel.from(await this.kits.swap(actor, deskId, kitId));
  }
}
