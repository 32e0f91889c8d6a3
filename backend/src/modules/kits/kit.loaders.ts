import { DataSource, In } from 'typeorm';
import { byKeys, groupByKeys, RequestLoaders } from '../../common/loaders/request-loaders.js';
import { UserEntity } from '../users/user.entity.js';
import { KitComponentEntity, KitEntity } from './kit.entity.js';
import { KitDeskHistoryEntity } from './kit-desk-history.entity.js';
import { MaintenanceTicketEntity } from './maintenance-ticket.entity.js';

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

export function historyByKitLoader(loaders: RequestLoaders, dataSource: DataSource) {
  return loaders.get<string, KitDeskHistoryEntity[]>('kitDeskHistoryByKitId', async (kitIds) =>
    groupByKeys(
      kitIds,
      await dataSource.getRepository(KitDeskHistoryEntity).find({ where: { kitId: In([...kitIds]) }, order: { fromDate: 'DESC', createdAt: 'DESC' } }),
      (h) => h.kitId,
    ),
  );
}

export function ticketsByKitLoader(loaders: RequestLoaders, dataSource: DataSource) {
  return loaders.get<string, MaintenanceTicketEntity[]>('ticketsByKitId', async (kitIds) =>
    groupByKeys(
      kitIds,
      await dataSource.getRepository(MaintenanceTicketEntity).find({ where: { kitId: In([...kitIds]) }, order: { openedAt: 'DESC' } }),
      (t) => t.kitId,
    ),
  );
}

export function userByIdLoader(loaders: RequestLoaders, dataSource: DataSource) {
  return loaders.get<string, UserEntity | null>('kits.userById', async (ids) =>
    byKeys(ids, await dataSource.getRepository(UserEntity).findBy({ id: In([...ids]) }), (u) => u.id),
  );
}
