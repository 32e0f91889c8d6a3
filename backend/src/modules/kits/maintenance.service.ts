import { Injectable } from '@nestjs/common';
import { SiteScope } from '../site/site-scope.service.js';
import { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { badInput, invalidState, notFound } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { OpenMaintenanceTicketInput } from './dto/open-maintenance-ticket.input.js';
import { KitEntity, KitStatus } from './kit.entity.js';
import { KitRepository } from './kit.repository.js';
import { kitStatusFor } from './kit-status.js';
import { MaintenanceRepository, TicketFilter } from './maintenance.repository.js';
import { MaintenanceTicketEntity, TicketStatus } from './maintenance-ticket.entity.js';
import { nextTicketStatus, TicketAction } from './ticket-transitions.js';
import { Transactions } from '../../common/database/transactions.js';

/**
 * Maintenance tickets and the kit status that follows from them: a BLOCKING ticket not yet
 * resolved keeps its kit in MAINTENANCE (so its desk is not bookable); the last one resolved
 * makes it OPERATIONAL again. Each change locks the kit first, so concurrent tickets on one
 * kit never leave a wrong status.
 */
@Injectable()
export class MaintenanceService {
  constructor(
    private readonly transactions: Transactions,
    private readonly kits: KitRepository,
    private readonly tickets: MaintenanceRepository,
    private readonly clock: Clock,
    private readonly sites: SiteScope,
  ) {}

  /** The network operator, or a site operator for the kits on its sites' desks. */
  async list(actor: Actor, filter: TicketFilter, siteId?: string | null): Promise<MaintenanceTicketEntity[]> {
    this.sites.assertSiteOperatorOrOperator(actor);
    return this.tickets.list({ ...filter, siteIds: await this.sites.many(actor, siteId) });
  }

  open(actor: Actor, input: OpenMaintenanceTicketInput): Promise<MaintenanceTicketEntity> {
    this.sites.assertSiteOperatorOrOperator(actor);
    return this.transactions.run(async (em) => {
      const kit = await this.kits.lock(input.kitId, em);
      if (!kit) throw notFound('Kit', input.kitId);
      await this.sites.assertDesk(actor, kit.deskId, em);
      if (kit.status === KitStatus.RETIRED) throw invalidState(`${kit.assetTag} is retired: it takes no more tickets`, { kitId: kit.id });
      const ticket = await this.tickets.insert(
        {
          kitId: kit.id,
          title: input.title.trim(),
          description: input.description?.trim() || null,
          severity: input.severity,
          status: TicketStatus.OPEN,
          openedAt: this.clock.now(),
          openedById: actor.userId,
        },
        em,
      );
      await this.syncKitStatus(kit, em);
      return ticket;
    });
  }

  start(actor: Actor, id: string): Promise<MaintenanceTicketEntity> {
    return this.transition(actor, id, 'start', (ticket) => {
      ticket.startedAt = this.clock.now();
      ticket.startedById = actor.userId;
    });
  }

  resolve(actor: Actor, id: string, resolution: string): Promise<MaintenanceTicketEntity> {
    const text = resolution.trim();
    if (!text) throw badInput('resolution', 'Say how the problem was solved');
    if (text.length > 5000) throw badInput('resolution', 'The resolution is too long (5000 characters at most)');
    return this.transition(actor, id, 'resolve', (ticket) => {
      ticket.resolvedAt = this.clock.now();
      ticket.resolvedById = actor.userId;
      ticket.resolution = text;
    });
  }

  /** Resolves what is still open on a kit being retired (inside the retirement's transaction). */
  async resolveAllOfKit(actor: Actor, kit: KitEntity, resolution: string, em: EntityManager): Promise<void> {
    for (const ticket of await this.tickets.unresolvedOfKit(kit.id, em)) {
      Object.assign(ticket, { status: TicketStatus.RESOLVED, resolvedAt: this.clock.now(), resolvedById: actor.userId, resolution });
      await this.tickets.save(ticket, em);
    }
  }

  private transition(actor: Actor, id: string, action: TicketAction, apply: (t: MaintenanceTicketEntity) => void): Promise<MaintenanceTicketEntity> {
    this.sites.assertSiteOperatorOrOperator(actor);
    return this.transactions.run(async (em) => {
      const found = await this.tickets.find(id, em);
      if (!found) throw notFound('Maintenance ticket', id);
      const kit = (await this.kits.lock(found.kitId, em))!;
      await this.sites.assertDesk(actor, kit.deskId, em);
      const ticket = (await this.tickets.lock(id, em))!;
      const next = nextTicketStatus(ticket.status, action);
      if (!next) {
        throw invalidState(
          action === 'start' ? `This ticket is ${ticket.status.toLowerCase().replace('_', ' ')}: only an open ticket can be started` : 'This ticket is already resolved',
          { status: ticket.status },
        );
      }
      ticket.status = next;
      apply(ticket);
      const saved = await this.tickets.save(ticket, em);
      await this.syncKitStatus(kit, em);
      return saved;
    });
  }

  /** Writes the status the kit's tickets call for (the kit row is locked by the caller). */
  private async syncKitStatus(kit: KitEntity, em: EntityManager): Promise<void> {
    const status = kitStatusFor(kit.status === KitStatus.RETIRED, await this.tickets.unresolvedOfKit(kit.id, em));
    if (status !== kit.status) {
      await this.kits.setStatus(kit.id, status, em);
      kit.status = status;
    }
  }
}
