import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { LocalDate } from '../../common/time/dates.js';
import { ContractEntity, ContractStatus } from './contract.entity.js';
import type { Scope } from './studio.repository.js';

/** Contracts: the only place with their SQL. Every read of a studio's contracts takes a scope. */
@Injectable()
export class ContractRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(em?: EntityManager) {
    return em ?? this.dataSource.manager;
  }

  list(scope: Scope): Promise<ContractEntity[]> {
    const qb = this.em().getRepository(ContractEntity).createQueryBuilder('c');
    if (scope) qb.where('c.studioId = :scope', { scope });
    return qb.orderBy('c.startDate', 'DESC').addOrderBy('c.number', 'DESC').getMany();
  }

  find(id: string, scope: Scope, em?: EntityManager, lock = false): Promise<ContractEntity | null> {
    const qb = this.em(em).getRepository(ContractEntity).createQueryBuilder('c').where('c.id = :id', { id });
    if (scope) qb.andWhere('c.studioId = :scope', { scope });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  /** For loaders: the contracts of several studios, latest first. */
  byStudios(studioIds: readonly string[]): Promise<ContractEntity[]> {
    return this.em().getRepository(ContractEntity).find({ where: { studioId: In([...studioIds]) }, order: { startDate: 'DESC', number: 'DESC' } });
  }

  byIds(ids: readonly string[]): Promise<ContractEntity[]> {
    return this.em().getRepository(ContractEntity).findBy({ id: In([...ids]) });
  }

  /** The ACTIVE contract of the studio covering every day from `first` to `last` (latest start wins). */
  activeCovering(studioId: string, first: LocalDate, last: LocalDate, em?: EntityManager): Promise<ContractEntity | null> {
    return this.em(em)
      .getRepository(ContractEntity)
      .createQueryBuilder('c')
      .where('c.studioId = :studioId AND c.status = :active', { studioId, active: ContractStatus.ACTIVE })
      .andWhere('c.startDate <= :first AND c.endDate >= :last', { first, last })
      .orderBy('c.startDate', 'DESC')
      .getOne();
  }

  /** The studio's ACTIVE contracts still running on or after `from` (soonest first). */
  activeFrom(studioId: string, from: LocalDate, em?: EntityManager): Promise<ContractEntity[]> {
    return this.em(em)
      .getRepository(ContractEntity)
      .createQueryBuilder('c')
      .where('c.studioId = :studioId AND c.status = :active AND c.endDate >= :from', { studioId, active: ContractStatus.ACTIVE, from })
      .orderBy('c.startDate', 'ASC')
      .getMany();
  }

  /** Another ACTIVE contract of the studio sharing a day with [first, last]. */
  activeOverlapping(studioId: string, first: LocalDate, last: LocalDate, exceptId: string, em: EntityManager): Promise<ContractEntity | null> {
    return em
      .getRepository(ContractEntity)
      .createQueryBuilder('c')
      .where('c.studioId = :studioId AND c.status = :active AND c.id <> :exceptId', { studioId, active: ContractStatus.ACTIVE, exceptId })
      .andWhere('c.startDate <= :last AND c.endDate >= :first', { first, last })
      .getOne();
  }

  save(contract: ContractEntity, em: EntityManager): Promise<ContractEntity> {
    return em.getRepository(ContractEntity).save(contract);
  }

  /** The sites these contracts cover, by contract. */
  sitesOf(contractIds: readonly string[], em?: EntityManager): Promise<Array<{ contractId: string; siteId: string }>> {
    return this.em(em).query(
      `SELECT cs.contract_id AS "contractId", cs.site_id AS "siteId" FROM contract_site cs JOIN site s ON s.id = cs.site_id
        WHERE cs.contract_id = ANY($1::uuid[]) ORDER BY s.created_at, s.name`,
      [[...contractIds]],
    );
  }

  /** The sites a contract covers, replaced by these (all existing: the caller checked). */
  async setSites(contractId: string, siteIds: readonly string[], em: EntityManager): Promise<void> {
    await em.query(`DELETE FROM contract_site WHERE contract_id = $1`, [contractId]);
    await em.query(`INSERT INTO contract_site (contract_id, site_id) SELECT $1, unnest($2::uuid[])`, [contractId, [...new Set(siteIds)]]);
  }

  /** The ids among these that are sites; the first site when none is given. */
  async existingSites(siteIds: readonly string[] | null, em: EntityManager): Promise<string[]> {
    if (!siteIds) return (await em.query(`SELECT id FROM site ORDER BY created_at, name LIMIT 1`)).map((r: { id: string }) => r.id);
    return (await em.query(`SELECT id FROM site WHERE id = ANY($1::uuid[])`, [[...siteIds]])).map((r: { id: string }) => r.id);
  }
}
