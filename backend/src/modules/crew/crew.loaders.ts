import { byKeys, RequestLoaders } from '../../common/loaders/request-loaders.js';
import { BookingEntity } from '../booking/booking.entity.js';
import { CrewAssignmentEntity } from './crew-assignment.entity.js';
import { CrewMemberEntity } from './crew-member.entity.js';
import type { CrewRepository } from './crew.repository.js';

/*
 * Loaders by id. The rows they load were reached through a scoped read (a crew member of
 * an assignment the caller may see), so they add no scope of their own.
 */

export function crewMemberLoader(loaders: RequestLoaders, crew: CrewRepository) {
  return loaders.get<string, CrewMemberEntity | null>('crewMemberById', async (ids) => byKeys(ids, await crew.membersByIds(ids), (m) => m.id));
}

export function assignmentLoader(loaders: RequestLoaders, crew: CrewRepository) {
  return loaders.get<string, CrewAssignmentEntity | null>('crewAssignmentById', async (ids) => byKeys(ids, await crew.assignmentsByIds(ids), (a) => a.id));
}

export function crewBookingLoader(loaders: RequestLoaders, crew: CrewRepository) {
  return loaders.get<string, BookingEntity | null>('crew.bookingById', async (ids) => byKeys(ids, await crew.bookingsByIds(ids), (b) => b.id));
}
