import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { MaintenanceTicketEntity, TicketStatus } from './maintenance-ticket.entity.js';

export interface TicketFilter {
  status?: TicketStatus | null;
  kitId?: string | null;
  /** Tickets of kits on the desks of these sites; null: every ticket. */
  siteIds?: readonly string[] | null;
}

/** Maintenance tickets: the only place with their SQL. Site equipment, no studio scope. */
@Injectable()
export class MaintenanceRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(em?: EntityManager) {
    return em ?? this.dataSource.manager;
  }

  /** Newest first; resolved ones by resolution date. */
  list(filter: TicketFilter): Promise<MaintenanceTicketEntity[]> {
    const qb = this.em().getRepository(MaintenanceTicketEntity).createQueryBuilder('t');
    if (filter.status) qb.andWhere('t.status = :status', { status: filter.status });
    if (filter.kitId) qb.andWhere('t.kitId = :kitId', { kitId: filter.kitId });
    if (filter.siteIds) {
      qb.andWhere('t.kitId IN (SELECT k.id FROM kit k JOIN desk d ON d.id = k.desk_id WHERE d.site_id = ANY(:siteIds))', { siteIds: [...filter.siteIds] });
    }
    return qb.orderBy('coalesce(t.resolvedAt, t.openedAt)', 'DESC').addOrderBy('t.id').getMany();
  }

  ofKits(kitIds: readonly string[]): Promise<MaintenanceTicketEntity[]> {
    return this.em()
      .getRepository(MaintenanceTicketEntity)
      .find({ where: { kitId: In([...kitIds]) }, order: { openedAt: 'DESC' } });
  }

  /** The kit's tickets not yet resolved (its status follows from them). */
  unresolvedOfKit(kitId: string, em: EntityManager): Promise<MaintenanceTicketEntity[]> {
    return em
      .getRepository(MaintenanceTicketEntity)
      .createQueryBuilder('t')
      .where('t.kitId = :kitId AND t.status <> :resolved', { kitId, resolved: TicketStatus.RESOLVED })
      .getMany();
  }

  find(id: string, em?: EntityManager): Promise<MaintenanceTicketEntity | null> {
    return this.em(em).getRepository(MaintenanceTicketEntity).findOneBy({ id });
  }

  lock(id: string, em: EntityManager): Promise<MaintenanceTicketEntity | null> {
    return em.getRepository(MaintenanceTicketEntity).createQueryBuilder('t').where('t.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  insert(row: Partial<MaintenanceTicketEntity>, em: EntityManager): Promise<MaintenanceTicketEntity> {
    const repo = em.getRepository(MaintenanceTicketEntity);
    return repo.save(repo.create(row));
  }

  save(ticket: MaintenanceTicketEntity, em: EntityManager): Promise<MaintenanceTicketEntity> {
    return em.getRepository(MaintenanceTicketEntity).save(ticket);
  }
}
