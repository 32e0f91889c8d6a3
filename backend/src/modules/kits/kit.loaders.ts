import { byKeys, groupByKeys, RequestLoaders } from '../../common/loaders/request-loaders.js';
import type { UserEntity } from '../users/user.entity.js';
import type { UsersRepository } from '../users/users.repository.js';
import { KitComponentEntity, KitEntity } from './kit.entity.js';
import { KitDeskHistoryEntity } from './kit-desk-history.entity.js';
import type { KitRepository } from './kit.repository.js';
import type { MaintenanceRepository } from './maintenance.repository.js';
import { MaintenanceTicketEntity } from './maintenance-ticket.entity.js';

export function kitByDeskLoader(loaders: RequestLoaders, kits: KitRepository) {
  return loaders.get<string, KitEntity | null>('kitByDeskId', async (deskIds) => byKeys(deskIds, await kits.onDesks(deskIds), (k) => k.deskId!));
}

export function kitByIdLoader(loaders: RequestLoaders, kits: KitRepository) {
  return loaders.get<string, KitEntity | null>('kitById', async (ids) => byKeys(ids, await kits.byIds(ids), (k) => k.id));
}

export function componentsByKitLoader(loaders: RequestLoaders, kits: KitRepository) {
  return loaders.get<string, KitComponentEntity[]>('componentsByKitId', async (kitIds) => groupByKeys(kitIds, await kits.componentsOf(kitIds), (c) => c.kitId));
}

export function historyByKitLoader(loaders: RequestLoaders, kits: KitRepository) {
  return loaders.get<string, KitDeskHistoryEntity[]>('kitDeskHistoryByKitId', async (kitIds) => groupByKeys(kitIds, await kits.historyOf(kitIds), (h) => h.kitId));
}

export function ticketsByKitLoader(loaders: RequestLoaders, tickets: MaintenanceRepository) {
  return loaders.get<string, MaintenanceTicketEntity[]>('ticketsByKitId', async (kitIds) => groupByKeys(kitIds, await tickets.ofKits(kitIds), (t) => t.kitId));
}

export function userByIdLoader(loaders: RequestLoaders, users: UsersRepository) {
  return loaders.get<string, UserEntity | null>('kits.userById', async (ids) => byKeys(ids, await users.byIds(ids), (u) => u.id));
}
