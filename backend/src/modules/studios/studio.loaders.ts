import { byKeys, RequestLoaders } from '../../common/loaders/request-loaders.js';
import { StudioEntity } from './studio.entity.js';
import type { StudioRepository } from './studio.repository.js';

export function studioLoader(loaders: RequestLoaders, studios: StudioRepository) {
  return loaders.get<string, StudioEntity | null>('studioById', async (ids) => byKeys(ids, await studios.byIds(ids), (s) => s.id));
}
