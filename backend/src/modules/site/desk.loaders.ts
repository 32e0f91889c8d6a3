import { byKeys, RequestLoaders } from '../../common/loaders/request-loaders.js';
import { DeskEntity } from './desk.entity.js';
import type { SiteRepository } from './site.repository.js';

export function deskLoader(loaders: RequestLoaders, site: SiteRepository) {
  return loaders.get<string, DeskEntity | null>('deskById', async (ids) => byKeys(ids, await site.desksByIds(ids), (d) => d.id));
}
