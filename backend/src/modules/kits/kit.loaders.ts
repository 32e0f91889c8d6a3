import { DataSource, In } from 'typeorm';
import { byKeys, groupByKeys, RequestLoaders } from '../../common/loaders/request-loaders.js';
import { KitComponentEntity, KitEntity } from './kit.entity.js';

export function kitByDeskLoader(loaders: RequestLoaders, dataSource: DataSource) {
  return loaders.get<string, KitEntity | null>('kitByDeskId', async (deskIds) =>
    byKeys(deskIds, await dataSource.getRepository(KitEntity).findBy({ deskId: In([...deskIds]) }), (k) => k.deskId!),
  );
}

export function kitByIdLoader(loaders: RequestLoaders, dataSource: DataSource) {
  return loaders.get<string, KitEntity | null>('kitById', async (ids) =>
    byKeys(ids, await dataSource.getRepository(KitEntity).findBy({ id: In([...ids]) }), (k) => k.id),
  );
}

export function componentsByKitLoader(loaders: RequestLoaders, dataSource: DataSource) {
  return loaders.get<string, KitComponentEntity[]>('componentsByKitId', async (kitIds) =>
    groupByKeys(
      kitIds,
      await dataSource.getRepository(KitComponentEntity).find({ where: { kitId: In([...kitIds]) }, order: { type: 'ASC', serialNumber: 'ASC' } }),
      (c) => c.kitId,
    ),
  );
}
