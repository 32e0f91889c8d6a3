import { byKeys, groupByKeys, RequestLoaders } from '../../common/loaders/request-loaders.js';
import { ContractEntity } from './contract.entity.js';
import type { ContractRepository } from './contract.repository.js';

export function contractLoader(loaders: RequestLoaders, contracts: ContractRepository) {
  return loaders.get<string, ContractEntity | null>('contractById', async (ids) => byKeys(ids, await contracts.byIds(ids), (c) => c.id));
}

/** A studio's contracts, latest start first. */
export function contractsByStudioLoader(loaders: RequestLoaders, contracts: ContractRepository) {
  return loaders.get<string, ContractEntity[]>('contractsByStudioId', async (studioIds) => groupByKeys(studioIds, await contracts.byStudios(studioIds), (c) => c.studioId));
}
