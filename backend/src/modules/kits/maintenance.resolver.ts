import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SITE_ARG } from '../site/site-arg.js';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { GqlContext } from '../../common/loaders/request-loaders.js';
import { Role } from '../users/user.entity.js';
import { UserModel } from '../users/user.model.js';
import { OpenMaintenanceTicketInput } from './dto/open-maintenance-ticket.input.js';
import { kitByIdLoader, userByIdLoader } from './kit.loaders.js';
import { KitModel } from './kit.model.js';
import { MaintenanceService } from './maintenance.service.js';
import { TicketStatus } from './maintenance-ticket.entity.js';
import { MaintenanceTicketModel } from './maintenance-ticket.model.js';
import { KitRepository } from './kit.repository.js';
import { UsersRepository } from '../users/users.repository.js';

/** Maintenance tickets: the site operator only. */
@Resolver(() => MaintenanceTicketModel)
@Roles(Role.OPERATOR, Role.SITE_OPERATOR)
export class MaintenanceResolver {
  constructor(
    private readonly maintenance: MaintenanceService,
    private readonly kitRepo: KitRepository,
    private readonly userRepo: UsersRepository,
  ) {}

  @Query(() => [MaintenanceTicketModel], { description: 'Tickets, latest first; by status and/or kit; at one site (siteId: the kits on its desks) or every site the caller runs.' })
  async maintenanceTickets(
    @CurrentActor() actor: Actor,
    @Args('status', { type: () => TicketStatus, nullable: true }) status?: TicketStatus,
    @Args('kitId', { type: () => ID, nullable: true }) kitId?: string,
    @Args('siteId', SITE_ARG) siteId?: string,
  ): Promise<MaintenanceTicketModel[]> {
    return (await this.maintenance.list(actor, { status, kitId }, siteId)).map(MaintenanceTicketModel.from);
  }

  @Mutation(() => MaintenanceTicketModel, { description: 'A BLOCKING ticket puts the kit in MAINTENANCE: its desk can no longer be booked or checked into.' })
  async openMaintenanceTicket(@CurrentActor() actor: Actor, @Args('input') input: OpenMaintenanceTicketInput): Promise<MaintenanceTicketModel> {
    return MaintenanceTicketModel.from(await this.maintenance.open(actor, input));
  }

  @Mutation(() => MaintenanceTicketModel, { description: 'OPEN → IN_PROGRESS.' })
  async startMaintenanceTicket(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<MaintenanceTicketModel> {
    return MaintenanceTicketModel.from(await this.maintenance.start(actor, id));
  }

  @Mutation(() => MaintenanceTicketModel, { description: '→ RESOLVED. The last blocking ticket resolved makes the kit OPERATIONAL again.' })
  async resolveMaintenanceTicket(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('resolution') resolution: string,
  ): Promise<MaintenanceTicketModel> {
    return MaintenanceTicketModel.from(await this.maintenance.resolve(actor, id, resolution));
  }

  @ResolveField(() => KitModel)
  async kit(@Parent() ticket: MaintenanceTicketModel, @Context() ctx: GqlContext): Promise<KitModel> {
    return KitModel.from((await kitByIdLoader(ctx.loaders, this.kitRepo).load(ticket.kitId))!);
  }

  @ResolveField(() => UserModel, { nullable: true })
  openedBy(@Parent() ticket: MaintenanceTicketModel, @Context() ctx: GqlContext): Promise<UserModel | null> {
    return this.user(ticket.openedById, ctx);
  }

  @ResolveField(() => UserModel, { nullable: true })
  startedBy(@Parent() ticket: MaintenanceTicketModel, @Context() ctx: GqlContext): Promise<UserModel | null> {
    return this.user(ticket.startedById, ctx);
  }

  @ResolveField(() => UserModel, { nullable: true })
  resolvedBy(@Parent() ticket: MaintenanceTicketModel, @Context() ctx: GqlContext): Promise<UserModel | null> {
    return this.user(ticket.resolvedById, ctx);
  }

  private async user(id: string | null, ctx: GqlContext): Promise<UserModel | null> {
    if (!id) return null;
    const user = await userByIdLoader(ctx.loaders, this.userRepo).load(id);
    return user ? UserModel.from(user) : null;
  }
}
