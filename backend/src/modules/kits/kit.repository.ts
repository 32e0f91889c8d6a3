import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { LocalDate } from '../../common/time/dates.js';
import { DeskEntity } from '../site/desk.entity.js';
import { KitComponentEntity, KitEntity, KitStatus } from './kit.entity.js';
import { KitDeskChange, KitDeskHistoryEntity } from './kit-desk-history.entity.js';

export interface KitFilter {
  status?: KitStatus | null;
  /** true: kits on no desk (retired ones excluded); false: kits on a desk. */
  spare?: boolean | null;
  /** Kits on the desks of these sites (spares are the network's: on no site); null: every kit. */
  siteIds?: readonly string[] | null;
}

/**
 * Kits, their components and the history of the desks they stood on. Site equipment is
 * shared by every studio, so no studio scope applies.
 */
@Injectable()
export class KitRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(em?: EntityManager) {
    return em ?? this.dataSource.manager;
  }

  list(filter: KitFilter): Promise<KitEntity[]> {
    const qb = this.em().getRepository(KitEntity).createQueryBuilder('k');
    if (filter.status) qb.andWhere('k.status = :status', { status: filter.status });
    if (filter.spare === true) qb.andWhere(`k.deskId IS NULL AND k.status <> :retired`, { retired: KitStatus.RETIRED });
    if (filter.spare === false) qb.andWhere('k.deskId IS NOT NULL');
    if (filter.siteIds) qb.andWhere('k.deskId IN (SELECT id FROM desk WHERE site_id = ANY(:siteIds))', { siteIds: [...filter.siteIds] });
    return qb.orderBy('k.assetTag', 'ASC').getMany();
  }

  /** For loaders. */
  byIds(ids: readonly string[]): Promise<KitEntity[]> {
    return this.em().getRepository(KitEntity).findBy({ id: In([...ids]) });
  }

  /** For loaders: the kits standing on these desks. */
  onDesks(deskIds: readonly string[]): Promise<KitEntity[]> {
    return this.em().getRepository(KitEntity).findBy({ deskId: In([...deskIds]) });
  }

  find(id: string, em?: EntityManager): Promise<KitEntity | null> {
    return this.em(em).getRepository(KitEntity).findOneBy({ id });
  }

  /** The kit, locked until the transaction ends: every change of a kit goes through here first. */
  lock(id: string, em: EntityManager): Promise<KitEntity | null> {
    return em.getRepository(KitEntity).createQueryBuilder('k').where('k.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  lockOnDesk(deskId: string, em: EntityManager): Promise<KitEntity | null> {
    return em.getRepository(KitEntity).createQueryBuilder('k').where('k.deskId = :deskId', { deskId }).setLock('pessimistic_write').getOne();
  }

  /** Serialises swaps onto one desk. */
  lockDesk(deskId: string, em: EntityManager): Promise<DeskEntity | null> {
    return em.getRepository(DeskEntity).createQueryBuilder('d').where('d.id = :deskId', { deskId }).setLock('pessimistic_write').getOne();
  }

  async nextAssetTag(em: EntityManager): Promise<string> {
    // Two kits added at once must not pick the same number: one at a time.
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('flex.kit.asset_tag'))`);
    const [{ n }] = await em.query(`SELECT coalesce(max(substring(asset_tag FROM '^KIT-([0-9]+)$')::int), 0) + 1 AS n FROM kit`);
    return `KIT-${String(n).padStart(3, '0')}`;
  }

  assetTagTaken(assetTag: string, exceptId: string | null, em: EntityManager): Promise<boolean> {
    const qb = em.getRepository(KitEntity).createQueryBuilder('k').where('k.assetTag = :assetTag', { assetTag });
    if (exceptId) qb.andWhere('k.id <> :exceptId', { exceptId });
    return qb.getExists();
  }

  save(kit: KitEntity, em: EntityManager): Promise<KitEntity> {
    return em.getRepository(KitEntity).save(kit);
  }

  create(row: Partial<KitEntity>, em: EntityManager): Promise<KitEntity> {
    const repo = em.getRepository(KitEntity);
    return repo.save(repo.create(row));
  }

  async setDesk(kitId: string, deskId: string | null, em: EntityManager): Promise<void> {
    await em.getRepository(KitEntity).update({ id: kitId }, { deskId });
  }

  async setStatus(kitId: string, status: KitStatus, em: EntityManager): Promise<void> {
    await em.getRepository(KitEntity).update({ id: kitId }, { status });
  }

  componentsOf(kitIds: readonly string[], em?: EntityManager): Promise<KitComponentEntity[]> {
    return this.em(em)
      .getRepository(KitComponentEntity)
      .find({ where: { kitId: In([...kitIds]) }, order: { type: 'ASC', serialNumber: 'ASC' } });
  }

  findComponent(id: string, em: EntityManager): Promise<KitComponentEntity | null> {
    return em.getRepository(KitComponentEntity).findOneBy({ id });
  }

  async insertComponents(rows: Array<Omit<KitComponentEntity, 'id' | 'kit'>>, em: EntityManager): Promise<void> {
    if (rows.length) await em.getRepository(KitComponentEntity).insert(rows);
  }

  saveComponent(component: KitComponentEntity, em: EntityManager): Promise<KitComponentEntity> {
    return em.getRepository(KitComponentEntity).save(component);
  }

  async deleteComponent(id: string, em: EntityManager): Promise<void> {
    await em.getRepository(KitComponentEntity).delete({ id });
  }

  /** Stays on desks, latest first. */
  historyOf(kitIds: readonly string[], em?: EntityManager): Promise<KitDeskHistoryEntity[]> {
    return this.em(em)
      .getRepository(KitDeskHistoryEntity)
      .find({ where: { kitId: In([...kitIds]) }, order: { fromDate: 'DESC', createdAt: 'DESC' } });
  }

  firstStintStart(kitId: string, em: EntityManager): Promise<LocalDate | null> {
    return em
      .getRepository(KitDeskHistoryEntity)
      .createQueryBuilder('h')
      .select('min(h.fromDate)', 'first')
      .where('h.kitId = :kitId', { kitId })
      .getRawOne<{ first: LocalDate | null }>()
      .then((r) => r?.first ?? null);
  }

  async arrive(kitId: string, deskId: string, on: LocalDate, by: KitDeskChange, userId: string | null, em: EntityManager): Promise<void> {
    await em.getRepository(KitDeskHistoryEntity).insert({ kitId, deskId, fromDate: on, toDate: null, arrivedBy: by, leftBy: null, createdById: userId });
  }

  /** Closes the kit's current stay (if any) on `on`, its last day there. */
  async leave(kitId: string, on: LocalDate, by: KitDeskChange, em: EntityManager): Promise<void> {
    await em
      .createQueryBuilder()
      .update(KitDeskHistoryEntity)
      .set({ toDate: on, leftBy: by })
      .where('kit_id = :kitId AND to_date IS NULL', { kitId })
      .execute();
  }
}
