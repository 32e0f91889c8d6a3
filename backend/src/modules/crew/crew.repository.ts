import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { dateRangeLiteral, LocalDate } from '../../common/time/dates.js';
import { BookingDeskEntity, BookingEntity } from '../booking/booking.entity.js';
import { AssignmentEndReason, CrewAssignmentEntity } from './crew-assignment.entity.js';
import { ANONYMISED_NAME, CrewMemberEntity } from './crew-member.entity.js';

/** A studio scope: the studio a read is limited to, or null for the operator's "all". */
export type Scope = string | null;

export interface AssignmentFilter {
  bookingId?: string;
  /** Several bookings at once (batched loads). */
  bookingIds?: readonly string[];
  crewMemberId?: string;
  /** Assignments overlapping [from, to] (inclusive). */
  from?: LocalDate;
  to?: LocalDate;
  includeEnded?: boolean;
}

/** Crew members and their assignments: the only place with their SQL. Every read takes a scope. */
@Injectable()
export class CrewRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(em?: EntityManager) {
    return em ?? this.dataSource.manager;
  }

  findMember(id: string, scope: Scope, em?: EntityManager, lock = false): Promise<CrewMemberEntity | null> {
    const qb = this.em(em).getRepository(CrewMemberEntity).createQueryBuilder('m').where('m.id = :id', { id });
    if (scope) qb.andWhere('m.studioId = :scope', { scope });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  listMembers(scope: Scope, includeRemoved: boolean): Promise<CrewMemberEntity[]> {
    const qb = this.em().getRepository(CrewMemberEntity).createQueryBuilder('m');
    if (scope) qb.where('m.studioId = :scope', { scope });
    if (!includeRemoved) qb.andWhere('m.anonymisedAt IS NULL');
    return qb.orderBy('m.anonymisedAt', 'DESC', 'NULLS FIRST').addOrderBy('m.fullName').addOrderBy('m.id').getMany();
  }

  membersByIds(ids: readonly string[]): Promise<CrewMemberEntity[]> {
    return this.em().getRepository(CrewMemberEntity).findBy({ id: In([...ids]) });
  }

  emailTaken(studioId: string, email: string, exceptId: string | null, em: EntityManager): Promise<boolean> {
    const qb = em.getRepository(CrewMemberEntity).createQueryBuilder('m').where('m.studioId = :studioId AND m.email = :email', { studioId, email });
    if (exceptId) qb.andWhere('m.id <> :exceptId', { exceptId });
    return qb.getExists();
  }

  saveMember(member: CrewMemberEntity, em: EntityManager): Promise<CrewMemberEntity> {
    return em.getRepository(CrewMemberEntity).save(member);
  }

  /** Removes the personal data of crew members; past check-ins keep pointing at the rows. */
  async anonymiseMembers(ids: string[], em: EntityManager): Promise<void> {
    if (!ids.length) return;
    await em
      .createQueryBuilder()
      .update(CrewMemberEntity)
      .set({ fullName: ANONYMISED_NAME, email: null, jobTitle: null, anonymisedAt: () => 'now()' })
      .where('id IN (:...ids) AND anonymised_at IS NULL', { ids })
      .execute();
  }

  /**
   * Crew members not yet anonymised whose personal data is no longer needed: no assignment
   * whose last day is on or after `since`, and added before `since` (a new member waits for
   * a first assignment). Locked and skipped when another instance is on them.
   */
  async lockInactiveMembers(since: LocalDate, em: EntityManager): Promise<string[]> {
    const rows: Array<{ id: string }> = await em.query(
      `SELECT m.id FROM crew_member m
        WHERE m.anonymised_at IS NULL
          AND m.created_at < $1::date
          AND NOT EXISTS (SELECT 1 FROM crew_assignment a WHERE a.crew_member_id = m.id AND upper(a.days) > $1::date)
        FOR UPDATE SKIP LOCKED`,
      [since],
    );
    return rows.map((r) => r.id);
  }

  /** CONFIRMED bookings still running on or after `from` (or the one asked for), soonest first. */
  confirmedBookings(scope: Scope, from: LocalDate, bookingId?: string): Promise<BookingEntity[]> {
    const qb = this.em().getRepository(BookingEntity).createQueryBuilder('b').where(`b.status = 'CONFIRMED'`);
    if (bookingId) qb.andWhere('b.id = :bookingId', { bookingId });
    else qb.andWhere('b.endDate >= :from', { from });
    if (scope) qb.andWhere('b.studioId = :scope', { scope });
    return qb.orderBy('b.startDate').addOrderBy('b.reference').limit(200).getMany();
  }

  bookingDesksOf(bookingIds: readonly string[]): Promise<BookingDeskEntity[]> {
    if (!bookingIds.length) return Promise.resolve([]);
    return this.em()
      .getRepository(BookingDeskEntity)
      .createQueryBuilder('bd')
      .innerJoin('desk', 'd', 'd.id = bd.deskId')
      .where('bd.bookingId IN (:...ids) AND bd.live', { ids: [...bookingIds] })
      .orderBy('d.code')
      .getMany();
  }

  /** The booking, locked against a concurrent cancellation or change until the transaction ends. */
  lockBooking(id: string, scope: Scope, em: EntityManager): Promise<BookingEntity | null> {
    const qb = em.getRepository(BookingEntity).createQueryBuilder('b').where('b.id = :id', { id });
    if (scope) qb.andWhere('b.studioId = :scope', { scope });
    return qb.setLock('pessimistic_read').getOne();
  }

  /** The live booking_desk row giving this desk to the booking on every day of the range. */
  bookingDeskCovering(bookingId: string, deskId: string, first: LocalDate, last: LocalDate, em: EntityManager): Promise<BookingDeskEntity | null> {
    return em
      .getRepository(BookingDeskEntity)
      .createQueryBuilder('bd')
      .where('bd.bookingId = :bookingId AND bd.deskId = :deskId AND bd.live', { bookingId, deskId })
      .andWhere('bd.days @> CAST(:range AS daterange)', { range: dateRangeLiteral(first, last) })
      .getOne();
  }

  liveBookingDesks(bookingId: string, em: EntityManager): Promise<BookingDeskEntity[]> {
    return em.getRepository(BookingDeskEntity).findBy({ bookingId, live: true });
  }

  /** The desk (or the person) already taken on some of these days by a live assignment. */
  overlapping(by: 'deskId' | 'crewMemberId', id: string, first: LocalDate, last: LocalDate, em: EntityManager): Promise<CrewAssignmentEntity | null> {
    return em
      .getRepository(CrewAssignmentEntity)
      .createQueryBuilder('a')
      .where(`a.${by} = :id AND a.live AND a.days && CAST(:range AS daterange)`, { id, range: dateRangeLiteral(first, last) })
      .getOne();
  }

  insertAssignment(row: Partial<CrewAssignmentEntity>, em: EntityManager): Promise<CrewAssignmentEntity> {
    const repo = em.getRepository(CrewAssignmentEntity);
    return repo.save(repo.create(row));
  }

  findAssignment(id: string, scope: Scope, em?: EntityManager, lock = false): Promise<CrewAssignmentEntity | null> {
    const qb = this.em(em).getRepository(CrewAssignmentEntity).createQueryBuilder('a').where('a.id = :id', { id });
    if (scope) qb.andWhere('a.studioId = :scope', { scope });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  assignmentsByIds(ids: readonly string[]): Promise<CrewAssignmentEntity[]> {
    return this.em().getRepository(CrewAssignmentEntity).findBy({ id: In([...ids]) });
  }

  listAssignments(filter: AssignmentFilter, scope: Scope, em?: EntityManager): Promise<CrewAssignmentEntity[]> {
    const qb = this.em(em).getRepository(CrewAssignmentEntity).createQueryBuilder('a').innerJoin('desk', 'd', 'd.id = a.deskId');
    if (scope) qb.andWhere('a.studioId = :scope', { scope });
    if (filter.bookingId) qb.andWhere('a.bookingId = :bookingId', { bookingId: filter.bookingId });
    if (filter.bookingIds) qb.andWhere('a.bookingId IN (:...bookingIds)', { bookingIds: [...filter.bookingIds] });
    if (filter.crewMemberId) qb.andWhere('a.crewMemberId = :crewMemberId', { crewMemberId: filter.crewMemberId });
    if (filter.from || filter.to) {
      qb.andWhere(`a.days && daterange(CAST(:from AS date), CAST(:to AS date), '[]')`, { from: filter.from ?? null, to: filter.to ?? null });
    }
    if (!filter.includeEnded) qb.andWhere('a.live');
    return qb.orderBy('lower(a.days)').addOrderBy('d.code').addOrderBy('a.id').getMany();
  }

  /** Live assignments of a booking, locked (the booking is being cancelled or changed). */
  lockLiveAssignmentsOfBooking(bookingId: string, em: EntityManager): Promise<CrewAssignmentEntity[]> {
    return em.getRepository(CrewAssignmentEntity).createQueryBuilder('a').where('a.bookingId = :bookingId AND a.live', { bookingId }).setLock('pessimistic_write').getMany();
  }

  lockLiveAssignmentsOfMember(crewMemberId: string, em: EntityManager): Promise<CrewAssignmentEntity[]> {
    return em.getRepository(CrewAssignmentEntity).createQueryBuilder('a').where('a.crewMemberId = :crewMemberId AND a.live', { crewMemberId }).setLock('pessimistic_write').getMany();
  }

  async endAssignments(ids: string[], reason: AssignmentEndReason, em: EntityManager): Promise<void> {
    if (!ids.length) return;
    await em
      .createQueryBuilder()
      .update(CrewAssignmentEntity)
      .set({ live: false, endReason: reason, endedAt: () => 'now()' })
      .where('id IN (:...ids)', { ids })
      .execute();
  }

  /** Live assignments on a day (the daily board). */
  /** Live assignments of a day on the desks of one site. */
  liveAssignmentsOn(day: LocalDate, siteId: string): Promise<CrewAssignmentEntity[]> {
    return this.em()
      .getRepository(CrewAssignmentEntity)
      .createQueryBuilder('a')
      .where('a.live AND a.days @> CAST(:day AS date) AND a.deskId IN (SELECT id FROM desk WHERE site_id = :siteId)', { day, siteId })
      .getMany();
  }

  /** Live assignments overlapping [from, to] (occupancy). */
  liveAssignmentsBetween(from: LocalDate, to: LocalDate, scope: Scope, siteId: string): Promise<CrewAssignmentEntity[]> {
    const qb = this.em()
      .getRepository(CrewAssignmentEntity)
      .createQueryBuilder('a')
      .where(`a.live AND a.days && daterange(CAST(:from AS date), CAST(:to AS date), '[]') AND a.deskId IN (SELECT id FROM desk WHERE site_id = :siteId)`, { from, to, siteId });
    if (scope) qb.andWhere('a.studioId = :scope', { scope });
    return qb.getMany();
  }

  /** For loaders: the bookings assignments belong to. */
  bookingsByIds(ids: readonly string[], em?: EntityManager): Promise<BookingEntity[]> {
    return this.em(em).getRepository(BookingEntity).findBy({ id: In([...ids]) });
  }

  async setAssignmentDays(id: string, first: LocalDate, last: LocalDate, em: EntityManager): Promise<void> {
    await em.getRepository(CrewAssignmentEntity).update({ id }, { days: dateRangeLiteral(first, last) });
  }
}
