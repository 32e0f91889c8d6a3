import { byKeys, RequestLoaders } from '../../common/loaders/request-loaders.js';
import { AccessPassEntity } from './access-pass.entity.js';
import type { AccessRepository } from './access.repository.js';

/** The most recent pass of each assignment (usable, or the last one revoked). */
export function latestPassLoader(loaders: RequestLoaders, access: AccessRepository) {
  return loaders.get<string, AccessPassEntity | null>('latestPassByAssignmentId', async (ids) => byKeys(ids, await access.latestPasses(ids), (p) => p.assignmentId));
}
