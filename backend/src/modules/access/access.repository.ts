import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { LocalDate } from '../../common/time/dates.js';
import { BookingStatus } from '../booking/booking.entity.js';
import { KitEntity } from '../kits/kit.entity.js';
import { AccessPassEntity, PassRevokeReason } from './access-pass.entity.js';
import { CheckInEntity } from './check-in.entity.js';

/** Access passes, check-ins and the board's reads: the only place with their SQL. */
@Injectable()
export class AccessRepository {
  constructor(private readonly dataSource: DataSource) {}

  private em(em?: EntityManager) {
    return em ?? this.dataSource.manager;
  }

  insertPass(row: Partial<AccessPassEntity>, em: EntityManager): Promise<AccessPassEntity> {
    const repo = em.getRepository(AccessPassEntity);
    return repo.save(repo.create(row));
  }

  async setSealedCode(id: string, sealedCode: string, em: EntityManager): Promise<void> {
    await em.getRepository(AccessPassEntity).update({ id }, { sealedCode });
  }

  findPassByLinkHash(linkTokenHash: string, em?: EntityManager): Promise<AccessPassEntity | null> {
    return this.em(em).getRepository(AccessPassEntity).findOneBy({ linkTokenHash });
  }

  findPass(id: string, em: EntityManager): Promise<AccessPassEntity> {
    return em.getRepository(AccessPassEntity).findOneByOrFail({ id });
  }

  findPassByHash(codeHash: string, em?: EntityManager): Promise<AccessPassEntity | null> {
    return this.em(em).getRepository(AccessPassEntity).findOneBy({ codeHash });
  }

  /** The most recent pass of each assignment (the usable one, or the last revoked). */
  async latestPasses(assignmentIds: readonly string[]): Promise<AccessPassEntity[]> {
    if (!assignmentIds.length) return [];
    return this.em()
      .getRepository(AccessPassEntity)
      .createQueryBuilder('p')
      .distinctOn(['p.assignmentId'])
      .where('p.assignmentId IN (:...ids)', { ids: [...assignmentIds] })
      .orderBy('p.assignmentId')
      .addOrderBy('p.createdAt', 'DESC')
      .getMany();
  }

  passesOfAssignments(assignmentIds: string[], em?: EntityManager): Promise<AccessPassEntity[]> {
    if (!assignmentIds.length) return Promise.resolve([]);
    return this.em(em).getRepository(AccessPassEntity).find({ where: { assignmentId: In(assignmentIds) }, order: { createdAt: 'ASC' } });
  }

  /** Revokes the usable passes of these assignments; returns the ids revoked. */
  async revokeActivePasses(assignmentIds: string[], reason: PassRevokeReason, em: EntityManager): Promise<string[]> {
    if (!assignmentIds.length) return [];
    const rows: [Array<{ id: string }>, number] = await em.query(
      `UPDATE access_pass SET revoked_at = now(), revoke_reason = $2, sealed_code = NULL
        WHERE assignment_id = ANY($1::uuid[]) AND revoked_at IS NULL RETURNING id`,
      [assignmentIds, reason],
    );
    return rows[0].map((r) => r.id);
  }

  async revokePass(id: string, reason: PassRevokeReason, em: EntityManager): Promise<void> {
    await em.getRepository(AccessPassEntity).update({ id }, { revokedAt: () => 'now()', revokeReason: reason, sealedCode: null } as never);
  }

  async setActivePassValidity(assignmentId: string, validFrom: Date, validTo: Date, em: EntityManager): Promise<void> {
    await em
      .createQueryBuilder()
      .update(AccessPassEntity)
      .set({ validFrom, validTo })
      .where('assignment_id = :assignmentId AND revoked_at IS NULL', { assignmentId })
      .execute();
  }

  /** Expired passes no longer need their sealed code. */
  async forgetCodesExpiredBefore(before: Date, em: EntityManager): Promise<void> {
    await em.query(`UPDATE access_pass SET sealed_code = NULL WHERE sealed_code IS NOT NULL AND valid_to < $1`, [before]);
  }

  /** Passes no longer usable since `before` whose codes the outbox may still hold. */
  async passIdsExpiredBefore(before: Date, em: EntityManager): Promise<string[]> {
    const rows: Array<{ id: string }> = await em.query(
      `SELECT p.id FROM access_pass p JOIN outbox_message m ON m.access_pass_id = p.id
        WHERE m.sealed_secret IS NOT NULL AND (p.valid_to < $1 OR p.revoked_at IS NOT NULL)`,
      [before],
    );
    return rows.map((r) => r.id);
  }

  bookingStatus(bookingId: string, em?: EntityManager): Promise<BookingStatus | null> {
    return this.em(em)
      .query(`SELECT status FROM booking WHERE id = $1`, [bookingId])
      .then((rows: Array<{ status: BookingStatus }>) => rows[0]?.status ?? null);
  }

  kitOnDesk(deskId: string, em?: EntityManager): Promise<KitEntity | null> {
    return this.em(em).getRepository(KitEntity).findOneBy({ deskId });
  }

  /** Kits on the desks of one site. */
  kitsOnDesks(siteId: string): Promise<KitEntity[]> {
    return this.em().getRepository(KitEntity).createQueryBuilder('k').where('k.deskId IN (SELECT id FROM desk WHERE site_id = :siteId)', { siteId }).getMany();
  }

  checkInOfMember(crewMemberId: string, day: LocalDate, em?: EntityManager, lock = false): Promise<CheckInEntity | null> {
    const qb = this.em(em).getRepository(CheckInEntity).createQueryBuilder('c').where('c.crewMemberId = :crewMemberId AND c.day = :day', { crewMemberId, day });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  insertCheckIn(row: Partial<CheckInEntity>, em: EntityManager): Promise<CheckInEntity> {
    const repo = em.getRepository(CheckInEntity);
    return repo.save(repo.create(row));
  }

  findCheckIn(id: string, em?: EntityManager, lock = false): Promise<CheckInEntity | null> {
    const qb = this.em(em).getRepository(CheckInEntity).createQueryBuilder('c').where('c.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  async closeCheckIn(id: string, at: Date, auto: boolean, em: EntityManager): Promise<CheckInEntity> {
    await em.getRepository(CheckInEntity).update({ id }, { checkedOutAt: at, autoClosed: auto });
    return em.getRepository(CheckInEntity).findOneByOrFail({ id });
  }

  /**
   * Closes every check-in still open from a day before `today`, at 23:59:59 Europe/Paris of
   * its day. One idempotent UPDATE: run by several instances at once, each row is closed
   * once (the second UPDATE re-reads the row and no longer matches).
   */
  async closeOpenCheckInsBefore(today: LocalDate, timezone: string): Promise<number> {
    const [, count]: [unknown, number] = await this.em().query(
      `UPDATE crew_check_in
          SET checked_out_at = greatest(checked_in_at, (day + time '23:59:59') AT TIME ZONE $2), auto_closed = true
        WHERE checked_out_at IS NULL AND day < $1::date`,
      [today, timezone],
    );
    return count;
  }

  /** Check-ins of a day at one site. */
  checkInsOn(day: LocalDate, siteId: string): Promise<CheckInEntity[]> {
    return this.em().getRepository(CheckInEntity).createQueryBuilder('c').where('c.day = :day AND c.deskId IN (SELECT id FROM desk WHERE site_id = :siteId)', { day, siteId }).getMany();
  }

  checkInsOfMember(crewMemberId: string): Promise<CheckInEntity[]> {
    return this.em().getRepository(CheckInEntity).find({ where: { crewMemberId }, order: { day: 'ASC' } });
  }

  checkInsBetween(from: LocalDate, to: LocalDate, scope: string | null, siteId: string): Promise<CheckInEntity[]> {
    const qb = this.em()
      .getRepository(CheckInEntity)
      .createQueryBuilder('c')
      .where('c.day BETWEEN :from AND :to AND c.deskId IN (SELECT id FROM desk WHERE site_id = :siteId)', { from, to, siteId });
    if (scope) qb.andWhere('c.studioId = :scope', { scope });
    return qb.getMany();
  }

  /** Desks of one site held by CONFIRMED bookings overlapping [from, to], with the studio and the days. */
  confirmedDesksBetween(from: LocalDate, to: LocalDate, scope: string | null, siteId: string): Promise<Array<{ studio_id: string; desk_id: string; days: string }>> {
    return this.em().query(
      `SELECT b.studio_id, bd.desk_id, bd.days::text AS days
         FROM booking_desk bd JOIN booking b ON b.id = bd.booking_id JOIN desk d ON d.id = bd.desk_id
        WHERE bd.live AND b.status = 'CONFIRMED' AND bd.days && daterange($1::date, $2::date, '[]')
          AND ($3::uuid IS NULL OR b.studio_id = $3::uuid) AND d.site_id = $4::uuid`,
      [from, to, scope, siteId],
    );
  }
}
