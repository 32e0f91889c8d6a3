import { DataSource, In } from 'typeorm';
import { byKeys, groupByKeys, RequestLoaders } from '../../common/loaders/request-loaders.js';
import { ContractEntity } from './contract.entity.js';

export function contractLoader(loaders: RequestLoaders, dataSource: DataSource) {
  return loaders.get<string, ContractEntity | null>('contractById', async (ids) =>
    byKeys(ids, await dataSource.getRepository(ContractEntity).findBy({ id: In([...ids]) }), (c) => c.id),
  );
}

/** A studio's contracts, latest start first. */
export function contractsByStudioLoader(loaders: RequestLoaders, dataSource: DataSource) {
  return loaders.get<string, ContractEntity[]>('contractsByStudioId', async (studioIds) =>
    groupByKeys(
      studioIds,
      await dataSource.getRepository(ContractEntity).find({ where: { studioId: In([...studioIds]) }, order: { startDate: 'DESC', number: 'DESC' } }),
      (c) => c.studioId,
    ),
  );
}
