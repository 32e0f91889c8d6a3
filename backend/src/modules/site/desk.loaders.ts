import { DataSource, In } from 'typeorm';
import { byKeys, RequestLoaders } from '../../common/loaders/request-loaders.js';
import { DeskEntity } from './desk.entity.js';

export function deskLoader(loaders: RequestLoaders, dataSource: DataSource) {
  return loaders.get<string, DeskEntity | null>('deskById', async (ids) =>
    byKeys(ids, await dataSource.getRepository(DeskEntity).findBy({ id: In([...ids]) }), (d) => d.id),
  );
}
