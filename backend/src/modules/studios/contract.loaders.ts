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

/** The sites each contract covers, first opened first. */
export function contractSitesLoader(loaders: RequestLoaders, contracts: ContractRepository) {
  return loaders.get<string, string[]>('contractSitesByContractId', async (ids) =>
    groupByKeys(ids, await contracts.sitesOf(ids), (r) => r.contractId).map((rows) => rows.map((r) => r.siteId)),
  );
}
