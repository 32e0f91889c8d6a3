import { DataSource, In } from 'typeorm';
import { byKeys, RequestLoaders } from '../../common/loaders/request-loaders.js';
import { StudioEntity } from './studio.entity.js';

export function studioLoader(loaders: RequestLoaders, dataSource: DataSource) {
  return loaders.get<string, StudioEntity | null>('studioById', async (ids) =>
    byKeys(ids, await dataSource.getRepository(StudioEntity).findBy({ id: In([...ids]) }), (s) => s.id),
  );
}
