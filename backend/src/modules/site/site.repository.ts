import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { LocalDate } from '../../common/time/dates.js';
import { DeskEntity } from './desk.entity.js';
import { ClosureDateEntity, SiteEntity } from './site.entity.js';

/** Site, desks and closures: shared by every studio, so no studio scope applies. */
@Injectable()
export class SiteRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(em?: EntityManager) {
    return em ?? this.dataSource.manager;
  }

  async mainSite(em?: EntityManager): Promise<SiteEntity> {
    return this.em(em).getRepository(SiteEntity).findOneOrFail({ where: {}, order: { createdAt: 'ASC' } });
  }

  desks(em?: EntityManager): Promise<DeskEntity[]> {
    return this.em(em).getRepository(DeskEntity).find({ order: { code: 'ASC' } });
  }

  desksByIds(ids: readonly string[], em?: EntityManager): Promise<DeskEntity[]> {
    return this.em(em).getRepository(DeskEntity).findBy({ id: In([...ids]) });
  }

  closures(siteId: string, from: LocalDate, to: LocalDate, em?: EntityManager): Promise<ClosureDateEntity[]> {
    return this.em(em)
      .getRepository(ClosureDateEntity)
      .createQueryBuilder('c')
      .where('c.siteId = :siteId AND c.date BETWEEN :from AND :to', { siteId, from, to })
      .orderBy('c.date')
      .getMany();
  }
}
