import { DataSource, In } from 'typeorm';
import { byKeys, RequestLoaders } from '../../common/loaders/request-loaders.js';
import { AccessPassEntity } from '../access/access-pass.entity.js';
import { BookingEntity } from '../booking/booking.entity.js';
import { CrewAssignmentEntity } from './crew-assignment.entity.js';
import { CrewMemberEntity } from './crew-member.entity.js';

/*
 * Loaders by id. The rows they load were reached through a scoped read (a crew member of
 * an assignment the caller may see), so they add no scope of their own.
 */

export function crewMemberLoader(loaders: RequestLoaders, dataSource: DataSource) {
  return loaders.get<string, CrewMemberEntity | null>('crewMemberById', async (ids) =>
    byKeys(ids, await dataSource.getRepository(CrewMemberEntity).findBy({ id: In([...ids]) }), (m) => m.id),
  );
}

export function assignmentLoader(loaders: RequestLoaders, dataSource: DataSource) {
  return loaders.get<string, CrewAssignmentEntity | null>('crewAssignmentById', async (ids) =>
    byKeys(ids, await dataSource.getRepository(CrewAssignmentEntity).findBy({ id: In([...ids]) }), (a) => a.id),
  );
}

/** The most recent pass of each assignment (usable, or the last one revoked). */
export function latestPassLoader(loaders: RequestLoaders, dataSource: DataSource) {
  return loaders.get<string, AccessPassEntity | null>('latestPassByAssignmentId', async (ids) => {
    const rows = await dataSource
      .getRepository(AccessPassEntity)
      .createQueryBuilder('p')
      .distinctOn(['p.assignmentId'])
      .where('p.assignmentId IN (:...ids)', { ids: [...ids] })
      .orderBy('p.assignmentId')
      .addOrderBy('p.createdAt', 'DESC')
      .getMany();
    return byKeys(ids, rows, (p) => p.assignmentId);
  });
}

export function crewBookingLoader(loaders: RequestLoaders, dataSource: DataSource) {
  return loaders.get<string, BookingEntity | null>('crew.bookingById', async (ids) =>
    byKeys(ids, await dataSource.getRepository(BookingEntity).findBy({ id: In([...ids]) }), (b) => b.id),
  );
}
